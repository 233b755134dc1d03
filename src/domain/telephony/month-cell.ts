/** The month a grid cell names: an Excel date or 1–12 for a number, a French spelling for a text. */
import type { GridCell } from "./grid";
import { readMonthNumber, readMonthText, type MonthRef } from "./months";

export function readMonthCell(cell: GridCell): MonthRef | null {
  if (cell.number !== null) return readMonthNumber(cell.number, cell.numberFormat);
  return readMonthText(cell.text);
}
