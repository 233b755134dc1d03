/**
 * The text a French Excel displays for a value and its number format: decimal comma,
 * narrow no-break space between thousands, French month names. It covers the formats
 * met in indicator workbooks (General, 0, 0.00, 0 %, # ##0, dates, [h]:mm, mm:ss, @);
 * anything it does not understand falls back to General rather than guessing.
 */
import { isExcelError, type CellValue } from "../domain/snapshot";

const THOUSANDS = "\u202f";
const DECIMAL = ",";

const MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];
const MONTHS_SHORT = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."];
const DAYS = ["dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"];
const DAYS_SHORT = ["dim.", "lun.", "mar.", "mer.", "jeu.", "ven.", "sam."];

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
  return formatNumberValue(value, LOCALE_FORMATS[numberFormat.trim()] ?? numberFormat);
}

function formatNumberValue(value: number, numberFormat: string): string {
  if (!Number.isFinite(value)) return String(value);
  const sections = splitSections(numberFormat);
  const chosen = chooseSection(sections, value);
  if (chosen === null) return formatGeneral(value);
  const { section, signless } = chosen;
  const shown = signless ? Math.abs(value) : value;
  const cleaned = stripBrackets(section);
  if (/^\s*general\s*$/i.test(cleaned) || cleaned.trim() === "") return formatGeneral(shown);
  if (cleaned.trim() === "@") return formatGeneral(shown);
  if (isDateSection(cleaned)) return formatDate(shown, cleaned);
  return formatNumberPattern(shown, cleaned) ?? formatGeneral(shown);
}

// ---------- sections ----------

function splitSections(format: string): string[] {
  const sections: string[] = [];
  let current = "";
  let quoted = false;
  for (let i = 0; i < format.length; i++) {
    const char = format[i];
    if (char === '"') quoted = !quoted;
    if (char === "\\" && !quoted) {
      current += char + (format[i + 1] ?? "");
      i++;
      continue;
    }
    if (char === ";" && !quoted) {
      sections.push(current);
      current = "";
      continue;
    }
    current += char;
  }
  sections.push(current);
  return sections;
}

/** The section for this value; signless when the section itself shows the sign (or hides it). */
function chooseSection(sections: string[], value: number): { section: string; signless: boolean } | null {
  if (sections.some((s) => /\[[<>=]/.test(s))) return null; // conditional sections: not worth guessing
  if (value < 0 && sections.length >= 2) return { section: sections[1], signless: true };
  if (value === 0 && sections.length >= 3) return { section: sections[2], signless: true };
  return { section: sections[0], signless: false };
}

/** Removes colours and locales, keeps elapsed-time brackets and currency symbols. */
function stripBrackets(section: string): string {
  return section.replace(/\[([^\]]*)\]/g, (whole, inner: string) => {
    if (/^(h+|m+|s+)$/i.test(inner)) return whole;
    const currency = /^\$([^-]*)(-.*)?$/.exec(inner);
    return currency ? currency[1] : "";
  });
}

const withoutLiterals = (section: string): string => section.replace(/"[^"]*"/g, "").replace(/\\./g, "").replace(/_.|\*./g, "");

function isDateSection(section: string): boolean {
  return /[ymdhs]|\[(h+|m+|s+)\]/i.test(withoutLiterals(section).replace(/general/gi, "").replace(/e\+|e-/gi, ""));
}

// ---------- General ----------

export function formatGeneral(value: number): string {
  if (value === 0) return "0";
  const magnitude = Math.abs(value);
  if (magnitude >= 1e11 || magnitude < 1e-9) return formatScientific(value);
  const integerDigits = Math.max(1, Math.floor(Math.log10(magnitude)) + 1);
  const decimals = Math.max(0, 10 - integerDigits);
  const rounded = Number(value.toFixed(decimals));
  return String(rounded).replace(".", DECIMAL);
}

function formatScientific(value: number): string {
  const [mantissa, exponent] = value.toExponential(5).split("e");
  const cleanMantissa = mantissa.replace(/\.?0+$/, "").replace(".", DECIMAL);
  const exponentNumber = Number(exponent);
  const sign = exponentNumber < 0 ? "-" : "+";
  return `${cleanMantissa}E${sign}${String(Math.abs(exponentNumber)).padStart(2, "0")}`;
}

// ---------- numbers ----------

interface NumberPattern {
  readonly prefix: string;
  readonly suffix: string;
  readonly minIntegerDigits: number;
  readonly minDecimals: number;
  readonly maxDecimals: number;
  readonly grouping: boolean;
  readonly percents: number;
}

