/** The "Données graphiques" sheet as it is filled: blocks one under the other, and the charts that read them. */
import type { ChartKind, PlannedCell, PlannedChart, RangeRef } from "./plan";
import { textCell } from "./cells";
import { CHART_WORDS } from "./wording";

export type ChartDraft = Omit<PlannedChart, "anchor">;

const CHART_SIZE = { widthPx: 900, heightPx: 380 } as const;
export const PERCENT_AXIS = { min: 0, max: 100, numberFormat: '0" %"' } as const;

/** What every chart of the report shares: series by column, a percentage axis 0–100, legend below, one size. */
export const PERCENT_CHART = {
  seriesBy: "columns",
  valueAxisTitle: CHART_WORDS.percentAxis,
  valueAxis: PERCENT_AXIS,
  legend: "bottom",
  ...CHART_SIZE,
} as const;

/** Upright columns up to this many indicators; beyond, horizontal bars, whose names read without turning the head. */
const MAX_UPRIGHT_COLUMNS = 6;

export const chartKindFor = (indicators: number): ChartKind => (indicators > MAX_UPRIGHT_COLUMNS ? "bar" : "column");

/** Bars are drawn from the bottom up: their rows go in reverse so that the chart reads in the table's order. */
export const inDrawingOrder = <T>(items: readonly T[], kind: ChartKind): T[] => (kind === "bar" || kind === "bar-stacked-100" ? [...items].reverse() : [...items]);

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

