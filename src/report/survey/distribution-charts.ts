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
/** Room for the title, the legend and the axis; then a bar per question, narrowed down to MIN_BAR_PX on a long survey. */
const FRAME_PX = 120;
const BAR_PX = 42;
const MIN_BAR_PX = 24;
const naturalHeight = (questions: number): number => Math.max(220, FRAME_PX + BAR_PX * questions);
/** Rows of 15 points (20 pixels) a chart covers, and one to breathe. */
const rowsUnder = (heightPx: number): number => Math.ceil(heightPx / 20) + 1;
/** The section's title (22 points) and note: the first chart shares its page with them. */
const SECTION_HEAD_POINTS = 22 + DEFAULT_ROW_POINTS;

/** The tallest chart one printed page holds under the section's title and note, in pixels. */
function tallestChart(pageCapacity: number): number {
  return (Math.floor((pageCapacity - SECTION_HEAD_POINTS) / DEFAULT_ROW_POINTS) - 1) * 20;
}

/** A scale's questions as the charts they need: one, its bars narrowed to fit a page, or as few as fit, of even size. */
function partsOf(questions: readonly SurveyQuestion[], tallest: number): SurveyQuestion[][] {
  const perChart = Math.max(1, Math.floor((tallest - FRAME_PX) / MIN_BAR_PX));
  const size = Math.ceil(questions.length / Math.ceil(questions.length / perChart));
  const parts: SurveyQuestion[][] = [];
  for (let first = 0; first < questions.length; first += size) parts.push(questions.slice(first, first + size));
  return parts;
}

function byScale(survey: SurveyAnalysis): Map<ScaleKind, SurveyQuestion[]> {
  const groups = new Map<ScaleKind, SurveyQuestion[]>();
  for (const question of survey.questions) {
    if (question.n === 0) continue;
    groups.set(question.scale, [...(groups.get(question.scale) ?? []), question]);
  }
  return groups;
}

interface ChartPart {
  readonly scale: ScaleKind;
  readonly questions: readonly SurveyQuestion[];
  /** 1-based, of `parts` charts for the scale. */
  readonly part: number;
  readonly parts: number;
  readonly heightPx: number;
}

interface DataBlock extends ChartPart {
  /** Where its counts are: the question names in column 1, a band per column from 2. */
  readonly first: number;
}

function writeBlock(builder: SurveySheetBuilder, block: DataBlock): void {
  const bands = SCALE_BANDS[block.scale];
  const header = block.first - 1;
  builder.cells.push(textCell(header - 1, 1, W.dataTitle(block.scale, block.part, block.parts), "detail"));
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
    name: `BilanQualite_Enquete_${block.scale}${block.parts > 1 ? `_${block.part}` : ""}`,
    kind: KIND,
    title: W.chartTitle(block.scale, block.part, block.parts),
    categories: range(1, 1),
    series: SCALE_BANDS[block.scale].map((band, index) => ({ name: band.label, values: range(index + 2, index + 2), color: band.color })),
    seriesBy: "columns",
    valueAxisTitle: W.percentAxis,
    valueAxis: { numberFormat: "0 %" },
    legend: "bottom",
    anchor: { row: anchorRow, column: 1 },
    widthPx: WIDTH_PX,
    heightPx: block.heightPx,
  };
}

/**
 * The charts one under the other from the builder's row, each no taller than a page and never one cut by a
 * page (the first one always on the section title's page), then their counts on a page of their own.
 */
export function planDistributionCharts(builder: SurveySheetBuilder, survey: SurveyAnalysis): void {
  const tallest = tallestChart(builder.pageCapacity);
  const charts: ChartPart[] = [...byScale(survey)].flatMap(([scale, questions]) =>
    partsOf(questions, tallest).map((part, index, parts) => ({
      scale,
      questions: part,
      part: index + 1,
      parts: parts.length,
      heightPx: Math.min(naturalHeight(part.length), tallest),
    })),
  );
  if (charts.length === 0) return;
  builder.skip();
  builder.pageBreaks.push(builder.row);
  builder.height(builder.fullRow(W.chartsTitle, "section"), 22);
  builder.fullRow(W.chartNote, "note");
  let used = SECTION_HEAD_POINTS;
  const anchors: number[] = [];
  for (const chart of charts) {
    const rows = rowsUnder(chart.heightPx);
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
  charts.forEach((chart, index) => {
    const block: DataBlock = { ...chart, questions: inDrawingOrder(chart.questions, KIND), first: builder.row + 2 };
    writeBlock(builder, block);
    builder.charts.push(chartOf(builder, block, anchors[index]));
    builder.row = block.first + block.questions.length + 1;
  });
}
