/** The analysis of a workbook: find the tables, choose the year, read and check every indicator, fold in the telephony. */
import { parseA1 } from "../address";
import type { Issue } from "../issues";
import type { WorkbookSnapshot } from "../snapshot";
import { chooseYear } from "./choose-year";
import { duplicateIssues } from "./duplicates";
import { withHistory } from "./history";
import { AnalysisMemo } from "./memo";
import { monthlyDifferences } from "./monthly";
import { oversizedSheetIssues } from "./oversized-sheets";
import { withPrevious } from "./previous-year";
import { summarize } from "./summary";
import { surveyDifferences } from "./survey";
import { unreadableYearIssues } from "./unreadable-years";
import type { Analysis } from "./types";

export type AnalyzeOutcome = { readonly ok: true; readonly analysis: Analysis } | { readonly ok: false; readonly message: string };

export interface AnalyzeOptions {
  /** The year to analyse; by default the latest year that has results. */
  readonly year?: number;
}

/** `memo` keeps what the previous analysis of the same workbook found, for a live check to reuse (see memo.ts). */
export function analyzeWorkbook(snapshot: WorkbookSnapshot, options: AnalyzeOptions = {}, memo: AnalysisMemo = new AnalysisMemo()): AnalyzeOutcome {
  const telephony = memo.telephonySheets(snapshot);
  const telephonyNames = new Set(telephony.map((found) => found.sheet.name));
  const tables = memo.locateTables(snapshot, (sheet) => telephonyNames.has(sheet.name));
  const notSurveys = new Set([...telephonyNames, ...tables.map((table) => table.sheet)]);
  const oversized = oversizedSheetIssues(snapshot);
  const chosen = chooseYear(tables, options.year);
  // A sheet not read may be the one that held the table: the user learns why it was not found.
  if (!chosen.ok) return oversized.length === 0 ? chosen : { ok: false, message: [chosen.message, ...oversized.map((issue) => issue.message)].join(" ") };
  const { year, table, previousYear, previousTable, availableYears } = chosen.choice;

  const rows = memo.analyzeRows(table);
  const lookup = memo.lookupByName(previousTable);
  const history = memo.historyLookups(tables, year);
  const indicators = rows.map((row) => memo.indicator(row, [year, previousYear, lookup, history], () => withHistory(withPrevious(row.indicator, previousYear, lookup), year, history)));
  const { monthly, issues: monthlyIssues } = memo.monthlyOfYear(telephony, year);
  const survey = memo.surveyOfYear(snapshot, year, (sheet) => notSurveys.has(sheet.name));
  const tableIssues = inCellOrder([
    ...rows.flatMap((row) => row.issues),
    ...duplicateIssues(table, year),
    ...unreadableYearIssues(table),
    ...monthlyDifferences(indicators, monthly),
    ...surveyDifferences(indicators, survey),
  ]);
  const issues = [...oversized, ...tableIssues, ...monthlyIssues, ...(survey?.issues ?? [])];
  return {
    ok: true,
    analysis: { year, previousYear, availableYears, indicators, monthly, survey, issues, summary: summarize(indicators) },
  };
}

/** The table's issues row by row, then column by column, as the user reads the sheet. */
function inCellOrder(issues: readonly Issue[]): Issue[] {
  const position = (issue: Issue): number => {
    const at = issue.cell === null ? null : parseA1(issue.cell);
    return at === null ? Number.MAX_SAFE_INTEGER : at.row * 100_000 + at.column;
  };
  return issues
    .map((issue, index) => ({ issue, index }))
    .sort((a, b) => position(a.issue) - position(b.issue) || a.index - b.index)
    .map(({ issue }) => issue);
}
