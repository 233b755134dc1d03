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

/**
 * Lines a short text takes in a column, wrapped as Excel wraps it: between words and after a hyphen, a word
 * wider than the column cut where it must (« Sous-préfecture de Saint-Flour » in a column 10 wide: 4 lines).
 */
export function wrappedLines(text: string, width: number): number {
  const usable = Math.max(1, Math.floor(width * 1.2) - 1);
  return text.split("\n").reduce((lines, paragraph) => {
    let count = 1;
    let line = 0;
    for (const word of paragraph.split(" ").filter((part) => part !== "")) {
      word.split(/(?<=-)/).forEach((piece, index) => {
        const joined = line + (index === 0 ? 1 : 0) + piece.length;
        if (line > 0 && joined > usable) {
          count += 1;
          line = 0;
        }
        if (piece.length > usable) {
          count += Math.ceil(piece.length / usable) - 1;
          line = piece.length % usable || usable;
        } else {
          line = line === 0 ? piece.length : line + (index === 0 ? 1 : 0) + piece.length;
        }
      });
    }
    return lines + count;
  }, 0);
}

/** Excel's tallest row, in points. */
export const MAX_ROW_HEIGHT = 409;

/** Row height in points for a number of lines of 11-point text. */
export function heightForLines(lines: number, pointsPerLine = 15): number {
  return Math.min(MAX_ROW_HEIGHT, Math.max(1, lines) * pointsPerLine + 3);
}
