/** One exceljs worksheet → one sheet snapshot: the used range as a dense rectangle, merges, visibility. */
import type ExcelJS from "exceljs";
import { parseA1 } from "../domain/address";
import { EMPTY_CELL, type Cell, type CellRange, type SheetSnapshot } from "../domain/snapshot";
import { readCell } from "./read-cell";

interface Bounds {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export function readSheet(worksheet: ExcelJS.Worksheet, generatedTag: string | null): SheetSnapshot {
  const merges = readMerges(worksheet);
  const filled = readFilledCells(worksheet);
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

const key = (row: number, column: number): string => `${row}:${column}`;

interface FilledCell {
  readonly row: number;
  readonly column: number;
  readonly cell: Cell;
}

/** The cells that hold something (a value or a formula), with their position. */
function readFilledCells(worksheet: ExcelJS.Worksheet): Map<string, FilledCell> {
  const filled = new Map<string, FilledCell>();
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (source, columnNumber) => {
      const cell = readCell(source);
      if (cell.value === null && cell.formula === null) return;
      filled.set(key(rowNumber, columnNumber), { row: rowNumber, column: columnNumber, cell });
    });
  });
  return filled;
}

/** The smallest rectangle holding every filled cell and every merged area that starts on one. */
function usedBounds(filled: Map<string, FilledCell>, merges: readonly CellRange[]): Bounds | null {
  let bounds: Bounds | null = null;
  const include = (range: CellRange): void => {
    bounds = bounds
      ? {
          top: Math.min(bounds.top, range.top),
          left: Math.min(bounds.left, range.left),
          bottom: Math.max(bounds.bottom, range.bottom),
          right: Math.max(bounds.right, range.right),
        }
      : { ...range };
  };
  for (const { row, column } of filled.values()) include({ top: row, left: column, bottom: row, right: column });
  for (const merge of merges) if (filled.has(key(merge.top, merge.left))) include(merge);
  return bounds;
}

function denseRows(filled: Map<string, FilledCell>, bounds: Bounds): Cell[][] {
  const rows: Cell[][] = [];
  for (let row = bounds.top; row <= bounds.bottom; row++) {
    const line: Cell[] = [];
    for (let column = bounds.left; column <= bounds.right; column++) {
      line.push(filled.get(key(row, column))?.cell ?? EMPTY_CELL);
    }
    rows.push(line);
  }
  return rows;
}

function readMerges(worksheet: ExcelJS.Worksheet): CellRange[] {
  const ranges: CellRange[] = [];
  for (const text of worksheet.model.merges ?? []) {
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
