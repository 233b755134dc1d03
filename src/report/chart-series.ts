/** The percentage indicators over the years (three or more), each with its target as a dashed line of its colour. */
import type { Analysis, IndicatorAnalysis } from "../domain/analysis/types";
import type { PlannedSeries } from "./plan";
import { numberCell, textCell } from "./cells";
import { PERCENT_CHART, type DataSheetBuilder } from "./chart-data-builder";
import { monthlyRateAxis } from "./chart-monthly";
import { unitQuantity } from "./notation";
import { mostTelling } from "./selection";
import { pointsIn, seriesYears, withSeries } from "./series";
import { CHART_COLORS } from "./styles";
import { SERIES_WORDS } from "./wording";

/** Lines a chart can hold and still be read, each with its target beside it. */
const MAX_SERIES_LINES = 4;

const inPercent = (indicator: IndicatorAnalysis): boolean => unitQuantity(indicator)?.dimension === "percent";

const percentTarget = (indicator: IndicatorAnalysis): number | null => {
  const target = indicator.status === "invalid" ? null : indicator.target?.quantity;
  return target && target.dimension === "percent" ? target.value : null;
};

export function addSeriesBlock(builder: DataSheetBuilder, analysis: Analysis): void {
  const years = seriesYears(analysis);
  const candidates = withSeries(analysis, years).filter(inPercent);
  if (candidates.length === 0) return;
  const valuesOf = (indicator: IndicatorAnalysis) => pointsIn(indicator, years).map((point) => point.value);
  const shown = mostTelling(candidates, (i) => valuesOf(i).filter((v) => v !== null).length + (percentTarget(i) === null ? 0 : 0.5), MAX_SERIES_LINES);
  const targets = shown.filter((indicator) => percentTarget(indicator) !== null);
  const targetColumn = (indicator: IndicatorAnalysis) => 2 + shown.length + targets.indexOf(indicator);
  const first = builder.startBlock(SERIES_WORDS.dataBlock(years[0], years[years.length - 1]), [
    SERIES_WORDS.year,
    ...shown.map((indicator) => indicator.name),
    ...targets.map((indicator) => SERIES_WORDS.targetSeries(indicator.name)),
  ]);
  years.forEach((year, index) => {
    const row = first + index;
    builder.cells.push(textCell(row, 1, String(year), "text"));
    shown.forEach((indicator, offset) => {
      // A year not measured stays empty: the line breaks there rather than falling to 0 %.
      const value = valuesOf(indicator)[index];
      if (value !== null) builder.cells.push(numberCell(row, 2 + offset, value, "data-percent-1"));
    });
    targets.forEach((indicator) => builder.cells.push(numberCell(row, targetColumn(indicator), percentTarget(indicator) as number, "data-percent")));
  });
  const last = first + years.length - 1;
  const color = (indicator: IndicatorAnalysis) => CHART_COLORS.series[shown.indexOf(indicator) % CHART_COLORS.series.length];
  const series: PlannedSeries[] = [
    ...shown.map((indicator, offset) => ({ name: indicator.name, values: builder.range(first, 2 + offset, last, 2 + offset), color: color(indicator) })),
    ...targets.map((indicator) => ({
      name: SERIES_WORDS.targetSeries(indicator.name),
      values: builder.range(first, targetColumn(indicator), last, targetColumn(indicator)),
      color: color(indicator),
      dashed: true,
    })),
  ];
  const values = shown.flatMap((indicator) => valuesOf(indicator).filter((value): value is number => value !== null));
  const lowestTarget = targets.length === 0 ? null : Math.min(...targets.map((indicator) => percentTarget(indicator) as number));
  builder.charts.push({
    name: "BilanQualite_Series",
    kind: "line",
    title: SERIES_WORDS.chartTitle(years[0], years[years.length - 1], shown.length, candidates.length),
    categories: builder.range(first, 1, last, 1),
    series,
    ...PERCENT_CHART,
    legend: "right",
    fullWidth: true,
    categoryAxisTitle: SERIES_WORDS.yearAxis,
    valueAxis: monthlyRateAxis(values, lowestTarget),
  });
  builder.endBlock(last);
}
