/** The previous year's value of an indicator, matched by name, and the change since then. */
import type { IndicatorRow, YearTable } from "../tables";
import { cellText } from "../tables/cell-text";
import { nameKey } from "../text/normalize";
import { parseResult } from "../values";
import { round2 } from "../values/rounding";
import { adopt, valueIn } from "./reconcile";
import type { CurrentIndicator } from "./analyze-indicator";
import { isOutOfRange } from "./value-checks";
import type { IndicatorAnalysis } from "./types";

export type PreviousLookup = (name: string) => IndicatorRow | null;

/** Finds rows of a year's table by name, ignoring case, accents, apostrophe style, punctuation and spacing. */
export function lookupByName(table: YearTable | null): PreviousLookup {
  const byKey = new Map<string, IndicatorRow>();
  for (const row of table?.rows ?? []) {
    const key = nameKey(row.name);
    if (!byKey.has(key)) byKey.set(key, row);
  }
  return (name) => byKey.get(nameKey(name)) ?? null;
}

export function withPrevious(current: CurrentIndicator, previousYear: number | null, lookup: PreviousLookup): Omit<IndicatorAnalysis, "history"> {
  const row = previousYear === null ? null : lookup(current.name);
  if (previousYear === null || row === null) return { ...current, previous: null, change: null, improved: null };
  const value = previousValue(row, current);
  const now = current.result?.quantity ?? null;
  const change = now === null || value === null || current.status === "invalid" ? null : round2(now.value - value);
  const improved = change === null || change === 0 || current.direction === "none" ? null : current.direction === "higher" ? change > 0 : change < 0;
  return { ...current, previous: { year: previousYear, value, raw: cellText(row.result.cell) }, change, improved };
}

/** The previous result in the unit of this year's result (or target), null when not measured, out of range or not comparable. */
export function previousValue(row: IndicatorRow, current: CurrentIndicator): number | null {
  const parsed = parseResult(row.result.cell);
  if (parsed.kind !== "value" || isOutOfRange(parsed.quantity, "previous")) return null;
  const reference = current.result?.quantity ?? current.target?.quantity ?? null;
  if (reference === null) return round2(parsed.quantity.value);
  const value = valueIn(adopt(parsed.quantity, reference), reference);
  return value === null ? null : round2(value);
}
