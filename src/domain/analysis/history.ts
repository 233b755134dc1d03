/** Each indicator's value in every year the workbook holds, matched by name as for the change. */
import { tablesByYear, type YearTable } from "../tables";
import { analyzeRow } from "./analyze-indicator";
import { lookupByName, previousValue, type PreviousLookup } from "./previous-year";
import type { HistoryPoint, IndicatorAnalysis } from "./types";

export type HistoryLookups = ReadonlyMap<number, { readonly sheet: string; readonly find: PreviousLookup }>;

/** One name lookup per year (the preferred table of each year), built once for all indicators. */
export function historyLookups(tables: readonly YearTable[], analysedYear: number): HistoryLookups {
  const lookups = new Map<number, { sheet: string; find: PreviousLookup }>();
  for (const [year, table] of tablesByYear(tables)) {
    if (year !== analysedYear) lookups.set(year, { sheet: table.sheet, find: lookupByName(table) });
  }
  return lookups;
}

export function withHistory(indicator: Omit<IndicatorAnalysis, "history">, year: number, lookups: HistoryLookups): IndicatorAnalysis {
  const points: HistoryPoint[] = [];
  for (const [other, { sheet, find }] of lookups) {
    const row = find(indicator.name);
    if (row === null) {
      points.push({ year: other, value: null, met: null });
      continue;
    }
    const then = analyzeRow(sheet, row).indicator;
    const measured = then.status !== "invalid" && then.status !== "not_measured" && then.result?.quantity != null;
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
