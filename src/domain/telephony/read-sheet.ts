/** A telephony sheet of the workbook, read through the common grid reader. */
import { a1 } from "../address";
import { isExcelError, type Cell, type SheetSnapshot } from "../snapshot";
import type { Grid, GridCell, Locate } from "./grid";
import { findHeader, HEADER_GRID_ROWS, type TelephonyHeader } from "./headers";
import { withMergedHeaderText } from "./merged-header";
import { readMonthCell } from "./month-cell";
import { yearsIn } from "../text/french";
import { readTelephonyTable, scanTelephonyTable, type TableScan } from "./read-table";
import type { TelephonyOptions, TelephonyReading } from "./reading";

export function toGridCell(cell: Cell): GridCell {
  const { value, numberFormat, formula } = cell;
  if (isExcelError(value)) return { text: cell.text || value.error, number: null, numberFormat, error: value.error, formula };
  if (typeof value === "number") return { text: cell.text || String(value), number: value, numberFormat, error: null, formula };
  const text = value === null ? cell.text : typeof value === "string" ? value : cell.text || String(value);
  return { text, number: null, numberFormat, error: null, formula };
}

/** Whole grids, kept while their sheet snapshot lives: telephony, surveys and tables read the same sheet. */
const wholeGrids = new WeakMap<SheetSnapshot, Grid>();

/** The sheet's used range as a grid, or only its first `rows` rows. */
export function sheetGrid(sheet: SheetSnapshot, rows = Infinity): Grid {
  const whole = wholeGrids.get(sheet);
  if (whole !== undefined) return rows >= whole.length ? whole : whole.slice(0, rows);
  if (rows < sheet.cells.length) return sheet.cells.slice(0, rows).map((row) => row.map(toGridCell));
  const grid = sheet.cells.map((row) => row.map(toGridCell));
  wholeGrids.set(sheet, grid);
  return grid;
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
      const year = cell.number === null ? (yearsIn(cell.text)[0] ?? null) : null;
      if (year !== null) return year;
    }
  }
  return null;
}

/** A telephony sheet's table: its grid (rows of other years blanked when a year is asked), header and context year. */
export interface LocatedTelephonyTable {
  readonly grid: Grid;
  readonly header: TelephonyHeader;
  readonly contextYear: number | null;
}

/** Null when the sheet has no month column and received column. */
export function locateTelephonyTable(sheet: SheetSnapshot, options: TelephonyOptions): LocatedTelephonyTable | null {
  const top = findHeader(withMergedHeaderText(sheet, sheetGrid(sheet, HEADER_GRID_ROWS)));
  if (top === null) return null;
  const grid = (options.year !== undefined && gridOfYear(sheet, top, options.year)) || sheetGrid(sheet);
  const header = findHeader(withMergedHeaderText(sheet, grid));
  if (header === null) return null;
  return { grid, header, contextYear: yearsIn(sheet.name)[0] ?? titleYear(grid, header.row) };
}

/** Null when the sheet has no month column and received column; else the months and their problems. */
export function readTelephonySheet(sheet: SheetSnapshot, options: TelephonyOptions): TelephonyReading | null {
  const table = locateTelephonyTable(sheet, options);
  if (table === null) return null;
  return readTelephonyTable(table.grid, table.header, sheetLocate(sheet), { ...options, contextYear: table.contextYear, sheet: sheet.name });
}

/** The sheet's year and valid months as readTelephonySheet finds them without a year, without its issues; null when it is not telephony. */
export function scanTelephonySheet(sheet: SheetSnapshot): TableScan | null {
  const table = locateTelephonyTable(sheet, {});
  return table === null ? null : scanTelephonyTable(table.grid, table.header, table.contextYear);
}

const OTHER_YEAR_ROW: readonly GridCell[] = Object.freeze([]);

/**
 * The grid with the rows dated in another year left blank (same row numbers, so every problem keeps its cell):
 * years of daily figures are read for the one analysed. Null when no row is dated in that year, so that the
 * caller reads the sheet whole and reports what it holds.
 */
export function gridOfYear(sheet: SheetSnapshot, header: TelephonyHeader, year: number): Grid | null {
  const monthColumn = header.columns.month;
  let found = false;
  // The whole sheet's grid cells, read once (the sheet was read whole to know its years): its rows are shared, not copied.
  const grid = sheetGrid(sheet).map((row, index) => {
    if (index <= header.row) return row;
    const label = row[monthColumn];
    const ref = label === undefined ? null : readMonthCell(label);
    if (ref !== null && ref.year !== null && ref.year !== year) return OTHER_YEAR_ROW;
    if (ref?.year === year) found = true;
    return row;
  });
  return found ? grid : null;
}
