/** How a row's month or date is named in messages: "janvier 2021", "15/01/2021". */
import { monthLabel, type MonthRef } from "./months";

export function dayLabel(ref: MonthRef): string {
  if (ref.day === undefined) return monthLabel(ref.year, ref.month);
  const date = `${String(ref.day).padStart(2, "0")}/${String(ref.month).padStart(2, "0")}${ref.year === null ? "" : `/${ref.year}`}`;
  return ref.time === undefined ? date : `${date} ${ref.time}`;
}
