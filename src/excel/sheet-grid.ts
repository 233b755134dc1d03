/**
 * Shapes a sheet's cells as the file reader does: the used range grown to cover merged areas starting on a
 * filled cell; no cells but its extent when that passes MAX_SHEET_CELLS (sheet-extent.ts).
 */
import { oversizedExtent } from "../domain/sheet-extent";
import { EMPTY_CELL, type Cell, type CellRange, type OversizedExtent } from "../domain/snapshot";

export interface Grid {
  readonly origin: { readonly row: number; readonly column: number };
  readonly cells: readonly (readonly Cell[])[];
  readonly oversized?: OversizedExtent;
}

const filled = (cell: Cell | undefined): boolean => cell !== undefined && (cell.value !== null || cell.formula !== null);

export function growToMerges(grid: Grid, merges: readonly CellRange[]): Grid {
  if (grid.cells.length === 0) return grid;
  const at = (row: number, column: number) => grid.cells[row - grid.origin.row]?.[column - grid.origin.column];
  let top = grid.origin.row;
  let left = grid.origin.column;
  let bottom = top + grid.cells.length - 1;
  let right = left + grid.cells[0].length - 1;
  for (const merge of merges) {
    if (!filled(at(merge.top, merge.left))) continue;
    top = Math.min(top, merge.top);
    left = Math.min(left, merge.left);
    bottom = Math.max(bottom, merge.bottom);
    right = Math.max(right, merge.right);
  }
  if (top === grid.origin.row && left === grid.origin.column && bottom === top + grid.cells.length - 1 && right === left + grid.cells[0].length - 1) return grid;
  const oversized = oversizedExtent({ top, left, bottom, right });
  if (oversized !== null) return { origin: { row: top, column: left }, cells: [], oversized };
  const cells: Cell[][] = [];
  for (let row = top; row <= bottom; row++) {
    const line: Cell[] = [];
    for (let column = left; column <= right; column++) line.push(at(row, column) ?? EMPTY_CELL);
    cells.push(line);
  }
  return { origin: { row: top, column: left }, cells };
}
