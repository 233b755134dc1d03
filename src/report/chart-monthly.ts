/** The monthly call-answer rate, with the table's target drawn as a line. */
import type { Analysis, MonthlyAnalysis } from "../domain/analysis/types";
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

export function addMonthlyBlock(builder: DataSheetBuilder, analysis: Analysis, monthly: MonthlyAnalysis): void {
  if (monthly.months.length === 0) return;
  const target = callAnswerTarget(analysis);
  const headers = [
    CHART_WORDS.dataColumns.month, CHART_WORDS.dataColumns.received, CHART_WORDS.dataColumns.answered,
    CHART_WORDS.dataColumns.rate, ...(target === null ? [] : [CHART_WORDS.targetSeries]),
  ];
  const first = builder.startBlock(CHART_WORDS.dataBlocks.monthly(analysis.year), headers);
  monthly.months.forEach((month, index) => {
    const row = first + index;
    builder.cells.push(textCell(row, 1, monthLabel(month.month), "text"));
    builder.cells.push(numberCell(row, 2, month.received, "data-count"));
    builder.cells.push(numberCell(row, 3, month.answered, "data-count"));
    builder.cells.push(numberCell(row, 4, Math.round(month.rate * 10) / 10, "data-percent-1"));
    if (target !== null) builder.cells.push(numberCell(row, 5, target, "data-percent"));
  });
  const last = first + monthly.months.length - 1;
  const series: PlannedSeries[] = [
    { name: CHART_WORDS.monthlySeries, values: builder.range(first, 4, last, 4), color: CHART_COLORS.current },
  ];
  if (target !== null) {
    series.push({ name: CHART_WORDS.targetSeries, values: builder.range(first, 5, last, 5), kind: "line", color: CHART_COLORS.targetLine });
  }
  builder.charts.push({
    name: "BilanQualite_Mensuel",
    kind: "line",
    title: CHART_WORDS.monthlyTitle(analysis.year),
    categories: builder.range(first, 1, last, 1),
    series,
    ...PERCENT_CHART,
    categoryAxisTitle: CHART_WORDS.monthAxis,
    valueAxis: monthlyRateAxis(monthly.months.map((m) => m.rate), target),
  });
  builder.endBlock(last);
}

