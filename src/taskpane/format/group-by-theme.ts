/** Indicators grouped by thématique, in sheet order; a blank thématique follows the one above it. */
import type { IndicatorAnalysis } from "../../domain/analysis/types";

export interface ThemeGroup {
  readonly theme: string | null;
  readonly indicators: readonly IndicatorAnalysis[];
}

export function groupByTheme(indicators: readonly IndicatorAnalysis[]): ThemeGroup[] {
  const groups: { theme: string | null; indicators: IndicatorAnalysis[] }[] = [];
  for (const indicator of indicators) {
    const theme = indicator.theme?.trim() || (groups.at(-1)?.theme ?? null);
    const last = groups.at(-1);
    if (last && last.theme === theme) last.indicators.push(indicator);
    else groups.push({ theme, indicators: [indicator] });
  }
  return groups;
}
