/** A telephony sheet of the workbook, read through the common grid reader. */
import { a1 } from "../address";
import { isExcelError, type Cell, type SheetSnapshot } from "../snapshot";
import type { Grid, GridCell, Locate } from "./grid";
import { findHeader, HEADER_GRID_ROWS } from "./headers";
import { yearIn } from "./normalize";
import { readTelephonyTable } from "./read-table";
import type { TelephonyOptions, TelephonyReading } from "./reading";

export function toGridCell(cell: Cell): GridCell {
  const { value } = cell;
  const base = { numberFormat: cell.numberFormat, formula: cell.formula };
  if (isExcelError(value)) return { ...base, text: cell.text || value.error, number: null, error: value.error };
  if (typeof value === "number") return { ...base, text: cell.text || String(value), number: value, error: null };
  const text = value === null ? cell.text : typeof value === "string" ? value : cell.text || String(value);
  return { ...base, text, number: null, error: null };
}

/** The sheet's used range as a grid, or only its first `rows` rows. */
export function sheetGrid(sheet: SheetSnapshot, rows = Infinity): Grid {
  return sheet.cells.slice(0, rows).map((row) => row.map(toGridCell));
}

export function sheetLocate(sheet: SheetSnapshot): Locate {
  return (gridRow, gridColumn) => {
    const row = sheet.origin.row + gridRow;
    return { sheet: sheet.name, cell: a1(row, sheet.origin.column + gridColumn), row };
  };
}

/** A year in the rows above the header ("Téléphonie 2021", "Statistiques 2021"). */
export function titleYear(grid: Grid, headerRow: number): number | null {
  for (let row = 0; row < headerRow; row++) {
    for (const cell of grid[row] ?? []) {
      const year = cell.number === null ? yearIn(cell.text) : null;
      if (year !== null) return year;
    }
  }
  return null;
}

/** Null when the sheet has no month column and received column; else the months and their problems. */
export function readTelephonySheet(sheet: SheetSnapshot, options: TelephonyOptions): TelephonyReading | null {
  if (findHeader(sheetGrid(sheet, HEADER_GRID_ROWS)) === null) return null;
  const grid = sheetGrid(sheet);
  const header = findHeader(grid);
  if (header === null) return null;
  const contextYear = yearIn(sheet.name) ?? titleYear(grid, header.row);
  return readTelephonyTable(grid, header, sheetLocate(sheet), { ...options, contextYear, sheet: sheet.name });
}
