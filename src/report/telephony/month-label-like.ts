/**
 * A new month's label written the way the sheet already writes its months: an Excel date in the
 * same month-and-year format, "février" without the year, or "février 2021".
 */
import type { PlannedValue } from "../plan";
import type { CellStyle } from "../plan";
import type { GridCell } from "../../domain/telephony/grid";
import { MONTH_NAMES } from "../../domain/text/french";
import { isDateFormat, readMonthText } from "../../domain/telephony/months";

export interface LabelStyle {
  readonly value: (key: string) => PlannedValue;
  /** A style to add to the plan for the label cells (the sheet's date format), if any. */
  readonly style?: { readonly name: string; readonly style: CellStyle };
}

export const EXISTING_MONTH_STYLE = "telephony.existingMonth";

/** Excel's serial number of the first day of a month (1900 date system). */
export function firstOfMonthSerial(year: number, month: number): number {
  return Math.round((Date.UTC(year, month - 1, 1) - Date.UTC(1899, 11, 30)) / 86_400_000);
}

const showsDay = (format: string) => /d/i.test(format.replace(/"[^"]*"|\[[^\]]*\]|\\./g, ""));

export function labelStyleLike(sample: GridCell | undefined): LabelStyle {
  const [year, month] = [(key: string) => Number(key.slice(0, 4)), (key: string) => Number(key.slice(5, 7))];
  if (sample?.number != null && isDateFormat(sample.numberFormat) && !showsDay(sample.numberFormat)) {
    return {
      value: (key) => ({ kind: "number", number: firstOfMonthSerial(year(key), month(key)) }),
      style: { name: EXISTING_MONTH_STYLE, style: { numberFormat: sample.numberFormat } },
    };
  }
  const written = sample?.number === null ? readMonthText(sample.text) : null;
  const withYear = written?.year !== null || written?.day !== undefined;
  const capital = sample !== undefined && /^\p{Lu}/u.test(sample.text.trim());
  return {
    value: (key) => {
      const name = MONTH_NAMES[month(key) - 1] ?? key;
      const text = withYear ? `${name} ${year(key)}` : name;
      return { kind: "text", text: capital ? text.charAt(0).toUpperCase() + text.slice(1) : text };
    },
  };
}
