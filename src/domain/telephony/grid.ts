/**
 * The one shape both sources are read through: a sheet's cells or a text's fields,
 * as a 2D grid, with a callback that says where a grid cell is for the user.
 */

export interface GridCell {
  /** The text as shown (a sheet cell's text, a text field as written). */
  readonly text: string;
  /** A sheet cell's number value; null for text fields and non-numeric cells. */
  readonly number: number | null;
  /** A sheet cell's number format ("General" for text fields). */
  readonly numberFormat: string;
  /** The Excel error a sheet cell holds ("#N/A"), else null. */
  readonly error: string | null;
  /** A sheet cell's formula, else null. */
  readonly formula: string | null;
}

export type Grid = readonly (readonly GridCell[])[];

/** Where a grid cell is: a sheet and A1 cell (and its 1-based sheet row), or a 1-based text line. */
export interface GridLocation {
  readonly sheet: string | null;
  readonly cell: string | null;
  readonly row?: number;
  readonly line?: number;
}

/** From 0-based grid row and column to the user's location. */
export type Locate = (gridRow: number, gridColumn: number) => GridLocation;

export const EMPTY_GRID_CELL: GridCell = Object.freeze({
  text: "",
  number: null,
  numberFormat: "General",
  error: null,
  formula: null,
});

export function gridCell(grid: Grid, row: number, column: number): GridCell {
  return grid[row]?.[column] ?? EMPTY_GRID_CELL;
}

export function isBlankCell(cell: GridCell): boolean {
  return cell.number === null && cell.error === null && cell.text.trim() === "";
}

export function textCell(text: string): GridCell {
  return { ...EMPTY_GRID_CELL, text };
}
