/** This year against last year (clustered columns) for the indicators in % having both. */
import type { Analysis } from "../domain/analysis/types";
import { numberCell, textCell } from "./cells";
import { chartKindFor, inDrawingOrder, PERCENT_CHART, type DataSheetBuilder } from "./chart-data-builder";
import { hasPlottablePercent } from "./plottable";
import { MAX_CHART_INDICATORS, mostTelling } from "./selection";
import { CHART_COLORS } from "./styles";
import { CHART_WORDS } from "./wording";

export function addEvolutionBlock(builder: DataSheetBuilder, analysis: Analysis): void {
  const previousYear = analysis.previousYear;
  if (previousYear === null) return;
  const candidates = analysis.indicators.filter((i) => hasPlottablePercent(i, analysis) && i.previous?.value != null);
  if (candidates.length === 0) return;
  const kind = chartKindFor(Math.min(candidates.length, MAX_CHART_INDICATORS));
  const rows = inDrawingOrder(mostTelling(candidates, (i) => Math.abs(i.change ?? 0), MAX_CHART_INDICATORS), kind);
  const year = analysis.year;
  const first = builder.startBlock(CHART_WORDS.dataBlocks.evolution(previousYear, year), [
    CHART_WORDS.dataColumns.indicator, CHART_WORDS.yearSeries(previousYear), CHART_WORDS.yearSeries(year),
  ]);
  rows.forEach((indicator, index) => {
    const row = first + index;
    builder.cells.push(textCell(row, 1, indicator.name, "text"));
    builder.cells.push(numberCell(row, 2, indicator.previous?.value ?? 0, "data-percent"));
    builder.cells.push(numberCell(row, 3, indicator.result?.quantity?.value ?? 0, "data-percent"));
  });
  const last = first + rows.length - 1;
  builder.charts.push({
    name: "BilanQualite_Evolution",
    kind,
    title: CHART_WORDS.evolutionTitle(previousYear, year, rows.length, candidates.length),
    categories: builder.range(first, 1, last, 1),
    series: [
      { name: CHART_WORDS.yearSeries(previousYear), values: builder.range(first, 2, last, 2), color: CHART_COLORS.previous, dataLabels: true },
      { name: CHART_WORDS.yearSeries(year), values: builder.range(first, 3, last, 3), color: CHART_COLORS.current, dataLabels: true },
    ],
    ...PERCENT_CHART,
    categoryAxisTitle: CHART_WORDS.indicatorAxis,
  });
  builder.endBlock(last);
}

