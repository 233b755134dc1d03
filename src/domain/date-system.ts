/**
 * Excel's two date systems. A workbook counts its dates from 1 January 1900 (serial 1) or, in the 1904
 * system (Excel for Mac's default until 2011), from 1 January 1904 (serial 0): "the serial number of a date
 * in the 1900 Date System is always 1,462 days greater than the serial number of the same date in the 1904
 * date system" (Microsoft KB 214330, https://learn.microsoft.com/office/troubleshoot/excel/1900-and-1904-date-system).
 * A time of day, a duration and a plain number are the same number in both. The snapshot is always in the
 * 1900 system (snapshot.ts); the adapters convert at the workbook's edge, with these.
 */
import { rememberedByText } from "./text/remember";

export type DateSystem = 1900 | 1904;

/** Four years and a day. */
export const DAYS_1904_BEHIND_1900 = 1462;

/**
 * Whether a number format shows a calendar date (a day, a month or a year), the only numbers whose serial
 * differs between the systems. `m` is the month unless it follows an hour or precedes seconds (minutes);
 * `mmm` and longer are always months; elapsed `[h]`, `[mm]`, `[ss]` are durations.
 */
export const showsCalendarDate: (numberFormat: string) => boolean = rememberedByText((numberFormat) => {
  const code = numberFormat
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/[_*]./g, "")
    .replace(/\[(h+|s+)\]/gi, "$1")
    .replace(/\[m+\]/gi, "|")
    .replace(/\[[^\]]*\]/g, "")
    .toLowerCase()
    .replace(/general/g, "")
    .replace(/am\/pm|a\/p/g, "")
    .replace(/e[+-]/g, "");
  if (/[dy]/.test(code)) return true;
  const tokens = code.match(/h+|m+|s+/g) ?? [];
  return tokens.some((token, index) => {
    if (!token.startsWith("m")) return false;
    if (token.length >= 3) return true;
    const minutes = tokens[index - 1]?.startsWith("h") || tokens[index + 1]?.startsWith("s");
    return !minutes;
  });
});

/** A number as the workbook holds it → the 1900 system's (what a snapshot holds). */
export function to1900Serial(value: number, numberFormat: string, system: DateSystem): number {
  return system === 1904 && showsCalendarDate(numberFormat) ? value + DAYS_1904_BEHIND_1900 : value;
}

/** A number in the 1900 system (what a plan holds) → as the workbook must hold it. */
export function toWorkbookSerial(value: number, numberFormat: string, system: DateSystem): number {
  return system === 1904 && showsCalendarDate(numberFormat) ? value - DAYS_1904_BEHIND_1900 : value;
}
