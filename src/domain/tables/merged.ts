/** Merged cells: Excel keeps the value in the top-left cell only. */
import { cellAt, type Cell, type CellRange, type SheetSnapshot } from "../snapshot";

interface MergesIndex {
  readonly byRow: Map<number, CellRange[]>;
  readonly tall: CellRange[];
}

/** Merges are looked up row by row: group them by the rows they cover, once per sheet. */
const indexes = new WeakMap<SheetSnapshot, MergesIndex>();

/** A merge taller than this (a whole-column banner) is not worth indexing row by row. */
const INDEXED_HEIGHT = 1000;

function mergesIndex(sheet: SheetSnapshot): MergesIndex {
  let index = indexes.get(sheet);
  if (index === undefined) {
    index = { byRow: new Map(), tall: [] };
    for (const range of sheet.merges) {
      if (range.bottom - range.top >= INDEXED_HEIGHT) index.tall.push(range);
      else for (let row = range.top; row <= range.bottom; row++) index.byRow.set(row, [...(index.byRow.get(row) ?? []), range]);
    }
    indexes.set(sheet, index);
  }
  return index;
}

const covers = (range: CellRange, row: number, column: number): boolean =>
  row >= range.top && row <= range.bottom && column >= range.left && column <= range.right;

/** The merged area that covers (row, column), null when the cell is not merged. */
export function mergeAt(sheet: SheetSnapshot, row: number, column: number): CellRange | null {
  const index = mergesIndex(sheet);
  return index.byRow.get(row)?.find((range) => covers(range, row, column)) ?? index.tall.find((range) => covers(range, row, column)) ?? null;
}

/**
 * The cell that carries the value shown at (row, column): the top-left of its merge, or itself.
 * A merged cell's text belongs to every cell of the merge: `Indicateur` merged over A1:A2 is read in A2 too.
 */
export function shownCell(sheet: SheetSnapshot, row: number, column: number): Cell {
  const merge = mergeAt(sheet, row, column);
  return merge ? cellAt(sheet, merge.top, merge.left) : cellAt(sheet, row, column);
}

/** True when (row, column) lies in a merge that starts on an earlier row: its text is the row above's. */
export function continuesMergeFromAbove(sheet: SheetSnapshot, row: number, column: number): boolean {
  const merge = mergeAt(sheet, row, column);
  return merge !== null && merge.top < row;
}

/** True when (row, column) lies in a merge that starts in a column to its left: its text is the left cell's. */
export function continuesMergeFromLeft(sheet: SheetSnapshot, row: number, column: number): boolean {
  const merge = mergeAt(sheet, row, column);
  return merge !== null && merge.left < column;
}

/** The words shown at (row, column), a merge's text in every cell of the merge; a number as its digits (a year, whatever its format). */
export function shownText(sheet: SheetSnapshot, row: number, column: number): string {
  const cell = shownCell(sheet, row, column);
  if (typeof cell.value === "number") return String(cell.value);
  if (typeof cell.value === "string") return cell.value.trim();
  return cell.text.trim();
}
