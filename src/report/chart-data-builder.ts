/** The "Données graphiques" sheet as it is filled: blocks one under the other, and the charts that read them. */
import type { PlannedCell, PlannedChart, RangeRef } from "./plan";
import { textCell } from "./cells";
import { CHART_WORDS } from "./wording";

export type ChartDraft = Omit<PlannedChart, "anchor">;

export const CHART_SIZE = { widthPx: 900, heightPx: 380 } as const;
export const PERCENT_AXIS = { min: 0, max: 100, numberFormat: '0" %"' } as const;

/** Lays out blocks one under the other on the data sheet, and collects the charts that read them. */
export class DataSheetBuilder {
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

