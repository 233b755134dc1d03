/** Merged cells: Excel keeps the value in the top-left cell only. */
import { cellAt, type Cell, type SheetSnapshot } from "../snapshot";

/** The cell that carries the value shown at (row, column): the top-left of its merge, or itself. */
export function shownCell(sheet: SheetSnapshot, row: number, column: number): Cell {
  const merge = sheet.merges.find(
    (range) => row >= range.top && row <= range.bottom && column >= range.left && column <= range.right,
  );
  return merge ? cellAt(sheet, merge.top, merge.left) : cellAt(sheet, row, column);
}
