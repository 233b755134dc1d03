/** Small builders for planned cells, so that sheet planners read as layouts. */
import type { PlannedCell, PlannedLink } from "./plan";

export function textCell(row: number, column: number, text: string, style?: string, link?: PlannedLink): PlannedCell {
  return { row, column, value: { kind: "text", text }, ...(style ? { style } : {}), ...(link ? { link } : {}) };
}

export function numberCell(row: number, column: number, number: number, style?: string): PlannedCell {
  return { row, column, value: { kind: "number", number }, ...(style ? { style } : {}) };
}

/** A full-width row: its cell and the merge that spans the table. */
export function spanRange(row: number, left: number, right: number) {
  return { top: row, left, bottom: row, right };
}

/** Printed lines a wrapped text needs in a column of `width` characters (at least 1). */
export function linesNeeded(text: string, width: number): number {
  // Calibri 11 averages about 6 pixels a character against 7 for a column-width unit.
  const usable = Math.max(1, Math.floor(width * 1.2) - 1);
  return text
    .split("\n")
    .reduce((lines, paragraph) => lines + Math.max(1, Math.ceil(paragraph.length / usable)), 0);
}

/** Excel's tallest row, in points. */
export const MAX_ROW_HEIGHT = 409;

/** Row height in points for a number of lines of 11-point text. */
export function heightForLines(lines: number, pointsPerLine = 15): number {
  return Math.min(MAX_ROW_HEIGHT, Math.max(1, lines) * pointsPerLine + 3);
}
