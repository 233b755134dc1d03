/** The "Synthèse <année>" sheet: title, headline, the table by thématique, the assessment, the charts. */
import type { Analysis, IndicatorAnalysis } from "../domain/analysis/types";
import type { CellRange } from "../domain/snapshot";
import type { PlannedCell, PlannedSheet } from "./plan";
import type { ChartDraft } from "./charts";
import { heightForLines, linesNeeded, spanRange, textCell } from "./cells";
import { judgedCount, writeNarrative } from "./narrative";
import { DEFAULT_ROW_POINTS, landscapePageCapacity, landscapePrint, wouldSplit } from "./page-layout";
import { placeCharts } from "./summary-charts";
import { summaryColumns, type SummaryColumn } from "./summary-columns";
import { planSeriesTable } from "./summary-series";
import { formatGeneratedAt, SUMMARY_WORDS } from "./wording";
import { surveyLine } from "./survey/summary-line";

export interface SummaryContext {
  readonly sheetName: string;
  readonly checksSheetName: string;
  readonly sourceName: string;
  readonly generatedAt: Date;
  readonly tolerance: number;
  /** True when the report lives in the source workbook: indicator names link to their rows. */
  readonly linkToSource: boolean;
  readonly charts: readonly ChartDraft[];
  /** The « Enquête » sheet, when the year has a survey: the assessment names its overall rate. */
  readonly surveySheetName: string | null;
  /** The actions of the « Plan d'actions » counted by state, when the report deals with it. */
  readonly actionPlanLine?: string | null;
}

export const HEADER_ROW = 7;
const HEADER_HEIGHT = 32;

class SheetBuilder {
  readonly cells: PlannedCell[] = [];
  readonly merges: CellRange[] = [];
  readonly heights: { row: number; height: number }[] = [];

  constructor(readonly lastColumn: number, readonly totalWidth: number) {}

  /** A text across the whole table width; `lines` taller when it wraps. */
  fullRow(row: number, text: string, style: string, pointsPerLine?: number): void {
    this.cells.push(textCell(row, 1, text, style));
    this.merges.push(spanRange(row, 1, this.lastColumn));
    if (pointsPerLine !== undefined) {
      this.heights.push({ row, height: heightForLines(linesNeeded(text, this.totalWidth), pointsPerLine) });
    }
  }

  height(row: number, height: number): void {
    this.heights.push({ row, height });
  }
}

