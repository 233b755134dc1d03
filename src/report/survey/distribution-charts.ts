/**
 * The distribution of each question's answers as a native 100 % stacked bar chart, one chart per scale
 * (its levels are the stacks), reading a block of counts written under the charts on the same sheet.
 */
import type { ScaleKind, SurveyAnalysis, SurveyQuestion } from "../../domain/survey";
import { heightForLines, linesNeeded, numberCell, textCell } from "../cells";
import { DEFAULT_ROW_POINTS } from "../page-layout";
import { inDrawingOrder } from "../chart-data-builder";
import type { PlannedChart, RangeRef } from "../plan";
import { bandCount, SCALE_BANDS } from "./bands";
import type { SurveySheetBuilder } from "./builder";
import { SURVEY_WORDS as W } from "./words";

const KIND = "bar-stacked-100" as const;
const WIDTH_PX = 900;
/** Room for the title, the legend and the axis, then a bar per question. */
const chartHeight = (questions: number): number => Math.max(220, 120 + 42 * questions);
/** Rows of 15 points (20 pixels) a chart covers, and one to breathe. */
const rowsUnder = (heightPx: number): number => Math.ceil(heightPx / 20) + 1;

function byScale(survey: SurveyAnalysis): Map<ScaleKind, SurveyQuestion[]> {
  const groups = new Map<ScaleKind, SurveyQuestion[]>();
  for (const question of survey.questions) {
    if (question.n === 0) continue;
    groups.set(question.scale, [...(groups.get(question.scale) ?? []), question]);
  }
  return groups;
}

interface DataBlock {
  readonly scale: ScaleKind;
  readonly questions: readonly SurveyQuestion[];
  /** Where its counts are: the question names in column 1, a band per column from 2. */
  readonly first: number;
}

function writeBlock(builder: SurveySheetBuilder, block: DataBlock): void {
  const bands = SCALE_BANDS[block.scale];
  const header = block.first - 1;
  builder.cells.push(textCell(header - 1, 1, W.dataTitle(block.scale), "detail"));
  builder.cells.push(textCell(header, 1, W.columns.question, "data-header"));
  bands.forEach((band, index) => builder.cells.push(textCell(header, index + 2, band.label, "data-header")));
  builder.height(header, 32);
  block.questions.forEach((question, row) => {
    builder.cells.push(textCell(block.first + row, 1, question.question, "text"));
    builder.height(block.first + row, heightForLines(linesNeeded(question.question, builder.widths[0] - 2)));
    bands.forEach((band, index) => builder.cells.push(numberCell(block.first + row, index + 2, bandCount(question, band), "data-count")));
  });
}

function chartOf(builder: SurveySheetBuilder, block: DataBlock, anchorRow: number): PlannedChart {
  const last = block.first + block.questions.length - 1;
  const range = (left: number, right: number): RangeRef => ({ sheet: builder.sheetName, range: { top: block.first, left, bottom: last, right } });
  return {
    name: `BilanQualite_Enquete_${block.scale}`,
    kind: KIND,
    title: W.chartTitle(block.scale),
    categories: range(1, 1),
    series: SCALE_BANDS[block.scale].map((band, index) => ({ name: band.label, values: range(index + 2, index + 2), color: band.color })),
    seriesBy: "columns",
    valueAxisTitle: W.percentAxis,
    valueAxis: { numberFormat: "0 %" },
    legend: "bottom",
    anchor: { row: anchorRow, column: 1 },
    widthPx: WIDTH_PX,
    heightPx: chartHeight(block.questions.length),
  };
}

/** The charts one under the other from the builder's row, never one cut by a page, then their counts on a page of their own. */
export function planDistributionCharts(builder: SurveySheetBuilder, survey: SurveyAnalysis): void {
  const groups = [...byScale(survey)];
  if (groups.length === 0) return;
  builder.skip();
  builder.pageBreaks.push(builder.row);
  builder.height(builder.fullRow(W.chartsTitle, "section"), 22);
  builder.fullRow(W.chartNote, "note");
  let used = 22 + DEFAULT_ROW_POINTS;
  const anchors: number[] = [];
  for (const [, questions] of groups) {
    const rows = rowsUnder(chartHeight(questions.length));
    if (used + rows * DEFAULT_ROW_POINTS > builder.pageCapacity) {
      // A blank row opens the new page, so that the chart's frame never shows at the foot of the one before.
      builder.pageBreaks.push(builder.row);
      builder.skip();
      used = DEFAULT_ROW_POINTS;
    }
    anchors.push(builder.row);
    builder.skip(rows);
    used += rows * DEFAULT_ROW_POINTS;
  }
  builder.pageBreaks.push(builder.row);
  groups.forEach(([scale, questions], index) => {
    const block: DataBlock = { scale, questions: inDrawingOrder(questions, KIND), first: builder.row + 2 };
    writeBlock(builder, block);
    builder.charts.push(chartOf(builder, block, anchors[index]));
    builder.row = block.first + questions.length + 1;
  });
}
