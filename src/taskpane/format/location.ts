/** Where a problem is, as the user reads it: "Indicateurs 2021!D11" or "ligne 4". */
import type { Issue } from "../../domain/issues";
import { STRINGS } from "../strings";

export function issueLocation(issue: Issue): string | null {
  if (issue.sheet !== null && issue.cell !== null) return `${issue.sheet}!${issue.cell}`;
  if (issue.sheet !== null) return issue.sheet;
  if (issue.line !== undefined) return STRINGS.checks.line(issue.line);
  return null;
}

/** True when the workbook can select the problem's cell. */
export function isSelectable(issue: Issue): issue is Issue & { sheet: string; cell: string } {
  return issue.sheet !== null && issue.cell !== null;
}
