/**
 * French display of figures and rates, used until `src/domain/values/index.ts` lands with
 * `formatNumberFr`; then these delegate to it.
 */
const NARROW_NBSP = "\u202f";

export function formatNumberFr(n: number, maxDecimals = 2): string {
  const factor = 10 ** maxDecimals;
  const rounded = Math.round(Math.abs(n) * factor) / factor;
  const [whole, decimals] = rounded.toFixed(maxDecimals).split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, NARROW_NBSP);
  const trimmed = (decimals ?? "").replace(/0+$/, "");
  return `${n < 0 && rounded !== 0 ? "\u2212" : ""}${grouped}${trimmed ? `,${trimmed}` : ""}`;
}

/** A call count: "1 520". */
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
