/**
 * What a live check keeps from the last full analysis: the workbook as read, the analysis, what the
 * analysis found sheet by sheet (its memo), and for each sheet that holds an indicator table or telephony
 * figures the last row of its header. An edit at or above that row can change what the table is (its
 * columns, its year): it needs a full read.
 */
import { analyzeWorkbook, type AnalyzeOptions, type AnalyzeOutcome } from "../analysis/analyze-workbook";
import { AnalysisMemo } from "../analysis/memo";
import type { Analysis } from "../analysis/types";
import type { SheetSnapshot, WorkbookSnapshot } from "../snapshot";
import { findHeader, HEADER_GRID_ROWS } from "../telephony/headers";
import { withMergedHeaderText } from "../telephony/merged-header";
import { sheetGrid } from "../telephony/read-sheet";

export interface LiveBaseline {
  readonly snapshot: WorkbookSnapshot;
  readonly options: AnalyzeOptions;
  readonly analysis: Analysis;
  readonly memo: LiveMemo;
}

export type BaselineOutcome = { readonly ok: true; readonly baseline: LiveBaseline } | Extract<AnalyzeOutcome, { ok: false }>;

/** The analysis's memo, and each sheet's last header row found once per sheet snapshot. */
export class LiveMemo {
  readonly analysis = new AnalysisMemo();
  private readonly headers = new WeakMap<SheetSnapshot, number | null>();

  /** The last header row (1-based) of the tables or telephony figures the sheet holds; null when none. */
  headerRow(sheet: SheetSnapshot): number | null {
    if (sheet.generatedTag !== null) return null;
    if (!this.headers.has(sheet)) this.headers.set(sheet, this.findHeaderRow(sheet));
    return this.headers.get(sheet) as number | null;
  }

  private findHeaderRow(sheet: SheetSnapshot): number | null {
    const rows = this.analysis.sheetTables(sheet).map((table) => table.headerRow);
    const header = findHeader(withMergedHeaderText(sheet, sheetGrid(sheet, HEADER_GRID_ROWS)));
    if (header !== null && header.row >= 0) rows.push(sheet.origin.row + header.row);
    return rows.length === 0 ? null : Math.max(...rows);
  }
}

export function liveBaseline(snapshot: WorkbookSnapshot, options: AnalyzeOptions = {}): BaselineOutcome {
  const memo = new LiveMemo();
  const outcome = analyzeWorkbook(snapshot, options, memo.analysis);
  if (!outcome.ok) return outcome;
  return { ok: true, baseline: { snapshot, options, analysis: outcome.analysis, memo } };
}
