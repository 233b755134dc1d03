/** Several sites' figures as one: month by month sums, and the annual rate Σ answered ÷ Σ received over every site. */
import { summarize } from "../telephony/read-table";
import { round2 } from "../values/rounding";
import type { CombinedMonthly, MonthFigures, MonthlyAnalysis, SiteMonthly } from "./types";

export function combineSites(sites: readonly SiteMonthly[]): CombinedMonthly {
  const totals = new Map<string, { received: number; answered: number }>();
  for (const month of sites.flatMap((site) => site.months)) {
    const total = totals.get(month.month) ?? { received: 0, answered: 0 };
    total.received += month.received;
    total.answered += month.answered;
    totals.set(month.month, total);
  }
  const months: MonthFigures[] = [...totals.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([month, { received, answered }]) => ({ month, received, answered, rate: received > 0 ? round2((answered / received) * 100) : 0 }));
  return { ...summarize(sites[0]?.sheet ?? null, months), sites };
}

/** The figures of a workbook with one telephony sheet: a single unnamed site. */
export function oneSite(monthly: MonthlyAnalysis & { readonly sheet: string }): CombinedMonthly {
  return { ...monthly, sites: [{ ...monthly, name: null }] };
}
