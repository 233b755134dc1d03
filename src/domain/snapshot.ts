/**
 * A workbook as read, independent of where it came from (Office.js or an .xlsx file).
 * Both adapters produce exactly this; the domain reads nothing else.
 */

export interface ExcelErrorValue {
  /** The error as Excel spells it: "#N/A", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#NULL!", "#SPILL!", "#CALC!". */
  readonly error: string;
}

/**
 * null for an empty cell; "" only as a formula's cached empty text; a date is its serial number in
 * Excel's 1900 date system (its format shows a day, a month or a year), whichever system the workbook
 * uses: both adapters move a 1904 workbook's dates 1 462 days on (date-system.ts); a time of day or a
 * duration is the same number in both systems and is not moved.
 */
export type CellValue = string | number | boolean | ExcelErrorValue | null;

export interface Cell {
  /** The value, or the cached result of the formula. */
  readonly value: CellValue;
  /** The text Excel displays ("94 %", "1,5"); "" for an empty cell. */
  readonly text: string;
  /** The number format ("General", "0%", "0.00", "dd/mm/yyyy", "@"). */
  readonly numberFormat: string;
  /** The formula ("=B2/C2") or null when the cell holds a constant. */
  readonly formula: string | null;
}

/** 1-based, inclusive. */
export interface CellRange {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/**
 * A sheet whose used rectangle holds more cells than MAX_SHEET_CELLS (sheet-extent.ts): read without its
 * cells, most often because of one value typed far from the table.
 */
export interface OversizedExtent {
  /** 1-based last row and column of the used rectangle: its far corner, where Ctrl+End goes in Excel. */
  readonly lastRow: number;
  readonly lastColumn: number;
  /** The rectangle's cells, rows × columns from `origin`. */
  readonly cells: number;
  /**
   * The one filled cell whose removal brings the sheet under the limit, when the reader can tell (the file
   * reader knows every filled cell; Excel's adapter only the used range's size).
   */
  readonly strayCell?: { readonly row: number; readonly column: number };
}

export interface SheetSnapshot {
  readonly name: string;
  /** 1-based row and column of cells[0][0] (the top-left of the used range). */
  readonly origin: { readonly row: number; readonly column: number };
  /** Rows of the used range, each of the same length; none when the sheet is `oversized`. */
  readonly cells: readonly (readonly Cell[])[];
  readonly merges: readonly CellRange[];
  /** The tag Bilan Qualité put on a sheet it generated ("summary:2021"), null on a user's sheet. */
  readonly generatedTag: string | null;
  readonly visible: boolean;
  /** Set, with no cells, when the used rectangle is past MAX_SHEET_CELLS; absent otherwise. */
  readonly oversized?: OversizedExtent;
}

export interface WorkbookSnapshot {
  readonly sheets: readonly SheetSnapshot[];
}

export const EMPTY_CELL: Cell = Object.freeze({ value: null, text: "", numberFormat: "General", formula: null });

export function isExcelError(value: CellValue): value is ExcelErrorValue {
  return typeof value === "object" && value !== null && "error" in value;
}

/** The cell at a 1-based row and column of the sheet, EMPTY_CELL outside the used range. */
export function cellAt(sheet: SheetSnapshot, row: number, column: number): Cell {
  const line = sheet.cells[row - sheet.origin.row];
  return line?.[column - sheet.origin.column] ?? EMPTY_CELL;
}

/** The last 1-based row and column of the used range (origin - 1 when the sheet is empty). */
export function lastRow(sheet: SheetSnapshot): number {
  return sheet.origin.row + sheet.cells.length - 1;
}

export function lastColumn(sheet: SheetSnapshot): number {
  return sheet.origin.column + (sheet.cells[0]?.length ?? 0) - 1;
}
