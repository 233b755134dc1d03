/**
 * The text a French Excel displays for a value and its number format: decimal comma,
 * narrow no-break space between thousands, French month names. It covers the formats
 * met in indicator workbooks (General, 0, 0.00, 0 %, # ##0, dates, [h]:mm, mm:ss, @);
 * anything it does not understand falls back to General rather than guessing.
 */
import { isExcelError, type CellValue } from "../domain/snapshot";
import { formatDate } from "./display/date-pattern";
import { formatGeneral } from "./display/general";
import { formatNumberPattern } from "./display/number-pattern";
import { splitSections } from "../domain/values/number-formats";
import { chooseSection, isDateSection, stripBrackets } from "./display/sections";

/** Built-in formats whose meaning follows the system locale: a French Excel shows them this way. */
const LOCALE_FORMATS: Readonly<Record<string, string>> = {
  "mm-dd-yy": "dd/mm/yyyy",
  "m/d/yy": "dd/mm/yyyy",
  "d-mmm-yy": "dd-mmm-yy",
  "m/d/yy h:mm": "dd/mm/yyyy hh:mm",
  'm/d/yy "h":mm': "dd/mm/yyyy hh:mm",
};

export function displayText(value: CellValue, numberFormat: string): string {
  if (value === null) return "";
  if (isExcelError(value)) return value.error;
  if (typeof value === "boolean") return value ? "VRAI" : "FAUX";
  if (typeof value === "string") return value;
  return rememberedText(value, LOCALE_FORMATS[numberFormat.trim()] ?? numberFormat);
}

/**
 * A workbook repeats the same few formats, and often the same values (the same dates on every site's
 * sheet, the same rates): each format's texts are remembered, up to a bound, rather than formatted again.
 */
const REMEMBERED_LIMIT = 50_000;
const remembered = new Map<string, Map<number, string>>();
let rememberedCount = 0;

function rememberedText(value: number, numberFormat: string): string {
  // A Map takes -0 for 0, which a format may show otherwise.
  if (Object.is(value, -0)) return formatNumberValue(value, numberFormat);
  let texts = remembered.get(numberFormat);
  const known = texts?.get(value);
  if (known !== undefined) return known;
  if (rememberedCount >= REMEMBERED_LIMIT) {
    remembered.clear();
    rememberedCount = 0;
    texts = undefined;
  }
  if (texts === undefined) {
    texts = new Map();
    remembered.set(numberFormat, texts);
  }
  const text = formatNumberValue(value, numberFormat);
  texts.set(value, text);
  rememberedCount++;
  return text;
}

/**
 * The text a French Excel displays for a number, or null when this formatter does not render its format
 * (conditional sections, fractions, scientific patterns, a hidden section) and displayText falls back to General.
 */
export function knownNumberText(value: number, numberFormat: string): string | null {
  const { text, known } = numberText(value, numberFormat);
  return known ? text : null;
}

function formatNumberValue(value: number, numberFormat: string): string {
  return numberText(value, numberFormat).text;
}

function numberText(value: number, numberFormat: string): { text: string; known: boolean } {
  if (!Number.isFinite(value)) return { text: String(value), known: true };
  const sections = splitSections(LOCALE_FORMATS[numberFormat.trim()] ?? numberFormat);
  const chosen = chooseSection(sections, value);
  if (chosen === null) return { text: formatGeneral(value), known: false };
  const { section, signless } = chosen;
  const shown = signless ? Math.abs(value) : value;
  const cleaned = stripBrackets(section);
  if (/^\s*general\s*$/i.test(cleaned) || cleaned.trim() === "@") return { text: formatGeneral(shown), known: true };
  if (cleaned.trim() === "") return { text: formatGeneral(shown), known: sections.length === 1 };
  if (isDateSection(cleaned)) return { text: formatDate(shown, cleaned), known: true };
  const patterned = formatNumberPattern(shown, cleaned);
  return patterned === null ? { text: formatGeneral(shown), known: false } : { text: patterned, known: true };
}
