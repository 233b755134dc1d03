/**
 * One worksheet's content → one sheet snapshot: the used range as a dense rectangle, merges, visibility; no
 * cells but its extent past MAX_SHEET_CELLS (sheet-extent.ts), with the stray cell when one alone is the cause.
 */
import { oversizedExtent, strayCell } from "../domain/sheet-extent";
import { EMPTY_CELL, type Cell, type CellRange, type SheetSnapshot } from "../domain/snapshot";
import type { FilledRow, WorksheetContent } from "./read/worksheet-part";

interface Bounds {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface SheetHeading {
  readonly name: string;
  readonly visible: boolean;
  readonly generatedTag: string | null;
}

export function sheetSnapshot({ name, visible, generatedTag }: SheetHeading, { rows, merges }: WorksheetContent): SheetSnapshot {
  const bounds = usedBounds(rows, merges);
  const origin = bounds ? { row: bounds.top, column: bounds.left } : { row: 1, column: 1 };
  const oversized = bounds && oversizedExtent(bounds);
  if (oversized) {
    const stray = strayCell(filledAreas(rows, merges));
    return { name, origin, cells: [], merges, generatedTag, visible, oversized: stray === null ? oversized : { ...oversized, strayCell: stray } };
  }
  return { name, origin, cells: bounds ? denseRows(rows, bounds) : [], merges, generatedTag, visible };
}

/** Each filled cell as the rectangle it takes: its merged area when it starts one, itself otherwise. */
function* filledAreas(filled: readonly FilledRow[], merges: readonly CellRange[]): Generator<CellRange> {
  const mergeAt = new Map(merges.map((merge) => [`${merge.top}:${merge.left}`, merge]));
  for (const { row, columns } of filled) {
    for (const column of columns) yield (mergeAt.size === 0 ? undefined : mergeAt.get(`${row}:${column}`)) ?? { top: row, left: column, bottom: row, right: column };
  }
}

/** The smallest rectangle holding every filled cell and every merged area that starts on one. */
function usedBounds(filled: readonly FilledRow[], merges: readonly CellRange[]): Bounds | null {
  if (filled.length === 0) return null;
  // Rows, and each row's cells, come in ascending order (worksheet-part.ts).
  const bounds: Bounds = { top: filled[0].row, left: Infinity, bottom: filled[filled.length - 1].row, right: -Infinity };
  for (const { columns } of filled) {
    bounds.left = Math.min(bounds.left, columns[0]);
    bounds.right = Math.max(bounds.right, columns[columns.length - 1]);
  }
  const byRow = merges.length === 0 ? null : new Map(filled.map((line) => [line.row, line]));
  for (const merge of merges) {
    if (!byRow?.get(merge.top)?.columns.includes(merge.left)) continue;
    bounds.top = Math.min(bounds.top, merge.top);
    bounds.left = Math.min(bounds.left, merge.left);
    bounds.bottom = Math.max(bounds.bottom, merge.bottom);
    bounds.right = Math.max(bounds.right, merge.right);
  }
  return bounds;
}

function denseRows(filled: readonly FilledRow[], bounds: Bounds): Cell[][] {
  const width = bounds.right - bounds.left + 1;
  const rows: Cell[][] = [];
  let next = 0;
  for (let row = bounds.top; row <= bounds.bottom; row++) {
    const line = new Array<Cell>(width).fill(EMPTY_CELL);
    const source = filled[next];
    if (source !== undefined && source.row === row) {
      const { columns, cells } = source;
      for (let index = 0; index < columns.length; index++) line[columns[index] - bounds.left] = cells[index];
      next++;
    }
    rows.push(line);
  }
  return rows;
}
