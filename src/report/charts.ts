/**
 * The native charts of the summary and the "Données graphiques" sheet that holds their numbers:
 * results against targets (indicators in %), this year against last year, the monthly call-answer rate.
 */
import type { Analysis, IndicatorAnalysis, MonthlyAnalysis } from "../domain/analysis/types";
import { isCallAnswerRate } from "../domain/analysis";
import type { PlannedCell, PlannedChart, PlannedSeries, PlannedSheet, RangeRef } from "./plan";
import { numberCell, textCell } from "./cells";
import { CHART_COLORS, type StatusStyleKey } from "./styles";
import { statusKey, statusLabel } from "./verdicts";
import { CHART_WORDS, MONTH_LABELS } from "./wording";

export type ChartDraft = Omit<PlannedChart, "anchor">;

export interface ChartPlan {
  /** null when no chart has data. */
  readonly sheet: PlannedSheet | null;
  readonly charts: readonly ChartDraft[];
}

const CHART_SIZE = { widthPx: 900, heightPx: 380 } as const;
const PERCENT_AXIS = { min: 0, max: 100, numberFormat: '0" %"' } as const;

const POINT_COLORS: Readonly<Record<StatusStyleKey, string>> = {
  met: CHART_COLORS.met,
  not_met: CHART_COLORS.not_met,
  tolerance: CHART_COLORS.tolerance,
  invalid: CHART_COLORS.invalid,
  no_target: CHART_COLORS.neutral,
  not_measured: CHART_COLORS.neutral,
};

const isPercent = (indicator: IndicatorAnalysis): boolean => indicator.result?.quantity?.dimension === "percent";

/** The table's call-answer rate indicator, whose target the monthly chart draws as a line. */
function callAnswerTarget(analysis: Analysis): number | null {
  const indicator = analysis.indicators.find((i) => isCallAnswerRate(i.name) && i.status !== "invalid");
  const target = indicator?.target?.quantity;
  return target && target.dimension === "percent" ? target.value : null;
}

/** Lays out blocks one under the other on the data sheet, and collects the charts that read them. */
class DataSheetBuilder {
  readonly cells: PlannedCell[] = [];
  readonly charts: ChartDraft[] = [];
  row = 3;

  constructor(readonly sheetName: string) {
    this.cells.push(textCell(1, 1, CHART_WORDS.dataNote, "note"));
  }

  range(top: number, left: number, bottom: number, right: number): RangeRef {
    return { sheet: this.sheetName, range: { top, left, bottom, right } };
  }

  /** Writes a block title and its header row, returns the first data row. */
  startBlock(title: string, headers: readonly string[]): number {
    this.cells.push(textCell(this.row, 1, title, "section"));
    headers.forEach((header, index) => this.cells.push(textCell(this.row + 1, index + 1, header, "data-header")));
    return this.row + 2;
  }

  endBlock(lastRow: number): void {
    this.row = lastRow + 3;
  }
}

function addResultsBlock(builder: DataSheetBuilder, analysis: Analysis, tolerance: number): void {
  const rows = analysis.indicators.filter((i) => isPercent(i) && i.result?.quantity);
  if (rows.length === 0) return;
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
    kind: "column",
    title: CHART_WORDS.resultsTitle(year),
    categories: builder.range(first, 1, last, 1),
    series,
    seriesBy: "columns",
    categoryAxisTitle: CHART_WORDS.indicatorAxis,
    valueAxisTitle: CHART_WORDS.percentAxis,
    valueAxis: PERCENT_AXIS,
    legend: "bottom",
    ...CHART_SIZE,
  });
  builder.endBlock(last);
}

function addEvolutionBlock(builder: DataSheetBuilder, analysis: Analysis): void {
  const previousYear = analysis.previousYear;
  if (previousYear === null) return;
  const rows = analysis.indicators.filter((i) => isPercent(i) && i.result?.quantity && i.previous?.value != null);
  if (rows.length === 0) return;
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
    kind: "column",
    title: CHART_WORDS.evolutionTitle(previousYear, year),
    categories: builder.range(first, 1, last, 1),
    series: [
      { name: CHART_WORDS.yearSeries(previousYear), values: builder.range(first, 2, last, 2), color: CHART_COLORS.previous, dataLabels: true },
      { name: CHART_WORDS.yearSeries(year), values: builder.range(first, 3, last, 3), color: CHART_COLORS.current, dataLabels: true },
    ],
    seriesBy: "columns",
    categoryAxisTitle: CHART_WORDS.indicatorAxis,
    valueAxisTitle: CHART_WORDS.percentAxis,
    valueAxis: PERCENT_AXIS,
    legend: "bottom",
    ...CHART_SIZE,
  });
  builder.endBlock(last);
}

/** "2021-03" → "mars"; anything else as is. */
export function monthLabel(month: string): string {
  const match = /^\d{4}-(\d{2})$/.exec(month);
  const index = match ? Number(match[1]) - 1 : -1;
  return MONTH_LABELS[index] ?? month;
}

function addMonthlyBlock(builder: DataSheetBuilder, analysis: Analysis, monthly: MonthlyAnalysis): void {
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
    kind: "column",
    title: CHART_WORDS.monthlyTitle(analysis.year),
    categories: builder.range(first, 1, last, 1),
    series,
    seriesBy: "columns",
    categoryAxisTitle: CHART_WORDS.monthAxis,
    valueAxisTitle: CHART_WORDS.percentAxis,
    valueAxis: PERCENT_AXIS,
    legend: "bottom",
    ...CHART_SIZE,
  });
  builder.endBlock(last);
}

export function planCharts(analysis: Analysis, dataSheetName: string, tolerance: number): ChartPlan {
  const builder = new DataSheetBuilder(dataSheetName);
  addResultsBlock(builder, analysis, tolerance);
  addEvolutionBlock(builder, analysis);
  if (analysis.monthly) addMonthlyBlock(builder, analysis, analysis.monthly);
  if (builder.charts.length === 0) return { sheet: null, charts: [] };
  const sheet: PlannedSheet = {
    name: dataSheetName,
    role: "chart-data",
    year: analysis.year,
    cells: builder.cells,
    merges: [],
    columnWidths: [
      { column: 1, width: 48 },
      { column: 2, width: 16 },
      { column: 3, width: 16 },
      { column: 4, width: 22 },
      { column: 5, width: 12 },
    ],
    print: { orientation: "portrait", paper: "A4", fitToOnePageWide: true },
    charts: [],
    showGridlines: true,
  };
  return { sheet, charts: builder.charts };
}
