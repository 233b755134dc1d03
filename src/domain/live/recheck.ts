/**
 * Re-checks the rows a user changed against the baseline kept from the last full read: the changed
 * rows replace theirs in the kept workbook and the engine runs again with the kept memo, without
 * reading the workbook anew: the changed sheet is located again, the changed rows are checked again,
 * everything else is reused. The outcome is the full analysis of the edited workbook (a changed row can
 * make another row a duplicate). A change the kept workbook cannot absorb (a header row, a sheet with
 * no table, a row wider than the used range) asks for a full read.
 */
import { analyzeWorkbook } from "../analysis/analyze-workbook";
import type { Analysis } from "../analysis/types";
import { parseA1 } from "../address";
import type { Issue } from "../issues";
import { EMPTY_CELL, lastRow, type Cell, type SheetSnapshot } from "../snapshot";
import type { LiveBaseline } from "./baseline";
import { issueChanges } from "./issue-changes";

export interface ChangedRow {
  /** 1-based row in the sheet. */
  readonly row: number;
  /** The row's cells from the sheet's first used column, as wide as the kept used range. */
  readonly cells: readonly Cell[];
}

export interface SheetRowsChange {
  readonly sheet: string;
  readonly rows: readonly ChangedRow[];
}

export type RecheckOutcome =
  | { readonly kind: "full"; readonly reason: FullReadReason }
  /** The changes touched no sheet the analysis reads (a report sheet the add-in generated). */
  | { readonly kind: "none" }
  | {
      readonly kind: "rows";
      readonly baseline: LiveBaseline;
      readonly analysis: Analysis;
      /** The problems now in the changed rows, in cell order (shown first). */
      readonly changedRowIssues: readonly Issue[];
      readonly added: readonly Issue[];
      readonly removed: readonly Issue[];
    };

export type FullReadReason = "header" | "unknown-sheet" | "wider" | "no-analysis";

/**
 * What a change from `firstRow` down in a sheet asks for, known before its rows are read: "rows" (re-check
 * them), "generated" (a report sheet the add-in wrote: nothing to check), or why the workbook must be read whole.
 */
export function rowsVerdict(baseline: LiveBaseline, sheetName: string, firstRow: number): FullReadReason | "rows" | "generated" {
  const sheet = baseline.snapshot.sheets.find((candidate) => candidate.name === sheetName);
  if (sheet === undefined) return "unknown-sheet";
  if (sheet.generatedTag !== null) return "generated";
  const headerRow = baseline.memo.headerRow(sheet);
  // A sheet with no table may have just become one: only a full read can say.
  if (headerRow === null) return "unknown-sheet";
  return firstRow <= headerRow ? "header" : "rows";
}

export function recheckRows(baseline: LiveBaseline, changes: readonly SheetRowsChange[]): RecheckOutcome {
  const sheets = new Map(baseline.snapshot.sheets.map((sheet) => [sheet.name, sheet]));
  const relevant: SheetRowsChange[] = [];
  for (const change of changes) {
    const verdict = rowsVerdict(baseline, change.sheet, Math.min(...change.rows.map(({ row }) => row)));
    if (verdict === "generated") continue;
    if (verdict !== "rows") return { kind: "full", reason: verdict };
    const sheet = sheets.get(change.sheet) as SheetSnapshot;
    const width = sheet.cells[0]?.length ?? 0;
    if (change.rows.some(({ cells }) => cells.length !== width)) return { kind: "full", reason: "wider" };
    relevant.push(change);
  }
  if (relevant.length === 0) return { kind: "none" };

  const byName = new Map(relevant.map((change) => [change.sheet, change]));
  const snapshot = { sheets: baseline.snapshot.sheets.map((sheet) => (byName.has(sheet.name) ? patched(sheet, byName.get(sheet.name) as SheetRowsChange) : sheet)) };
  // The memo keeps every untouched sheet's findings and every untouched row's checks: only the changed rows are checked again.
  const outcome = analyzeWorkbook(snapshot, baseline.options, baseline.memo.analysis);
  if (!outcome.ok) return { kind: "full", reason: "no-analysis" };

  const changed = changedRowSet(relevant);
  const { analysis } = outcome;
  const previous = baseline.analysis.issues;
  return {
    kind: "rows",
    baseline: { ...baseline, snapshot, analysis },
    analysis,
    changedRowIssues: issuesInRows(analysis.issues, (sheet, row) => changed.get(sheet)?.has(row) ?? false),
    ...issueChanges(previous, analysis.issues),
  };
}

/** The sheet with the changed rows replaced; rows below the used range extend it (blank rows between). */
function patched(sheet: SheetSnapshot, change: SheetRowsChange): SheetSnapshot {
  const width = sheet.cells[0]?.length ?? 0;
  const last = Math.max(lastRow(sheet), ...change.rows.map(({ row }) => row));
  const cells: (readonly Cell[])[] = sheet.cells.slice();
  for (let row = lastRow(sheet) + 1; row <= last; row++) cells.push(Array.from({ length: width }, () => EMPTY_CELL));
  for (const { row, cells: rowCells } of change.rows) cells[row - sheet.origin.row] = rowCells;
  return { ...sheet, cells };
}

function changedRowSet(changes: readonly SheetRowsChange[]): Map<string, Set<number>> {
  return new Map(changes.map((change) => [change.sheet, new Set(change.rows.map(({ row }) => row))]));
}

/** The problems whose cell is in a row `isChanged` names, in their order. */
export function issuesInRows(issues: readonly Issue[], isChanged: (sheet: string, row: number) => boolean): Issue[] {
  return issues.filter((issue) => {
    if (issue.sheet === null || issue.cell === null) return false;
    const at = parseA1(issue.cell);
    return at !== null && isChanged(issue.sheet, at.row);
  });
}
