/** Pasted figures and the year's telephony sites: which site an export names, and the year's rate once they are folded in. */
import type { MonthFigures } from "./types";
import type { YearSite } from "./monthly";
import { foldText } from "../telephony/normalize";
import { siteNameOfSheet } from "./site-name";
import { round2 } from "../values/rounding";

/**
 * The site an export's site value names: its site column's value, its sheet's name, or that name without its generic
 * words (« Mauriac » names « Téléphonie Mauriac 2022 »), ignoring case and accents; null when none or several match.
 */
export function matchSite(sites: readonly YearSite[], pasted: string): YearSite | null {
  const wanted = foldText(pasted);
  if (wanted === "") return null;
  const spellings = (site: YearSite) => (site.siteValue !== null ? [site.siteValue] : [site.sheet, siteNameOfSheet(site.sheet)]).map(foldText);
  const found = sites.filter((site) => spellings(site).includes(wanted));
  return found.length === 1 ? found[0] : null;
}

/** Months folded into one site (by its name). */
export interface SiteMonths {
  readonly site: string;
  readonly months: readonly MonthFigures[];
}

/** Σ answered ÷ Σ received over every site once each fold's months are in its site, a pasted month replacing the one there. */
export function annualRateAfterFold(sites: readonly YearSite[], folds: readonly SiteMonths[]): number | null {
  let received = 0;
  let answered = 0;
  for (const site of sites) {
    const months = new Map(site.months.map((month) => [month.month, month]));
    for (const fold of folds) if (fold.site === site.name) for (const month of fold.months) months.set(month.month, month);
    for (const month of months.values()) {
      received += month.received;
      answered += month.answered;
    }
  }
  return received > 0 ? round2((answered / received) * 100) : null;
}
