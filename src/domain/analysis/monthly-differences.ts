/** RESULT_DIFFERS_FROM_MONTHLY: the table's call-answer rate against the rate computed from the monthly figures. */
import { issueAt, type Issue } from "../issues";
import { NO_BREAK_SPACE } from "../text/french";
import { formatNumberFr, formatPercentFr } from "../values";
import { round2 } from "../values/rounding";
import { POINT_WORDS } from "../values/words";
import { callRateIndicators, indicatorsOfSites } from "./call-rate";
import { ANALYSIS_MESSAGES } from "./messages";
import type { CombinedMonthly, IndicatorAnalysis } from "./types";

/** Half a percentage point: rounding in the table is tolerated, a real difference is not. */
const MONTHLY_TOLERANCE = 0.5;

/**
 * One site: the indicator named like its sheet (or the only one). Several sites: the indicator that names
 * none of them against the combined rate, and one that names a site against that site's rate.
 */
export function monthlyDifferences(indicators: readonly IndicatorAnalysis[], monthly: CombinedMonthly | null): Issue[] {
  if (monthly === null) return [];
  if (monthly.sites.length <= 1) return differences(callRateIndicators(indicators, monthly.sheet), monthly.annualRate, monthly.sheet);
  const { combined, bySite } = indicatorsOfSites(indicators, monthly.sites.map((site) => site.name ?? site.sheet));
  return [
    ...differences(combined, monthly.annualRate, null),
    ...monthly.sites.flatMap((site, index) => differences(bySite[index], site.annualRate, site.sheet)),
  ];
}

function differences(indicators: readonly IndicatorAnalysis[], rate: number | null, sheet: string | null): Issue[] {
  if (rate === null) return [];
  return indicators.flatMap((indicator) => {
    const result = indicator.result?.quantity ?? null;
    if (result === null || result.dimension !== "percent") return [];
    const gap = Math.abs(result.value - rate);
    if (gap <= MONTHLY_TOLERANCE + 1e-9 || indicator.cells.result === null) return [];
    const shownGap = round2(gap);
    const points = `${formatNumberFr(shownGap, 2)}${NO_BREAK_SPACE}${POINT_WORDS[shownGap < 2 ? 0 : 1]}`;
    const message = ANALYSIS_MESSAGES.differsFromMonthly(indicator.name, formatPercentFr(result.value, 2), formatPercentFr(rate, 2), sheet, points);
    return [issueAt("RESULT_DIFFERS_FROM_MONTHLY", { sheet: indicator.sheet, cell: indicator.cells.result, indicator: indicator.name }, message)];
  });
}