function formatNumberPattern(value: number, section: string): string | null {
  const pattern = readNumberPattern(section);
  if (pattern === null) return null;
  const scaled = value * 100 ** pattern.percents;
  const negative = scaled < 0;
  const fixed = Math.abs(scaled).toFixed(pattern.maxDecimals);
  const [integerPart, decimalPart = ""] = fixed.split(".");
  let decimals = decimalPart;
  while (decimals.length > pattern.minDecimals && decimals.endsWith("0")) decimals = decimals.slice(0, -1);
  let integer = integerPart.replace(/^0+/, "").padStart(pattern.minIntegerDigits, "0");
  if (pattern.grouping) integer = integer.replace(/\B(?=(\d{3})+(?!\d))/g, THOUSANDS);
  const number = decimals === "" ? integer : `${integer}${DECIMAL}${decimals}`;
  const sign = negative && Number(fixed) !== 0 ? "-" : "";
  return `${sign}${pattern.prefix}${number}${pattern.suffix}`;
}

function readNumberPattern(section: string): NumberPattern | null {
  if (/e[+-]/i.test(withoutLiterals(section)) || /\//.test(withoutLiterals(section))) return null;
  const tokens = tokenize(section);
  const digitIndexes = tokens.flatMap((t, i) => (t.kind === "code" && /[0#?]/.test(t.text) ? [i] : []));
  if (digitIndexes.length === 0) return null;
  const first = digitIndexes[0];
  const last = digitIndexes[digitIndexes.length - 1];
  const core = tokens
    .slice(first, last + 1)
    .map((t) => (t.kind === "code" ? t.text : /^[ \u00a0\u202f]$/.test(t.text) ? " " : "|"))
    .join("");
  if (core.includes("|")) return null;
  const [integerCode, decimalCode = ""] = core.split(".");
  const literal = (list: readonly Token[]): string => list.map((t) => t.text).join("");
  const outside = [...tokens.slice(0, first), ...tokens.slice(last + 1)];
  return {
    prefix: literal(tokens.slice(0, first)),
    suffix: literal(tokens.slice(last + 1)),
    minIntegerDigits: (integerCode.match(/0/g) ?? []).length,
    minDecimals: (decimalCode.match(/0/g) ?? []).length,
    maxDecimals: (decimalCode.match(/[0#?]/g) ?? []).length,
    grouping: /[0#?][, ]+[0#?]/.test(integerCode),
    percents: outside.filter((t) => t.kind === "code" && t.text === "%").length,
  };
}

interface Token {
  readonly kind: "code" | "literal";
  readonly text: string;
}

/** Splits a number section into format codes and literal text (quoted, escaped, padding). */
function tokenize(section: string): Token[] {
  const tokens: Token[] = [];
  for (let i = 0; i < section.length; i++) {
    const char = section[i];
    if (char === '"') {
      const end = section.indexOf('"', i + 1);
      const stop = end < 0 ? section.length : end;
      tokens.push({ kind: "literal", text: section.slice(i + 1, stop) });
      i = stop;
    } else if (char === "\\") {
      tokens.push({ kind: "literal", text: section[i + 1] ?? "" });
      i++;
    } else if (char === "_") {
      tokens.push({ kind: "literal", text: " " });
      i++;
    } else if (char === "*") {
      i++;
    } else if (/[0#?.,%]/.test(char)) {
      tokens.push({ kind: "code", text: char });
    } else {
      tokens.push({ kind: "literal", text: char });
    }
  }
  return tokens;
}

// ---------- dates and times ----------

interface DateParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly weekday: number;
  readonly hours: number;
  readonly minutes: number;
  readonly seconds: number;
  readonly totalSeconds: number;
}

const EXCEL_EPOCH_UTC = Date.UTC(1899, 11, 30);

function dateParts(serial: number): DateParts {
  const totalSeconds = Math.round(serial * 86400);
  const days = Math.floor(totalSeconds / 86400);
  const secondsOfDay = totalSeconds - days * 86400;
  // Excel counts a 29 February 1900 that never was: serials before 61 are one day late.
  const correctedDays = days > 0 && days < 61 ? days + 1 : days;
  const date = new Date(EXCEL_EPOCH_UTC + correctedDays * 86400000);
  return {
    year: date.getUTCFullYear(),
    month: date.getUTCMonth(),
    day: date.getUTCDate(),
    weekday: date.getUTCDay(),
    hours: Math.floor(secondsOfDay / 3600),
    minutes: Math.floor((secondsOfDay % 3600) / 60),
    seconds: secondsOfDay % 60,
    totalSeconds,
  };
}

const DATE_TOKEN = /^(\[h+\]|\[m+\]|\[s+\]|yyyy|yyy|yy|y|mmmmm|mmmm|mmm|mm|m|dddd|ddd|dd|d|hh|h|ss|s|am\/pm|a\/p|\.0+)/i;

function formatDate(serial: number, section: string): string {
  const tokens = tokenizeDate(section);
  const twelveHours = tokens.some((t) => t.kind === "code" && /^(am\/pm|a\/p)$/i.test(t.text));
  const parts = dateParts(serial);
  return tokens
    .map((token, index) => (token.kind === "literal" ? token.text : renderDateToken(token.text, parts, twelveHours, isMinute(tokens, index))))
    .join("");
}

function tokenizeDate(section: string): Token[] {
  const tokens: Token[] = [];
  for (let i = 0; i < section.length; ) {
    const rest = section.slice(i);
    const match = DATE_TOKEN.exec(rest);
    if (match) {
      tokens.push({ kind: "code", text: match[1] });
      i += match[1].length;
    } else if (rest[0] === '"') {
      const end = section.indexOf('"', i + 1);
      const stop = end < 0 ? section.length : end;
      tokens.push({ kind: "literal", text: section.slice(i + 1, stop) });
      i = stop + 1;
    } else if (rest[0] === "\\") {
      tokens.push({ kind: "literal", text: rest[1] ?? "" });
      i += 2;
    } else {
      tokens.push({ kind: "literal", text: rest[0] });
      i += 1;
    }
  }
  return tokens;
}

/** "m" means minutes right after an hour or right before a second, as Excel reads it. */
function isMinute(tokens: Token[], index: number): boolean {
  if (!/^m{1,2}$/i.test(tokens[index].text)) return false;
  const codes = tokens.map((t, i) => ({ t, i })).filter(({ t }) => t.kind === "code");
  const position = codes.findIndex(({ i }) => i === index);
  const before = codes[position - 1]?.t.text ?? "";
  const after = codes[position + 1]?.t.text ?? "";
  return /^(\[?h+\]?)$/i.test(before) || /^(\[?s+\]?)$/i.test(after);
}

function renderDateToken(code: string, parts: DateParts, twelveHours: boolean, minute: boolean): string {
  const lower = code.toLowerCase();
  const two = (n: number): string => String(n).padStart(2, "0");
  if (minute) return lower.length === 2 ? two(parts.minutes) : String(parts.minutes);
  if (lower.startsWith("[h")) return String(Math.floor(parts.totalSeconds / 3600)).padStart(lower.length - 2, "0");
  if (lower.startsWith("[m")) return String(Math.floor(parts.totalSeconds / 60)).padStart(lower.length - 2, "0");
  if (lower.startsWith("[s")) return String(parts.totalSeconds).padStart(lower.length - 2, "0");
  if (lower.startsWith("y")) return lower.length <= 2 ? two(parts.year % 100) : String(parts.year);
  if (lower.startsWith("m")) return renderMonth(lower.length, parts.month);
  if (lower.startsWith("d")) return renderDay(lower.length, parts);
  const hours = twelveHours ? ((parts.hours + 11) % 12) + 1 : parts.hours;
  if (lower.startsWith("h")) return lower.length === 2 ? two(hours) : String(hours);
  if (lower.startsWith("s")) return lower.length === 2 ? two(parts.seconds) : String(parts.seconds);
  if (lower === "am/pm") return parts.hours < 12 ? "AM" : "PM";
  if (lower === "a/p") return parts.hours < 12 ? "A" : "P";
  return ""; // fractional seconds: the snapshot keeps whole seconds
}

function renderMonth(length: number, month: number): string {
  if (length >= 5) return MONTHS[month][0];
  if (length === 4) return MONTHS[month];
  if (length === 3) return MONTHS_SHORT[month];
  return length === 2 ? String(month + 1).padStart(2, "0") : String(month + 1);
}

function renderDay(length: number, parts: DateParts): string {
  if (length >= 4) return DAYS[parts.weekday];
  if (length === 3) return DAYS_SHORT[parts.weekday];
  return length === 2 ? String(parts.day).padStart(2, "0") : String(parts.day);
}
