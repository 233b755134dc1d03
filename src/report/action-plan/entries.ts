/** Which indicators call for an action (not met, or « À corriger »), and the key that matches them by name and year. */
import type { Analysis, IndicatorAnalysis } from "../../domain/analysis/types";
import { nameKey } from "../../domain/text/normalize";

export interface ActionEntry {
  readonly theme: string;
  readonly name: string;
  readonly status: IndicatorAnalysis["status"];
  readonly year: number;
}

export const needsAction = (indicator: IndicatorAnalysis): boolean => indicator.status === "not_met" || indicator.status === "invalid";

/** Case, accents, apostrophes and spacing ignored, as indicators are matched from one year to the next. */
export const entryKey = (name: string, year: number): string => `${year}|${nameKey(name)}`;

export function actionEntries(analysis: Analysis): ActionEntry[] {
  return analysis.indicators
    .filter(needsAction)
    .map((indicator) => ({ theme: indicator.theme ?? "", name: indicator.name, status: indicator.status, year: analysis.year }));
}
