/** Month labels as people write them in French, and Excel dates, read as a calendar month. */
import { isPlausibleYear, MONTH_NAMES } from "../text/french";
import { foldText } from "./normalize";
import { rememberedByText } from "../text/remember";

export type MonthNumber = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12;

export interface MonthRef {
  /** null when the label names no year ("janvier", "3"). */
  readonly year: number | null;
  readonly month: MonthNumber;
  /** Present when the label is a full date (a daily row). */
  readonly day?: number;
  /** "08:30" when the date carries a time (a row per hour or half-hour slot). */
  readonly time?: string;
}

/** Folded spellings (no accent, no dot, lower case) and the month they name. */
const MONTH_WORDS: ReadonlyMap<string, MonthNumber> = new Map(Object.entries({
  janvier: 1, janv: 1, jan: 1,
  fevrier: 2, fevr: 2, fev: 2, fevri: 2,
  mars: 3, mar: 3,
  avril: 4, avr: 4,
  mai: 5,
  juin: 6,
  juillet: 7, juil: 7, jul: 7,
  aout: 8, aou: 8,
  septembre: 9, sept: 9, sep: 9,
  octobre: 10, oct: 10,
  novembre: 11, nov: 11,
  decembre: 12, dec: 12,
} as Record<string, MonthNumber>));

const isMonthNumber = (n: number): n is MonthNumber => Number.isInteger(n) && n >= 1 && n <= 12;

function fullYear(digits: string): number {
  const n = Number(digits);
  return digits.length === 2 ? 2000 + n : n;
}

function isRealDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function dated(year: number, month: number, day: number | undefined): MonthRef | null {
  if (!isMonthNumber(month) || !isPlausibleYear(year)) return null;
  if (day === undefined) return { year, month };
  return isRealDate(year, month, day) ? { year, month, day } : null;
}

/** Numeric spellings: 15/01/2021, 15-01-21, 2021-01-15, 01/2021, 1/2021, 2021-01, 2021/01, with an optional time. */
function readNumericDate(text: string): MonthRef | null {
  const clock = /[ t](\d{1,2}):(\d{2})(?::\d{2}(?:\.\d+)?)?$/.exec(text);
  const bare = clock ? text.slice(0, clock.index) : text;
  const ref = readBareNumericDate(bare);
  if (ref === null || clock === null || ref.day === undefined) return ref;
  const time = `${clock[1].padStart(2, "0")}:${clock[2]}`;
  return time === "00:00" ? ref : { ...ref, time };
}

function readBareNumericDate(bare: string): MonthRef | null {
  let m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})$/.exec(bare);
  if (m) return dated(fullYear(m[3]), Number(m[2]), Number(m[1]));
  m = /^(\d{4})[/.-](\d{1,2})[/.-](\d{1,2})$/.exec(bare);
  if (m) return dated(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})[/.-](\d{4})$/.exec(bare);
  if (m) return dated(Number(m[2]), Number(m[1]), undefined);
  m = /^(\d{4})[/.-](\d{1,2})$/.exec(bare);
  if (m) return dated(Number(m[1]), Number(m[2]), undefined);
  m = /^(\d{1,2})$/.exec(bare);
  if (m && isMonthNumber(Number(m[1]))) return { year: null, month: Number(m[1]) as MonthNumber };
  return null;
}

/** Word spellings: "janvier", "Janv.", "janv-21", "janvier 2021", "févr. 2021", "1er janvier 2021", "15 janvier 2021". */
function readWordDate(text: string): MonthRef | null {
  const m = /^(?:(\d{1,2})(?:er)? )?([a-z]+)\.?(?:[ \-/']*(\d{4}|\d{2}))?$/.exec(text);
  if (!m) return null;
  const month = MONTH_WORDS.get(m[2]);
  if (month === undefined) return null;
  const year = m[3] === undefined ? null : fullYear(m[3]);
  const day = m[1] === undefined ? undefined : Number(m[1]);
  if (year === null) return day === undefined ? { year: null, month } : null;
  return dated(year, month, day);
}

/** "lundi 04/01/2021", "lun. 4 janvier 2021": a weekday before a date says nothing more. */
const WEEKDAY_BEFORE_DATE = /^(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lun|mar|mer|jeu|ven|sam|dim)\.?,? (?=\d)/;

/** Reads a month label written as text; null when it names no month. */
export function readMonthText(text: string): MonthRef | null {
  const folded = foldText(text).replace(WEEKDAY_BEFORE_DATE, "");
  if (folded === "") return null;
  return readNumericDate(folded) ?? readWordDate(folded);
}

/** True when an Excel number format shows a date (d, m with y, or a month name), not a time or a number. */
export const isDateFormat: (numberFormat: string) => boolean = rememberedByText((numberFormat) => {
  const format = numberFormat.replace(/"[^"]*"|\[[^\]]*\]|\\./g, "").toLowerCase();
  if (format === "general" || format === "") return false;
  return /[dy]/.test(format) || /mmm/.test(format);
});

/** Whether the date format shows the day (a daily row) or only the month and year. */
const formatShowsDay = rememberedByText((numberFormat: string): boolean => /d/.test(numberFormat.replace(/"[^"]*"|\[[^\]]*\]|\\./g, "").toLowerCase()));

/** An Excel serial number (1900 system) as a calendar date, in UTC. */
export function excelSerialToDate(serial: number): { year: number; month: number; day: number } {
  const whole = Math.floor(serial);
  // Excel counts 29 February 1900, which never was: serials from 61 on are one day ahead.
  const days = whole >= 61 ? whole - 25569 : whole - 25568;
  const date = new Date(days * 86_400_000);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** Reads a month from a number: an Excel date when its format says so, else 1–12. */
export function readMonthNumber(value: number, numberFormat: string): MonthRef | null {
  if (!isDateFormat(numberFormat)) return isMonthNumber(value) ? { year: null, month: value } : null;
  // Each site's sheet, and each reading of it, gives the same dates again: each format's are read once.
  let refs = datesByFormat.get(numberFormat);
  if (refs === undefined) {
    if (datesByFormat.size >= 100) datesByFormat.clear();
    refs = new Map();
    datesByFormat.set(numberFormat, refs);
  }
  const known = refs.get(value);
  if (known !== undefined) return known;
  if (refs.size >= 20_000) refs.clear();
  const ref = readDateNumber(value, numberFormat);
  refs.set(value, ref);
  return ref;
}

const datesByFormat = new Map<string, Map<number, MonthRef | null>>();

function readDateNumber(value: number, numberFormat: string): MonthRef | null {
  if (value < 1 || value >= 2_958_466) return null;
  const { year, month, day } = excelSerialToDate(value);
  return dated(year, month, formatShowsDay(numberFormat) ? day : undefined);
}

/** "2021-01"; "--01" (ISO 8601 for a month of no known year) when the year is unknown. */
export function monthKey(year: number | null, month: number): string {
  return `${year === null ? "-" : String(year)}-${String(month).padStart(2, "0")}`;
}

/** "janvier 2021", or "janvier" with no year. */
export function monthLabel(year: number | null, month: number): string {
  const name = MONTH_NAMES[month - 1] ?? String(month);
  return year === null ? name : `${name} ${year}`;
}

/** "2021-01" → "janvier 2021"; the key given back when it is not a month key. */
export function monthLabelOfKey(key: string): string {
  const m = /^(\d{4}|-)-(\d{2})$/.exec(key);
  return m ? monthLabel(m[1] === "-" ? null : Number(m[1]), Number(m[2])) : key;
}
