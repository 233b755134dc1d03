/** YEAR_UNREADABLE: a long table's row whose year cannot be read, so counted in no year. */
import { issueAt, type Issue } from "../issues";
import type { YearTable } from "../tables";
import { ANALYSIS_MESSAGES } from "./messages";

export function unreadableYearIssues(table: YearTable): Issue[] {
  return (table.unreadableYears ?? []).map(({ name, cell, shown }) =>
    issueAt("YEAR_UNREADABLE", { sheet: table.sheet, cell, indicator: name }, ANALYSIS_MESSAGES.yearUnreadable(name, shown)),
  );
}
