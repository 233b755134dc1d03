/** French display of call figures and rates. */
import { formatNumberFr, formatPercentFr } from "../values";

/** A call count: "1 520" (narrow no-break space between thousands). */
export function formatCount(n: number): string {
  return formatNumberFr(n, 2);
}

/** A rate in percent: "94,21 %" (no-break space before %). */
export function formatRate(rate: number): string {
  return formatPercentFr(rate, 2);
}

