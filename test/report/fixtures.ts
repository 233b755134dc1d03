/** Analyses for the report's tests: the seed's, as the engine makes it, and variations built by hand. */
import type { Analysis, IndicatorAnalysis, Status } from "../../src/domain/analysis/types";
import type { Issue } from "../../src/domain/issues";
import type { Quantity, Target } from "../../src/domain/values/types";
import { SEED_ANALYSIS } from "../fixtures/seed";

export const SHEET = "Indicateurs 2021";

export const percent = (value: number): Quantity => ({ value, dimension: "percent", unit: "%", bare: false });
export const days = (value: number): Quantity => ({ value, dimension: "duration", unit: "jours", bare: false });
export const count = (value: number, unit: string | null): Quantity => ({ value, dimension: "count", unit, bare: unit === null });
export const target = (q: Quantity, comparator: Target["comparator"] = null, within?: Quantity): Target => ({
  ...q, comparator, ...(within ? { within } : {}),
});

export function indicator(row: number, fields: Partial<IndicatorAnalysis> & { name: string }): IndicatorAnalysis {
  const base = {
    sheet: SHEET, row, module: null, theme: null, comment: null,
    cells: { name: `B${row}`, result: `C${row}`, target: `D${row}` },
    result: null, target: null, direction: "higher" as const, status: "no_target" as const, gap: null,
    previous: null, change: null, improved: null, nationalAverage: null, nationalGap: null, betterThanNational: null,
    ...fields,
  };
  return { ...base, history: fields.history ?? twoYears(base) };
}

/** The history an analysis of two years gives: last year's value, then this year's. */
function twoYears(i: Omit<IndicatorAnalysis, "history">): IndicatorAnalysis["history"] {
  const now = i.status === "invalid" || i.status === "not_measured" ? null : (i.result?.quantity?.value ?? null);
  const met = i.status === "met" ? true : i.status === "not_met" ? false : null;
  return [{ year: 2020, value: i.previous?.value ?? null, met: null }, { year: 2021, value: now, met }];
}

/** The seed's indicators and issues as the engine gives them (test/fixtures/seed.ts). */
export const SEED_INDICATORS: readonly IndicatorAnalysis[] = SEED_ANALYSIS.indicators;
export const SEED_ISSUES: readonly Issue[] = SEED_ANALYSIS.issues;

export function summarize(indicators: readonly IndicatorAnalysis[]): Record<Status, number> {
  const summary: Record<Status, number> = { met: 0, not_met: 0, no_target: 0, not_measured: 0, invalid: 0 };
  for (const i of indicators) summary[i.status]++;
  return summary;
}

/** The seed's analysis, with some parts replaced (the summary follows the indicators given). */
export function seedAnalysis(overrides: Partial<Analysis> = {}): Analysis {
  const indicators = overrides.indicators ?? SEED_INDICATORS;
  return { ...SEED_ANALYSIS, indicators, summary: summarize(indicators), ...overrides };
}

export const OPTIONS = {
  sourceName: "classeur-qualite-2021.xlsx",
  generatedAt: new Date(2022, 0, 15, 9, 30),
  tolerance: 0,
  linkToSource: false,
  existingSheetNames: [] as readonly string[],
};
