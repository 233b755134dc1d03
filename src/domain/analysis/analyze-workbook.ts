/** The analysis of a workbook: find the tables, choose the year, read and check every indicator, fold in the telephony. */
import { parseA1 } from "../address";
import type { Issue } from "../issues";
import type { WorkbookSnapshot } from "../snapshot";
import { locateTables } from "../tables";
import { analyzeRow } from "./analyze-indicator";
import { chooseYear } from "./choose-year";
import { duplicateIssues } from "./duplicates";
import { historyLookups, withHistory } from "./history";
import { monthlyDifferences, monthlyOfYear, telephonySheets } from "./monthly";
import { lookupByName, withPrevious } from "./previous-year";
import { summarize } from "./summary";
import { surveyDifferences, surveyOfYear, withoutSurveys } from "./survey";
import { unreadableYearIssues } from "./unreadable-years";
import type { Analysis } from "./types";

export type AnalyzeOutcome = { readonly ok: true; readonly analysis: Analysis } | { readonly ok: false; readonly message: string };

export interface AnalyzeOptions {
  /** The year to analyse; by default the latest year that has results. */
  readonly year?: number;
}

export function analyzeWorkbook(snapshot: WorkbookSnapshot, options: AnalyzeOptions = {}): AnalyzeOutcome {
  const telephony = withoutSurveys(telephonySheets(snapshot));
  const telephonyNames = new Set(telephony.map((found) => found.sheet.name));
  const tables = locateTables(snapshot, { skipSheet: (sheet) => telephonyNames.has(sheet.name) });
  const notSurveys = new Set([...telephonyNames, ...tables.map((table) => table.sheet)]);
  const chosen = chooseYear(tables, options.year);
  if (!chosen.ok) return chosen;
  const { year, table, previousYear, previousTable, availableYears } = chosen.choice;

  const rows = table.rows.map((row) => analyzeRow(table.sheet, row));
  const lookup = lookupByName(previousTable);
  const history = historyLookups(tables, year);
  const indicators = rows.map(({ indicator }) => withHistory(withPrevious(indicator, previousYear, lookup), year, history));
  const { monthly, issues: monthlyIssues } = monthlyOfYear(telephony, year);
  const survey = surveyOfYear(snapshot, year, (sheet) => notSurveys.has(sheet.name));
  const tableIssues = inCellOrder([
    ...rows.flatMap((row) => row.issues),
    ...duplicateIssues(table, year),
    ...unreadableYearIssues(table),
    ...monthlyDifferences(indicators, monthly),
    ...surveyDifferences(indicators, survey),
  ]);
  const issues = [...tableIssues, ...monthlyIssues, ...(survey?.issues ?? [])];
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
