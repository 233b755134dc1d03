/** Date and time formats (dd/mm/yyyy, mmmm yyyy, [h]:mm, mm:ss…) with French month and day names. */
import { DAY_ABBREVIATIONS, DAY_NAMES, MONTH_ABBREVIATIONS, MONTH_NAMES } from "../../domain/text/french";
import type { Token } from "./tokens";
import { rememberedByText } from "../../domain/text/remember";

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

export function formatDate(serial: number, section: string): string {
  const { tokens, twelveHours, minutes } = datePattern(section);
  const parts = dateParts(serial);
  return tokens
    .map((token, index) => (token.kind === "literal" ? token.text : renderDateToken(token.text, parts, twelveHours, minutes[index])))
    .join("");
}

interface DatePattern {
  readonly tokens: readonly Token[];
  readonly twelveHours: boolean;
  /** For each token, whether its "m" means minutes. */
  readonly minutes: readonly boolean[];
}

/** A workbook has few date formats and many dates: each format is read into tokens once. */
const datePattern = rememberedByText((section: string): DatePattern => {
  const tokens = tokenizeDate(section);
  return {
    tokens,
    twelveHours: tokens.some((t) => t.kind === "code" && /^(am\/pm|a\/p)$/i.test(t.text)),
    minutes: tokens.map((_, index) => isMinute(tokens, index)),
  };
}, 1_000);

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
  if (length >= 5) return MONTH_NAMES[month][0];
  if (length === 4) return MONTH_NAMES[month];
  if (length === 3) return MONTH_ABBREVIATIONS[month];
  return length === 2 ? String(month + 1).padStart(2, "0") : String(month + 1);
}

function renderDay(length: number, parts: DateParts): string {
  if (length >= 4) return DAY_NAMES[parts.weekday];
  if (length === 3) return DAY_ABBREVIATIONS[parts.weekday];
  return length === 2 ? String(parts.day).padStart(2, "0") : String(parts.day);
}
