/**
 * Sizes the planner needs for print: pixel widths of columns, and an estimate of how much of a sheet one
 * landscape A4 page holds when fitted to one page wide (Excel's default margins, which the writer keeps).
 */

import type { PlannedSheet } from "./plan";

export const DEFAULT_ROW_POINTS = 15;

/** How every generated sheet prints: A4 landscape, one page wide, its header row repeated on each page. */
export function landscapePrint(headerRow: number): PlannedSheet["print"] {
  return { orientation: "landscape", paper: "A4", fitToOnePageWide: true, repeatRows: { first: headerRow, last: headerRow } };
}

/** A column width in characters as pixels (Calibri 11: 7 pixels a character, plus padding). */
export const columnPixels = (width: number): number => Math.trunc(width * 7 + 5);

export const pixelsToPoints = (pixels: number): number => pixels * 0.75;

const A4_LANDSCAPE = { width: 842, height: 595 } as const;
const MARGINS = { side: 0.7 * 72, topBottom: 0.75 * 72 } as const;
/** Room left for what the estimate cannot know (the viewer's rounding of widths and heights). */
const SAFETY = 0.98;

/** Height of sheet content, in points before scaling, that one landscape A4 page holds at one page wide. */
export function landscapePageCapacity(columnWidths: readonly number[]): number {
  const contentWidth = pixelsToPoints(columnWidths.reduce((sum, width) => sum + columnPixels(width), 0));
  // Excel prints at a whole percentage, rounded down.
  const scale = Math.min(100, Math.floor((100 * (A4_LANDSCAPE.width - 2 * MARGINS.side)) / contentWidth)) / 100;
  return ((A4_LANDSCAPE.height - 2 * MARGINS.topBottom) / scale) * SAFETY;
}

/**
 * Whether rows `first`..`last` would be split across two printed pages, pages breaking between rows,
 * the pages after the first starting with the repeated header.
 */
export function wouldSplit(
  rowHeight: (row: number) => number,
  first: number,
  last: number,
  capacity: number,
  repeatedHeader: number,
): boolean {
  let used = 0;
  let pageOfFirst = 0;
  let page = 0;
  for (let row = 1; row <= last; row++) {
    const height = rowHeight(row);
    if (used + height > capacity) {
      page++;
      used = repeatedHeader;
    }
    used += height;
    if (row === first) pageOfFirst = page;
  }
  return page !== pageOfFirst;
}
