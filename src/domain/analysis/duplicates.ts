/** DUPLICATE_INDICATOR: the same indicator twice in one year's table. */
import { issueAt, type Issue } from "../issues";
import type { YearTable } from "../tables";
import { nameKey } from "../text/normalize";
import { ANALYSIS_MESSAGES } from "./messages";

export function duplicateIssues(table: YearTable, year: number): Issue[] {
  const firstRow = new Map<string, number>();
  const issues: Issue[] = [];
  for (const row of table.rows) {
    const key = nameKey(row.name);
    const first = firstRow.get(key);
    if (first === undefined) firstRow.set(key, row.row);
    else issues.push(issueAt("DUPLICATE_INDICATOR", { sheet: table.sheet, cell: row.nameCell, indicator: row.name }, ANALYSIS_MESSAGES.duplicate(row.name, year, first)));
  }
  return issues;
}
