/** "2021-01" → "janvier 2021". */
import { MONTH_NAMES } from "../strings";

export function monthLabel(month: string): string {
  const match = /^(\d{4})-(\d{2})$/.exec(month);
  if (!match) return month;
  const name = MONTH_NAMES[Number(match[2]) - 1];
  return name === undefined ? month : `${name} ${match[1]}`;
}
