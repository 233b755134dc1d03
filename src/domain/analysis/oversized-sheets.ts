/** SHEET_TOO_LARGE: a sheet read without its cells, its used rectangle past MAX_SHEET_CELLS (sheet-extent.ts). */
import { a1 } from "../address";
import { issueAt, type Issue } from "../issues";
import type { WorkbookSnapshot } from "../snapshot";
import { ANALYSIS_MESSAGES } from "./messages";

export function oversizedSheetIssues(snapshot: WorkbookSnapshot): Issue[] {
  return snapshot.sheets.flatMap(({ name, oversized }) => {
    if (oversized === undefined) return [];
    const corner = a1(oversized.lastRow, oversized.lastColumn);
    const stray = oversized.strayCell === undefined ? null : a1(oversized.strayCell.row, oversized.strayCell.column);
    return [issueAt("SHEET_TOO_LARGE", { sheet: name, cell: stray ?? corner }, ANALYSIS_MESSAGES.sheetTooLarge(name, corner, oversized.cells, stray))];
  });
}
