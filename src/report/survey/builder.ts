/** The « Enquête » sheet as it is filled from the top: cells, merges, row heights, charts, page breaks. */
import type { CellRange } from "../../domain/snapshot";
import type { PlannedCell, PlannedChart } from "../plan";
import { heightForLines, linesNeeded, spanRange, textCell } from "../cells";
import { DEFAULT_ROW_POINTS, landscapePageCapacity, wouldSplit } from "../page-layout";

export class SurveySheetBuilder {
  readonly cells: PlannedCell[] = [];
  readonly merges: CellRange[] = [];
  readonly heights: { row: number; height: number }[] = [];
  readonly charts: PlannedChart[] = [];
  readonly pageBreaks: number[] = [];
  row = 1;

  readonly totalWidth: number;
  /** Points of rows one printed page holds, the sheet fitted to one landscape page wide. */
  readonly pageCapacity: number;

  constructor(readonly sheetName: string, readonly widths: readonly number[]) {
    this.totalWidth = widths.reduce((sum, width) => sum + width, 0);
    this.pageCapacity = landscapePageCapacity(widths);
  }

  get lastColumn(): number {
    return this.widths.length;
  }

  /** A text across the sheet's width, as tall as its wrapped lines need when `pointsPerLine` is given. */
  fullRow(text: string, style: string, pointsPerLine?: number): number {
    const row = this.row++;
    this.cells.push(textCell(row, 1, text, style));
    this.merges.push(spanRange(row, 1, this.lastColumn));
    if (pointsPerLine !== undefined) this.height(row, heightForLines(linesNeeded(text, this.totalWidth), pointsPerLine));
    return row;
  }

  height(row: number, height: number): void {
    this.heights.push({ row, height });
  }

  /** Rows `first`..`last` start a new printed page when they would otherwise straddle two. */
  keepTogether(first: number, last: number): void {
    const heights = new Map(this.heights.map((entry) => [entry.row, entry.height]));
    const heightOf = (row: number): number => heights.get(row) ?? DEFAULT_ROW_POINTS;
    if (wouldSplit(heightOf, first, last, this.pageCapacity, 0)) this.pageBreaks.push(first);
  }

  skip(rows = 1, height?: number): void {
    if (height !== undefined) this.height(this.row, height);
    this.row += rows;
  }
}
