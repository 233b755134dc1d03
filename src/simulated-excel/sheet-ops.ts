/** Reads and edits of the model that several proxies share. */
import type { Rect } from "./addresses";
import { SimError } from "./errors";
import type { SimCell, SimModel, SimSheet } from "./model";
import { cellKey, emptyCell, hasContent, hasFormatting, keyPosition, sameName } from "./model";
import { displayText } from "../xlsx/display-text";
import { to1900Serial, type DateSystem } from "../domain/date-system";

export function sheetById(model: SimModel, id: string): SimSheet {
  const sheet = model.sheets.find((candidate) => candidate.id === id);
  if (!sheet) throw new SimError("ItemNotFound", "The worksheet does not exist (any more).");
  return sheet;
}

export function sheetByKey(model: SimModel, key: string): SimSheet | null {
  return model.sheets.find((sheet) => sheet.id === key || sameName(sheet.name, key)) ?? null;
}

export function assertWritable(sheet: SimSheet): void {
  if (sheet.protected) throw new SimError("AccessDenied", `The worksheet '${sheet.name}' is protected.`);
}

export function readCell(sheet: SimSheet, row: number, column: number): SimCell {
  return sheet.cells.get(cellKey(row, column)) ?? emptyCell();
}

/** What Excel shows: a date as the workbook's date system counts it. */
export function cellText(cell: SimCell, dateSystem: DateSystem): string {
  if (cell.seededText !== null) return cell.seededText;
  const value = typeof cell.value === "number" ? to1900Serial(cell.value, cell.numberFormat, dateSystem) : cell.value;
  return displayText(value, cell.numberFormat);
}

/** The used range: cells with a value or formula (valuesOnly), or also formatted ones; null when empty. */
export function usedRect(sheet: SimSheet, valuesOnly: boolean): Rect | null {
  let top = Infinity;
  let left = Infinity;
  let bottom = 0;
  let right = 0;
  for (const [key, cell] of sheet.cells) {
    if (!hasContent(cell) && (valuesOnly || !hasFormatting(cell))) continue;
    const { row, column } = keyPosition(key);
    top = Math.min(top, row);
    left = Math.min(left, column);
    bottom = Math.max(bottom, row);
    right = Math.max(right, column);
  }
  return bottom === 0 ? null : { top, left, bottom, right };
}

/** Calls visit for every cell of a rectangle, as a 2-D walk (row by row). */
export function mapRect<V>(rect: Rect, visit: (row: number, column: number) => V): V[][] {
  const rows: V[][] = [];
  for (let row = rect.top; row <= rect.bottom; row++) {
    const line: V[] = [];
    for (let column = rect.left; column <= rect.right; column++) line.push(visit(row, column));
    rows.push(line);
  }
  return rows;
}

/** Checks that a 2-D input matches the range's size, as Excel does. */
export function assertShape(rect: Rect, input: unknown, property: string): unknown[][] {
  const rows = rect.bottom - rect.top + 1;
  const columns = rect.right - rect.left + 1;
  if (!Array.isArray(input)) {
    // A single value is applied to every cell.
    return mapRect(rect, () => input);
  }
  const ok = input.length === rows && input.every((line) => Array.isArray(line) && line.length === columns);
  if (!ok) throw new SimError("InvalidArgument", `The number of rows or columns in the input array for '${property}' doesn't match the size or dimensions of the range.`);
  return input as unknown[][];
}

/** Removes rows `fromRow`..`fromRow + count − 1` across the columns and moves what is below up (range.delete("Up")). */
export function shiftRowsUp(sheet: SimSheet, fromRow: number, left: number, right: number, count: number): void {
  const moved = new Map<number, SimCell>();
  for (const [key, cell] of sheet.cells) {
    const { row, column } = keyPosition(key);
    const inColumns = column >= left && column <= right;
    if (inColumns && row >= fromRow && row < fromRow + count) continue;
    moved.set(inColumns && row >= fromRow + count ? cellKey(row - count, column) : key, cell);
  }
  sheet.cells = moved;
  sheet.merges = sheet.merges
    .filter((merge) => !(merge.left >= left && merge.right <= right && merge.top >= fromRow && merge.bottom < fromRow + count))
    .map((merge) => (merge.top >= fromRow + count && merge.left >= left && merge.right <= right ? { ...merge, top: merge.top - count, bottom: merge.bottom - count } : merge));
}

/** Shifts cells and merges at or below `row` down by `count` rows (range.insert("Down") over whole width). */
export function shiftRowsDown(sheet: SimSheet, fromRow: number, left: number, right: number, count: number): void {
  const moved = new Map<number, SimCell>();
  for (const [key, cell] of sheet.cells) {
    const { row, column } = keyPosition(key);
    if (row >= fromRow && column >= left && column <= right) moved.set(cellKey(row + count, column), cell);
    else moved.set(key, cell);
  }
  sheet.cells = moved;
  sheet.merges = sheet.merges.map((merge) =>
    merge.top >= fromRow && merge.left >= left && merge.right <= right ? { ...merge, top: merge.top + count, bottom: merge.bottom + count } : merge,
  );
}

/**
 * Whole columns inserted (`count` > 0, before `fromColumn`) or deleted (`count` < 0, from `fromColumn`): the cells,
 * merges and comments at and right of them move with their columns; those of deleted columns go.
 */
export function shiftColumns(sheet: SimSheet, fromColumn: number, count: number): void {
  const gone = (column: number) => count < 0 && column >= fromColumn && column < fromColumn - count;
  const moved = (column: number) => (column >= fromColumn && !gone(column) ? column + count : column);
  const cells = new Map<number, SimCell>();
  for (const [key, cell] of sheet.cells) {
    const { row, column } = keyPosition(key);
    if (!gone(column)) cells.set(cellKey(row, moved(column)), cell);
  }
  sheet.cells = cells;
  sheet.merges = sheet.merges
    .filter((merge) => !(gone(merge.left) && gone(merge.right)))
    .map((merge) => ({ ...merge, left: gone(merge.left) ? fromColumn : moved(merge.left), right: gone(merge.right) ? fromColumn - 1 : moved(merge.right) }));
  sheet.comments = sheet.comments.filter((comment) => !gone(comment.column));
  for (const comment of sheet.comments) comment.column = moved(comment.column);
}
