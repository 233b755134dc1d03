/** Where an indicator table's header is: the first row that reads as one, with its sub-headings. */
import type { SheetSnapshot } from "../snapshot";
import { readHeaderRow, type HeaderRow } from "./header-row";
import { withSubHeader } from "./sub-header";

/** How far below its start (or the end of the previous table) a header row is looked for. */
export const HEADER_SEARCH_ROWS = 30;

/** The first header row between two rows (inclusive), with the row of sub-headings below it if any; null when there is none. */
export function findHeaderRow(sheet: SheetSnapshot, from: number, to: number): HeaderRow | null {
  for (let row = Math.max(from, sheet.origin.row); row <= to; row++) {
    const header = readHeaderRow(sheet, row);
    if (header !== null) return withSubHeader(sheet, header);
  }
  return null;
}
