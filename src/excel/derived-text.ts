/**
 * The text Excel displays, derived from what a read loads anyway (value, value type, number format)
 * with the French display formatter the file reader uses, so that Excel on the web need not send
 * `text` (a quarter of a read's bytes). Null where the display cannot be derived: a rich or unknown
 * value, a number in a format the formatter does not render, a text under a format with a text section.
 */
import { splitSections } from "../domain/values/number-formats";
import { knownNumberText } from "../xlsx/display-text";

/** A text shown as typed: no fourth (text) section, and `@` alone if any. */
function showsTextAsTyped(numberFormat: string): boolean {
  const sections = splitSections(numberFormat);
  return sections.length < 4 && (!numberFormat.includes("@") || numberFormat.trim() === "@");
}

/** `valueType` is Excel.RangeValueType (https://learn.microsoft.com/javascript/api/excel/excel.rangevaluetype). */
export function derivedText(raw: unknown, valueType: string, numberFormat: unknown): string | null {
  const format = String(numberFormat ?? "General") || "General";
  switch (valueType) {
    case "Empty":
      return "";
    case "Double":
    case "Integer": {
      const number = typeof raw === "number" ? raw : Number(raw);
      return Number.isNaN(number) ? null : knownNumberText(number, format);
    }
    case "Boolean":
      return raw === true || raw === "TRUE" ? "VRAI" : "FAUX";
    case "Error":
      return typeof raw === "string" && raw.startsWith("#") ? raw : null;
    case "String":
      return showsTextAsTyped(format) ? String(raw ?? "") : null;
    default:
      return null;
  }
}
