/**
 * What a live check keeps from the last full analysis: the workbook as read, the analysis, and for
 * each sheet that holds an indicator table or telephony figures the last row of its header. An edit
 * at or above that row can change what the table is (its columns, its year): it needs a full read.
 */
import { analyzeWorkbook, type AnalyzeOptions, type AnalyzeOutcome } from "../analysis/analyze-workbook";
import type { Analysis } from "../analysis/types";
import type { WorkbookSnapshot } from "../snapshot";
import { locateTables } from "../tables";
import { findHeader, HEADER_GRID_ROWS } from "../telephony/headers";
import { withMergedHeaderText } from "../telephony/merged-header";
import { sheetGrid } from "../telephony/read-sheet";

export interface LiveBaseline {
  readonly snapshot: WorkbookSnapshot;
  readonly options: AnalyzeOptions;
  readonly analysis: Analysis;
  /** Sheet name → last header row (1-based) of the tables or telephony figures it holds. */
  readonly headerRows: ReadonlyMap<string, number>;
}

export type BaselineOutcome = { readonly ok: true; readonly baseline: LiveBaseline } | Extract<AnalyzeOutcome, { ok: false }>;

export function liveBaseline(snapshot: WorkbookSnapshot, options: AnalyzeOptions = {}): BaselineOutcome {
  const outcome = analyzeWorkbook(snapshot, options);
  if (!outcome.ok) return outcome;
  return { ok: true, baseline: baselineOf(snapshot, options, outcome.analysis) };
}

export function baselineOf(snapshot: WorkbookSnapshot, options: AnalyzeOptions, analysis: Analysis): LiveBaseline {
  return { snapshot, options, analysis, headerRows: headerRowsOf(snapshot) };
}

function headerRowsOf(snapshot: WorkbookSnapshot): Map<string, number> {
  const rows = new Map<string, number>();
  const keep = (sheet: string, row: number) => rows.set(sheet, Math.max(row, rows.get(sheet) ?? 0));
  for (const table of locateTables(snapshot)) keep(table.sheet, table.headerRow);
  for (const sheet of snapshot.sheets) {
    if (sheet.generatedTag !== null) continue;
    const header = findHeader(withMergedHeaderText(sheet, sheetGrid(sheet, HEADER_GRID_ROWS)));
    if (header !== null && header.row >= 0) keep(sheet.name, sheet.origin.row + header.row);
  }
  return rows;
}
