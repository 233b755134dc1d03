/** The sites of an analysis's monthly figures, as the pane lists them (none when there is a single site). */
import type { CombinedMonthly } from "../../domain/analysis/types";
import type { SiteRate } from "../../port";

export function siteRates(monthly: CombinedMonthly | null): SiteRate[] {
  if (monthly === null || monthly.sites.length <= 1) return [];
  return monthly.sites.map(({ name, sheet, received, answered, annualRate }) => ({ name: name ?? sheet, sheet, received, answered, annualRate }));
}
