/** One exceljs worksheet → one sheet snapshot: the used range as a dense rectangle, merges, visibility. */
import type ExcelJS from "exceljs";
import { parseA1 } from "../domain/address";
import { EMPTY_CELL, type Cell, type CellRange, type SheetSnapshot } from "../domain/snapshot";
import { readCell } from "./read-cell";
import type { DateSystem } from "../domain/date-system";

interface Bounds {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** `dateSystem`: the workbook's (`<workbookPr date1904>`): its dates come into the snapshot in the 1900 system. */
export function readSheet(worksheet: ExcelJS.Worksheet, generatedTag: string | null, dateSystem: DateSystem): SheetSnapshot {
  const merges = readMerges(worksheet);
  const filled = readFilledCells(worksheet, dateSystem);
  const bounds = usedBounds(filled, merges);
  return {
    name: worksheet.name,
    origin: bounds ? { row: bounds.top, column: bounds.left } : { row: 1, column: 1 },
    cells: bounds ? denseRows(filled, bounds) : [],
    merges,
    generatedTag,
    visible: worksheet.state === undefined || worksheet.state === "visible",
  };
}

/** One row's filled cells, in column order: the columns and the cells side by side. */
interface FilledRow {
  readonly row: number;
  readonly columns: number[];
  readonly cells: Cell[];
}

/** The cells that hold something (a value or a formula), row by row, in the order exceljs keeps them. */
function readFilledCells(worksheet: ExcelJS.Worksheet, dateSystem: DateSystem): FilledRow[] {
  const filled: FilledRow[] = [];
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const line: FilledRow = { row: rowNumber, columns: [], cells: [] };
    row.eachCell({ includeEmpty: false }, (source, columnNumber) => {
      const cell = readCell(source, dateSystem);
      if (cell.value === null && cell.formula === null) return;
      line.columns.push(columnNumber);
      line.cells.push(cell);
    });
    if (line.cells.length > 0) filled.push(line);
  });
  return filled;
}

/** The smallest rectangle holding every filled cell and every merged area that starts on one. */
function usedBounds(filled: readonly FilledRow[], merges: readonly CellRange[]): Bounds | null {
  if (filled.length === 0) return null;
  // exceljs keeps its rows, and each row's cells, by position: rows and columns come in ascending order.
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
  const emptyRow = (): Cell[] => new Array<Cell>(width).fill(EMPTY_CELL);
  let next = 0;
  for (let row = bounds.top; row <= bounds.bottom; row++) {
    const line = emptyRow();
    const source = filled[next];
    if (source !== undefined && source.row === row) {
      source.columns.forEach((column, index) => (line[column - bounds.left] = source.cells[index]));
      next++;
    }
    rows.push(line);
  }
  return rows;
}

/**
 * exceljs lists merged areas publicly only in `worksheet.model`, whose getter serialises every row of the
 * sheet first; `model.merges` is built from the worksheet's `_merges` (master address → Range, exceljs 4.4
 * lib/doc/worksheet.js), read here directly.
 */
function mergedAreas(worksheet: ExcelJS.Worksheet): string[] {
  const merges = (worksheet as unknown as { _merges?: Record<string, { range: string } | undefined> })._merges;
  if (merges === undefined) return worksheet.model.merges ?? [];
  return Object.values(merges).flatMap((merge) => (merge === undefined ? [] : [merge.range]));
}

function readMerges(worksheet: ExcelJS.Worksheet): CellRange[] {
  const ranges: CellRange[] = [];
  for (const text of mergedAreas(worksheet)) {
    const [start, end = start] = String(text).split(":");
    const from = parseA1(start);
    const to = parseA1(end);
    if (!from || !to) continue;
    ranges.push({
      top: Math.min(from.row, to.row),
      left: Math.min(from.column, to.column),
      bottom: Math.max(from.row, to.row),
      right: Math.max(from.column, to.column),
    });
  }
  return ranges.sort((a, b) => a.top - b.top || a.left - b.left);
}
