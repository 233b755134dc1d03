/** SHEET_TOO_LARGE: a sheet read without its cells, its used rectangle past MAX_SHEET_CELLS (sheet-extent.ts). */
import { a1 } from "../address";
import { issueAt, type Issue } from "../issues";
import type { OversizedExtent, WorkbookSnapshot } from "../snapshot";
import { ANALYSIS_MESSAGES } from "./messages";

/** Where the sheet leads the eye: the stray cell when the reader found it, else the far corner (Ctrl+End). */
export function oversizedCell(oversized: OversizedExtent): string {
  return oversized.strayCell === undefined ? a1(oversized.lastRow, oversized.lastColumn) : a1(oversized.strayCell.row, oversized.strayCell.column);
}

/** Why the sheet was not read and what to do, in French; `use` as ANALYSIS_MESSAGES.sheetTooLarge takes it. */
export function oversizedMessage(sheet: string, oversized: OversizedExtent, use?: Parameters<typeof ANALYSIS_MESSAGES.sheetTooLarge>[4]): string {
  const corner = a1(oversized.lastRow, oversized.lastColumn);
  const stray = oversized.strayCell === undefined ? null : a1(oversized.strayCell.row, oversized.strayCell.column);
  return ANALYSIS_MESSAGES.sheetTooLarge(sheet, corner, oversized.cells, stray, use);
}

export function oversizedSheetIssues(snapshot: WorkbookSnapshot): Issue[] {
  return snapshot.sheets.flatMap(({ name, oversized }) =>
    oversized === undefined ? [] : [issueAt("SHEET_TOO_LARGE", { sheet: name, cell: oversizedCell(oversized) }, oversizedMessage(name, oversized))],
  );
}
