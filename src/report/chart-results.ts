/** Results against targets for the indicators in %, each column coloured by its status. */
import type { Analysis, IndicatorAnalysis } from "../domain/analysis/types";
import type { PlannedSeries } from "./plan";
import { numberCell, textCell } from "./cells";
import { chartKindFor, inDrawingOrder, PERCENT_CHART, type DataSheetBuilder } from "./chart-data-builder";
import { hasPlottablePercent } from "./plottable";
import { CHART_COLORS, type StatusStyleKey } from "./styles";
import { MAX_CHART_INDICATORS, mostTelling } from "./selection";
import { statusKey, statusLabel } from "./verdicts";
import { CHART_WORDS } from "./wording";

const POINT_COLORS: Readonly<Record<StatusStyleKey, string>> = {
  met: CHART_COLORS.met,
  not_met: CHART_COLORS.not_met,
  tolerance: CHART_COLORS.tolerance,
  invalid: CHART_COLORS.invalid,
  no_target: CHART_COLORS.neutral,
  not_measured: CHART_COLORS.neutral,
};

export function addResultsBlock(builder: DataSheetBuilder, analysis: Analysis, tolerance: number): void {
  const candidates = analysis.indicators.filter((i) => hasPlottablePercent(i, analysis));
  if (candidates.length === 0) return;
  const needsAttention = (i: IndicatorAnalysis): number => (i.status === "not_met" || i.status === "invalid" ? 1 : 0);
  const kind = chartKindFor(Math.min(candidates.length, MAX_CHART_INDICATORS));
  const rows = inDrawingOrder(mostTelling(candidates, needsAttention, MAX_CHART_INDICATORS), kind);
  const year = analysis.year;
  const first = builder.startBlock(CHART_WORDS.dataBlocks.results(year), [
    CHART_WORDS.dataColumns.indicator, CHART_WORDS.resultsSeries(year), CHART_WORDS.targetSeries, CHART_WORDS.dataColumns.status,
  ]);
  const keys = rows.map((indicator) => statusKey(indicator, tolerance));
  rows.forEach((indicator, index) => {
    const row = first + index;
    const target = indicator.target?.quantity;
    builder.cells.push(textCell(row, 1, indicator.name, "text"));
    builder.cells.push(numberCell(row, 2, indicator.result?.quantity?.value ?? 0, "data-percent"));
    if (target && target.dimension === "percent" && indicator.status !== "invalid") {
      builder.cells.push(numberCell(row, 3, target.value, "data-percent"));
    }
    builder.cells.push(textCell(row, 4, statusLabel(keys[index]), "text"));
  });
  const last = first + rows.length - 1;
  const series: PlannedSeries[] = [
    {
      name: CHART_WORDS.resultsSeries(year),
      values: builder.range(first, 2, last, 2),
      color: CHART_COLORS.met,
      pointColors: keys.map((key) => POINT_COLORS[key]),
      dataLabels: true,
    },
    { name: CHART_WORDS.targetSeries, values: builder.range(first, 3, last, 3), color: CHART_COLORS.target, dataLabels: true },
  ];
  builder.charts.push({
    name: "BilanQualite_Resultats",
    kind,
    title: CHART_WORDS.resultsTitle(year, rows.length, candidates.length),
    categories: builder.range(first, 1, last, 1),
    series,
    ...PERCENT_CHART,
    categoryAxisTitle: CHART_WORDS.indicatorAxis,
  });
  builder.endBlock(last);
}

