/** Excel's grid since Excel 2007: 1,048,576 rows, 16,384 columns (A to XFD). */
export const MAX_ROW = 1_048_576;
export const MAX_COLUMN = 16_384;

/** False for a row or column no cell can be in (0, past the grid, or not a number at all). */
export const inGrid = (row: number, column: number): boolean => row >= 1 && row <= MAX_ROW && column >= 1 && column <= MAX_COLUMN;
