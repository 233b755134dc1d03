/**
 * Stored marks moved with their cells when rows, columns or cells are inserted or deleted: onChanged gives
 * RowInserted, RowDeleted, ColumnInserted or ColumnDeleted with the address of the rows or columns
 * (https://learn.microsoft.com/javascript/api/excel/excel.worksheetchangedeventargs,
 * https://learn.microsoft.com/javascript/api/excel/excel.datachangetype), and CellInserted or CellDeleted with
 * the cells' address and, from ExcelApi 1.14, `changeDirectionState`: the direction the other cells shifted
 * (https://learn.microsoft.com/javascript/api/excel/excel.changedirectionstate). A mark whose cell was deleted is
 * dropped. A change that cannot be placed (several areas, cells shifted with no direction given) moves nothing:
 * the restore reads each cell first and paints only one that wears a mark (mark-format.ts, restorable).
 */
import { a1, parseA1 } from "../domain/address";
import { parseRange, splitAreas } from "./addresses";
import { rowsOf, type RowSpan } from "./changed-rows";
import type { StoredMark } from "./mark-format";
import { current, MARKS_KEY, readMarks, sheetsNow } from "./marks";

export interface CellsMoved {
  readonly changeType: string;
  readonly address: string;
  readonly worksheetId: string;
  /** changeDirectionState's insertShiftDirection or deleteShiftDirection, for CellInserted and CellDeleted. */
  readonly shift?: string;
}

interface Move {
  /** The rows (shift "row") or columns (shift "column") inserted or deleted… */
  readonly span: RowSpan;
  /** …across these columns (or rows); every one for whole rows or columns. */
  readonly across: RowSpan;
  readonly axis: "row" | "column";
  readonly inserted: boolean;
}

const EVERY: RowSpan = { first: 1, last: Number.MAX_SAFE_INTEGER };

/** The columns of "C:D" or "C1:D1048576". */
function columnsOf(address: string): RowSpan | null {
  const letters = /^\$?([A-Za-z]{1,3}):\$?([A-Za-z]{1,3})$/.exec(address.trim());
  const range = letters ? parseRange(`${letters[1]}1:${letters[2]}1`) : parseRange(address);
  return range === null ? null : { first: range.left, last: range.right };
}

function moveOf(event: CellsMoved): Move | null {
  const kind = /^(Row|Column|Cell)(Inserted|Deleted)$/.exec(event.changeType);
  const areas = splitAreas(event.address);
  if (kind === null || areas.length !== 1) return null;
  const inserted = kind[2] === "Inserted";
  if (kind[1] === "Row") {
    const span = rowsOf(areas[0]);
    return span === null ? null : { span, across: EVERY, axis: "row", inserted };
  }
  if (kind[1] === "Column") {
    const span = columnsOf(areas[0]);
    return span === null ? null : { span, across: EVERY, axis: "column", inserted };
  }
  const range = parseRange(areas[0]);
  const vertical = inserted ? event.shift === "Down" : event.shift === "Up";
  const horizontal = inserted ? event.shift === "Right" : event.shift === "Left";
  if (range === null || !(vertical || horizontal)) return null;
  const rows = { first: range.top, last: range.bottom };
  const columns = { first: range.left, last: range.right };
  return vertical ? { span: rows, across: columns, axis: "row", inserted } : { span: columns, across: rows, axis: "column", inserted };
}

/** Where a row or column index is after the move; null when it was deleted. */
function moved(index: number, { span, inserted }: Move): number | null {
  const count = span.last - span.first + 1;
  if (inserted) return index >= span.first ? index + count : index;
  if (index < span.first) return index;
  return index > span.last ? index - count : null;
}

/** The marks after the moves, in their order; `changed` when one moved or was dropped. */
export function moveMarks(marks: readonly StoredMark[], events: readonly CellsMoved[]): { marks: StoredMark[]; changed: boolean } {
  let changed = false;
  let current = [...marks];
  for (const event of events) {
    const move = moveOf(event);
    if (move === null) continue;
    current = current.flatMap((mark) => {
      const at = parseA1(mark.cell);
      if (mark.sheetId !== event.worksheetId || at === null) return [mark];
      const [along, across] = move.axis === "row" ? [at.row, at.column] : [at.column, at.row];
      if (across < move.across.first || across > move.across.last) return [mark];
      const index = moved(along, move);
      if (index === null) {
        changed = true;
        return [];
      }
      const cell = move.axis === "row" ? a1(index, at.column) : a1(at.row, index);
      if (cell === mark.cell.toUpperCase()) return [mark];
      changed = true;
      return [{ ...mark, cell }];
    });
  }
  return { marks: current, changed };
}

/**
 * Queued: the stored marks (the setting, loaded) moved with their cells, written with the next sync when one
 * moved or was dropped; true when so. Nothing when marks are off or none moved.
 */
export function queueFollowMoves(context: Excel.RequestContext, setting: Excel.Setting, sheets: readonly { readonly id: string; readonly name: string }[], events: readonly CellsMoved[]): boolean {
  if (setting.isNullObject) return false;
  const after = storedMarksMoved(setting, sheets, events);
  if (after.changed) context.workbook.settings.add(MARKS_KEY, JSON.stringify(after.marks));
  return after.changed;
}

/** The stored marks (the setting, loaded), each under its sheet's id of today, after the moves. */
export function storedMarksMoved(setting: Excel.Setting, sheets: readonly { readonly id: string; readonly name: string }[], events: readonly CellsMoved[]): { marks: StoredMark[]; changed: boolean } {
  const now = sheetsNow(sheets);
  const marks = readMarks(setting).map((mark) => {
    const id = now.id(mark);
    return id === null ? mark : current(mark, id, now);
  });
  return moveMarks(marks, events);
}

/** After a whole read: the stored marks moved with their cells, in one sync when one moved, none else. */
export async function followMoves(context: Excel.RequestContext, setting: Excel.Setting, sheets: readonly { readonly id: string; readonly name: string }[], events: readonly CellsMoved[]): Promise<void> {
  if (queueFollowMoves(context, setting, sheets, events)) await context.sync();
}

/** The moves of whole rows the add-in inserts itself ("Down", in their order), as onChanged would give them. */
export function rowsInserted(worksheetId: string, insertions: readonly { readonly row: number; readonly count: number }[]): CellsMoved[] {
  return insertions.map(({ row, count }) => ({ changeType: "RowInserted", address: `${row}:${row + count - 1}`, worksheetId }));
}
