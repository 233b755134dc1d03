/** The « Enquête » sheet as it is filled from the top: cells, merges, row heights, charts, page breaks. */
import type { CellRange } from "../../domain/snapshot";
import type { PlannedCell, PlannedChart } from "../plan";
import { heightForLines, linesNeeded, spanRange, textCell } from "../cells";
import { DEFAULT_ROW_POINTS, landscapePageCapacity } from "../page-layout";

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

  /**
   * Points the rows above the builder's row take on the printed page it falls on: pages break at the planned
   * page breaks and wherever the next row would not fit, as wouldSplit breaks them.
   */
  usedOnPage(): number {
    const heights = new Map(this.heights.map((entry) => [entry.row, entry.height]));
    const breaks = new Set(this.pageBreaks);
    let used = 0;
    for (let row = 1; row < this.row; row++) {
      const height = heights.get(row) ?? DEFAULT_ROW_POINTS;
      if (breaks.has(row) || used + height > this.pageCapacity) used = 0;
      used += height;
    }
    return used;
  }

  /**
   * Before a table's row of `height` points: when it would not fit on the page, a page break, and the table's
   * header written again at the top of the new page (`header` writes it at the row it is given).
   */
  continueTable(height: number, header: (row: number) => void): void {
    if (this.usedOnPage() + height <= this.pageCapacity) return;
    this.pageBreaks.push(this.row);
    header(this.row++);
  }

  skip(rows = 1, height?: number): void {
    if (height !== undefined) this.height(this.row, height);
    this.row += rows;
  }
}
