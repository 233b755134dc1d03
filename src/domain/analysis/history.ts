/** Each indicator's value in every year the workbook holds, matched by name as for the change. */
import type { IndicatorRow, YearTable } from "../tables";
import type { RowOutcome } from "./analyze-indicator";
import { previousValue, type PreviousLookup } from "./previous-year";
import type { HistoryPoint, IndicatorAnalysis } from "./types";

export type HistoryLookups = ReadonlyMap<number, { readonly find: PreviousLookup; readonly check: (row: IndicatorRow) => RowOutcome }>;

/** One name lookup per year (the preferred table of each year, the analysed year left out), built once for all indicators. */
export function historyLookupsOf(
  byYear: readonly (readonly [number, YearTable])[],
  lookup: (table: YearTable) => PreviousLookup,
  check: (sheet: string, row: IndicatorRow) => RowOutcome,
): HistoryLookups {
  return new Map(byYear.map(([year, table]) => [year, { find: lookup(table), check: (row: IndicatorRow) => check(table.sheet, row) }]));
}

export function withHistory(indicator: Omit<IndicatorAnalysis, "history">, year: number, lookups: HistoryLookups): IndicatorAnalysis {
  const points: HistoryPoint[] = [];
  for (const [other, { find, check }] of lookups) {
    const row = find(indicator.name);
    if (row === null) {
      points.push({ year: other, value: null, met: null });
      continue;
    }
    const then = check(row);
    const measured = then.status !== "invalid" && then.status !== "not_measured" && then.result !== null;
    points.push({ year: other, value: measured ? previousValue(row, indicator) : null, met: metOf(then.status) });
  }
  points.push({ year, value: currentValue(indicator), met: metOf(indicator.status) });
  return { ...indicator, history: points.sort((a, b) => a.year - b.year) };
}

function currentValue(indicator: Omit<IndicatorAnalysis, "history">): number | null {
  if (indicator.status === "invalid" || indicator.status === "not_measured") return null;
  return indicator.result?.quantity?.value ?? null;
}

const metOf = (status: IndicatorAnalysis["status"]): boolean | null => (status === "met" ? true : status === "not_met" ? false : null);
