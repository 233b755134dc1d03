/** Reads the rows under a telephony header: what each row is, before any check. */
import { foldText } from "./normalize";
import { gridCell, type Grid, type GridCell } from "./grid";
import type { MonthRef } from "./months";
import { readMonthCell } from "./month-cell";
import { parseCallFigure } from "./call-figure";
import type { TelephonyHeader } from "./headers";

export type FigureReading =
  | { readonly state: "empty" }
  | { readonly state: "number"; readonly value: number; readonly raw: string }
  | { readonly state: "unreadable"; readonly raw: string };

export interface MonthRow {
  readonly kind: "month";
  /** 0-based grid row. */
  readonly index: number;
  readonly ref: MonthRef;
  readonly received: FigureReading;
  readonly answered: FigureReading;
  readonly lost: FigureReading;
}

export type TableRow =
  | MonthRow
  | { readonly kind: "total"; readonly index: number }
  | { readonly kind: "unreadable_month"; readonly index: number; readonly raw: string }
  /** Blank rows, notes and month rows whose figures are all empty (a template not filled in yet); a row left out of the grid is not listed. */
  | { readonly kind: "skip"; readonly index: number; readonly ref?: MonthRef };

const SUMMARY_ROW = /^(total|totaux|sous-total|cumul|moyenne|ensemble|annee|synthese)\b/;

/** "Total", "Sous-total", "Cumul"…: a summary row's label, not a month nor a site. */
export const isSummaryLabel = (text: string): boolean => SUMMARY_ROW.test(foldText(text));

const EMPTY_FIGURE: FigureReading = Object.freeze({ state: "empty" });

/** Beyond this, a call count is not a count but a slip (or a date or a phone number in the wrong column). */
const LARGEST_FIGURE = 1e12;

export function readFigure(cell: GridCell): FigureReading {
  if (cell.error !== null) return { state: "unreadable", raw: cell.error };
  const raw = cell.number === null ? cell.text.trim() : cell.text.trim() || String(cell.number);
  if (raw === "" && cell.number === null) return EMPTY_FIGURE;
  const value = cell.number ?? parseCallFigure(raw);
  if (value === null || !Number.isFinite(value) || Math.abs(value) > LARGEST_FIGURE) return { state: "unreadable", raw };
  return { state: "number", value, raw };
}

export function readRows(grid: Grid, header: TelephonyHeader): TableRow[] {
  const { columns } = header;
  const figure = (index: number, column: number | null): FigureReading =>
    column === null ? EMPTY_FIGURE : readFigure(gridCell(grid, index, column));
  const rows: TableRow[] = [];
  for (let index = header.row + 1; index < grid.length; index++) {
    // A row with no cell at all (another site's or another year's, left out of the grid) names no month and is not listed:
    // a site's reading of a sheet of five sites over ten years lists its few hundred rows, not the sheet's thousands.
    if ((grid[index]?.length ?? 0) === 0) continue;
    const label = gridCell(grid, index, columns.month);
    const received = figure(index, columns.received);
    const answered = figure(index, columns.answered);
    const lost = figure(index, columns.lost);
    const hasFigures = received.state !== "empty" || answered.state !== "empty" || lost.state !== "empty";
    if (SUMMARY_ROW.test(foldText(label.text))) {
      rows.push({ kind: "total", index });
      continue;
    }
    const ref = readMonthCell(label);
    if (!hasFigures) rows.push(ref === null ? { kind: "skip", index } : { kind: "skip", index, ref });
    else if (ref === null) rows.push({ kind: "unreadable_month", index, raw: label.error ?? label.text.trim() });
    else rows.push({ kind: "month", index, ref, received, answered, lost });
  }
  return rows;
}
