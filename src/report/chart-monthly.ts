/** The monthly call-answer rate, with the table's target drawn as a line. */
import type { Analysis, CombinedMonthly } from "../domain/analysis/types";
import { isCallAnswerRate } from "../domain/analysis";
import type { PlannedSeries } from "./plan";
import { numberCell, textCell } from "./cells";
import { PERCENT_AXIS, PERCENT_CHART, type DataSheetBuilder } from "./chart-data-builder";
import { CHART_COLORS } from "./styles";
import { MONTH_ABBREVIATIONS } from "../domain/text/french";
import { CHART_WORDS } from "./wording";

/** The table's call-answer rate indicator, whose target the monthly chart draws as a line. */
function callAnswerTarget(analysis: Analysis): number | null {
  const indicator = analysis.indicators.find((i) => isCallAnswerRate(i.name) && i.status !== "invalid");
  const target = indicator?.target?.quantity;
  return target && target.dimension === "percent" ? target.value : null;
}

/** "2021-03" → "mars"; anything else as is. */
export function monthLabel(month: string): string {
  const match = /^\d{4}-(\d{2})$/.exec(month);
  const index = match ? Number(match[1]) - 1 : -1;
  return MONTH_ABBREVIATIONS[index] ?? month;
}

/**
 * A rate axis that starts a little under the lowest monthly rate or the target (by steps of 5 points), so a
 * month two points under target shows; 0–100 would flatten every month at the top.
 */
export function monthlyRateAxis(rates: readonly number[], target: number | null): { min: number; max: number; numberFormat: string } {
  const lowest = Math.min(...rates, target ?? Number.POSITIVE_INFINITY);
  const min = Math.max(0, Math.min(90, Math.floor((lowest - 5) / 5) * 5));
  return { ...PERCENT_AXIS, min };
}

/** Each site's monthly rate, when there are several: one series per site beside the combined one. */
function siteColumns(monthly: CombinedMonthly): { name: string; rates: ReadonlyMap<string, number> }[] {
  if (monthly.sites.length <= 1) return [];
  return monthly.sites.map((site) => ({ name: site.name ?? site.sheet, rates: new Map(site.months.map((m) => [m.month, m.rate])) }));
}

export function addMonthlyBlock(builder: DataSheetBuilder, analysis: Analysis, monthly: CombinedMonthly): void {
  if (monthly.months.length === 0) return;
  const target = callAnswerTarget(analysis);
  const sites = siteColumns(monthly);
  const targetColumn = 5 + sites.length;
  const headers = [
    CHART_WORDS.dataColumns.month, CHART_WORDS.dataColumns.received, CHART_WORDS.dataColumns.answered,
    sites.length > 0 ? CHART_WORDS.allSitesSeries : CHART_WORDS.dataColumns.rate,
    ...sites.map((site) => site.name),
    ...(target === null ? [] : [CHART_WORDS.targetSeries]),
  ];
  const first = builder.startBlock(CHART_WORDS.dataBlocks.monthly(analysis.year), headers);
  monthly.months.forEach((month, index) => {
    const row = first + index;
    builder.cells.push(textCell(row, 1, monthLabel(month.month), "text"));
    builder.cells.push(numberCell(row, 2, month.received, "data-count"));
    builder.cells.push(numberCell(row, 3, month.answered, "data-count"));
    builder.cells.push(numberCell(row, 4, Math.round(month.rate * 10) / 10, "data-percent-1"));
    sites.forEach((site, offset) => {
      // A month the site lacks stays empty: no point rather than a false 0 %.
      const rate = site.rates.get(month.month);
      if (rate !== undefined) builder.cells.push(numberCell(row, 5 + offset, Math.round(rate * 10) / 10, "data-percent-1"));
    });
    if (target !== null) builder.cells.push(numberCell(row, targetColumn, target, "data-percent"));
  });
  const last = first + monthly.months.length - 1;
  const series: PlannedSeries[] = [
    {
      name: sites.length > 0 ? CHART_WORDS.allSitesSeries : CHART_WORDS.monthlySeries,
      values: builder.range(first, 4, last, 4),
      color: CHART_COLORS.current,
    },
    ...sites.map((site, offset) => ({
      name: site.name,
      values: builder.range(first, 5 + offset, last, 5 + offset),
      color: CHART_COLORS.sites[offset % CHART_COLORS.sites.length],
    })),
  ];
  if (target !== null) {
    series.push({ name: CHART_WORDS.targetSeries, values: builder.range(first, targetColumn, last, targetColumn), kind: "line", color: CHART_COLORS.targetLine });
  }
  const rates = [...monthly.months.map((m) => m.rate), ...monthly.sites.flatMap((site) => (sites.length > 0 ? site.months.map((m) => m.rate) : []))];
  builder.charts.push({
    name: "BilanQualite_Mensuel",
    kind: "line",
    title: sites.length > 0 ? CHART_WORDS.monthlySitesTitle(analysis.year) : CHART_WORDS.monthlyTitle(analysis.year),
    categories: builder.range(first, 1, last, 1),
    series,
    ...PERCENT_CHART,
    categoryAxisTitle: CHART_WORDS.monthAxis,
    valueAxis: monthlyRateAxis(rates, target),
  });
  builder.endBlock(last);
}
