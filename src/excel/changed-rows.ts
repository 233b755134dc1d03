/** The rows an onChanged address covers: "D14", "A3:E5002", whole rows "7:9"; null for whole columns. */
import { parseRange } from "./addresses";

export interface RowSpan {
  readonly first: number;
  readonly last: number;
}

export function rowsOf(address: string): RowSpan | null {
  const rows = /^\$?(\d+):\$?(\d+)$/.exec(address.trim());
  if (rows) return { first: Math.min(Number(rows[1]), Number(rows[2])), last: Math.max(Number(rows[1]), Number(rows[2])) };
  const range = parseRange(address);
  return range === null ? null : { first: range.top, last: range.bottom };
}

/** Sorted, merged spans: each becomes one range read. */
export function mergeSpans(spans: readonly RowSpan[]): RowSpan[] {
  const sorted = [...spans].sort((a, b) => a.first - b.first);
  const merged: RowSpan[] = [];
  for (const span of sorted) {
    const last = merged[merged.length - 1];
    if (last !== undefined && span.first <= last.last + 1) merged[merged.length - 1] = { first: last.first, last: Math.max(last.last, span.last) };
    else merged.push(span);
  }
  return merged;
}
