/** Sizes the planner needs to lay charts out across the table's width. */

/** A column width in characters as pixels (Calibri 11: 7 pixels a character, plus padding). */
export const columnPixels = (width: number): number => Math.trunc(width * 7 + 5);

export const pixelsToPoints = (pixels: number): number => pixels * 0.75;

export const DEFAULT_ROW_POINTS = 15;