function detailLine(analysis: Analysis): string {
  const { not_met, invalid, no_target, not_measured } = analysis.summary;
  const parts = [SUMMARY_WORDS.notMetCount(not_met)];
  if (invalid > 0) parts.push(SUMMARY_WORDS.invalidCount(invalid));
  if (no_target > 0) parts.push(SUMMARY_WORDS.noTargetCount(no_target));
  if (not_measured > 0) parts.push(SUMMARY_WORDS.notMeasuredCount(not_measured));
  const text = parts.join(" · ");
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Consecutive indicators of one thématique; a blank thématique continues the one above. */
function groupByTheme(indicators: readonly IndicatorAnalysis[]): { theme: string | null; indicators: IndicatorAnalysis[] }[] {
  const groups: { theme: string | null; indicators: IndicatorAnalysis[] }[] = [];
  for (const indicator of indicators) {
    const theme = indicator.theme?.trim() || null;
    const current = groups[groups.length - 1];
    if (current && (theme === null || theme === current.theme)) current.indicators.push(indicator);
    else groups.push({ theme, indicators: [indicator] });
  }
  return groups;
}

function rowHeight(columns: readonly SummaryColumn[], texts: readonly string[]): number {
  const lines = Math.max(
    1,
    ...columns.map((column, index) => (column.wraps ? linesNeeded(texts[index], (column.lineWidth ?? column.width) - 2) : 1)),
  );
  return heightForLines(lines);
}

/** Writes the table from the header row, returns the last row used. */
function planTable(builder: SheetBuilder, analysis: Analysis, columns: readonly SummaryColumn[]): number {
  columns.forEach((column, index) => builder.cells.push(textCell(HEADER_ROW, index + 1, column.header, "header")));
  builder.height(HEADER_ROW, HEADER_HEIGHT);
  let row = HEADER_ROW;
  const groups = groupByTheme(analysis.indicators);
  const withBands = groups.some((group) => group.theme !== null);
  for (const group of groups) {
    if (withBands) {
      row++;
      builder.fullRow(row, group.theme ?? SUMMARY_WORDS.noTheme, "band");
      builder.height(row, 20);
    }
    for (const indicator of group.indicators) {
      row++;
      const shown = columns.map((column) => column.show(indicator));
      shown.forEach((value, index) => builder.cells.push(textCell(row, index + 1, value.text, value.style, value.link)));
      builder.height(row, rowHeight(columns, shown.map((value) => value.text)));
    }
  }
  return row;
}

function planHeading(builder: SheetBuilder, analysis: Analysis, context: SummaryContext): void {
  const year = analysis.year;
  builder.fullRow(1, SUMMARY_WORDS.title(year), "title");
  builder.height(1, 30);
  builder.fullRow(2, SUMMARY_WORDS.subtitle(context.sourceName, year, formatGeneratedAt(context.generatedAt)), "subtitle");
  builder.height(3, 8);
  builder.fullRow(4, SUMMARY_WORDS.headline(analysis.summary.met, judgedCount(analysis)), "headline");
  builder.height(4, 24);
  builder.fullRow(5, detailLine(analysis), "detail");
  builder.height(6, 8);
}

/** The assessment from `first`; returns its last row. */
function planAssessment(builder: SheetBuilder, analysis: Analysis, context: SummaryContext, first: number): number {
  const narrative = writeNarrative(analysis, context.checksSheetName, context.tolerance);
  let row = first;
  builder.fullRow(row, SUMMARY_WORDS.assessmentTitle, "section");
  builder.height(row, 22);
  builder.fullRow(++row, narrative.overall, "paragraph", 15);
  for (const detail of narrative.details) builder.fullRow(++row, `• ${detail}`, "bullet", 15);
  const survey = surveyLine(analysis, context.surveySheetName);
  if (survey !== null) builder.fullRow(++row, `• ${survey}`, "bullet", 15);
  if (context.actionPlanLine) builder.fullRow(++row, `• ${context.actionPlanLine}`, "bullet", 15);
  return row;
}

/** The assessment is read as one piece: when it would straddle two printed pages, it starts the second. */
function assessmentBreak(builder: SheetBuilder, widths: readonly number[], first: number, last: number): number[] {
  const heights = new Map(builder.heights.map((entry) => [entry.row, entry.height]));
  const heightOf = (row: number): number => heights.get(row) ?? DEFAULT_ROW_POINTS;
  return wouldSplit(heightOf, first, last, landscapePageCapacity(widths), HEADER_HEIGHT) ? [first] : [];
}

/** The series table from `first` (three years or more), starting a printed page when it would be cut; its last row, or null. */
function planSeries(builder: SheetBuilder, analysis: Analysis, widths: readonly number[], first: number, pageBreaks: number[]): number | null {
  const table = planSeriesTable(analysis, first);
  if (table === null) return null;
  for (const { row, text, style } of table.fullRows) builder.fullRow(row, text, style);
  builder.cells.push(...table.cells);
  builder.height(first + 2, HEADER_HEIGHT);
  for (let row = first + 3; row <= table.lastRow; row++) {
    const texts = table.cells.filter((cell) => cell.row === row).map((cell) => ({ column: cell.column, text: cell.value.kind === "text" ? cell.value.text : "" }));
    builder.height(row, heightForLines(Math.max(1, ...texts.map(({ column, text }) => linesNeeded(text, (widths[column - 1] ?? 10) - 2)))));
  }
  const heights = new Map(builder.heights.map((entry) => [entry.row, entry.height]));
  if (wouldSplit((row) => heights.get(row) ?? DEFAULT_ROW_POINTS, first, table.lastRow, landscapePageCapacity(widths), HEADER_HEIGHT)) pageBreaks.push(first);
  return table.lastRow;
}

export function planSummarySheet(analysis: Analysis, context: SummaryContext): PlannedSheet {
  const columns = summaryColumns(analysis, context.tolerance, context.linkToSource);
  const widths = columns.map((column) => column.width);
  const builder = new SheetBuilder(columns.length, widths.reduce((sum, width) => sum + width, 0));

  planHeading(builder, analysis, context);
  const lastTableRow = planTable(builder, analysis, columns);
  const assessmentRow = lastTableRow + 2;
  const lastAssessmentRow = planAssessment(builder, analysis, context, assessmentRow);
  const pageBreaks = assessmentBreak(builder, widths, assessmentRow, lastAssessmentRow);
  const lastSeriesRow = planSeries(builder, analysis, widths, lastAssessmentRow + 2, pageBreaks) ?? lastAssessmentRow;

  // The charts start a printed page of their own, under their title, so that none is cut in two.
  const chartsTitleRow = lastSeriesRow + 2;
  const placement = placeCharts(context.charts, chartsTitleRow + 2, widths);
  const charts = placement.charts;
  if (charts.length > 0) {
    builder.fullRow(chartsTitleRow, SUMMARY_WORDS.chartsTitle, "section");
    builder.fullRow(chartsTitleRow + 1, SUMMARY_WORDS.chartsLegend(charts[0].categories.sheet), "note");
    pageBreaks.push(chartsTitleRow, ...placement.pageBreaks);
  }

  return {
    name: context.sheetName,
    role: "summary",
    year: analysis.year,
    cells: builder.cells,
    merges: builder.merges,
    columnWidths: widths.map((width, index) => ({ column: index + 1, width })),
    rowHeights: builder.heights,
    freeze: { rows: HEADER_ROW, columns: 0 },
    print: landscapePrint(HEADER_ROW),
    charts,
    pageBreaksBefore: pageBreaks,
    showGridlines: false,
  };
}
