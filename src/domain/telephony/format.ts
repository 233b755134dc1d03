/** French display of call figures and rates. */
import { formatNumberFr } from "../values";

/** A call count: "1 520" (narrow no-break space between thousands). */
export function formatCount(n: number): string {
  return formatNumberFr(n, 2);
}

/** A rate in percent: "94,21 %" (no-break space before %). */
export function formatRate(rate: number): string {
  return `${formatNumberFr(rate, 2)}\u00a0%`;
}

/** Rounded to two decimals, as rates are given out. */
export function roundRate(rate: number): number {
  return Math.round(rate * 100) / 100;
}
