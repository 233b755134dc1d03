/** Building an issue with its severity taken from the shared table. */
import { ISSUE_SEVERITY, type Issue, type IssueCode } from "../issues";

export function issueAt(code: IssueCode, sheet: string, cell: string, indicator: string, message: string): Issue {
  return { severity: ISSUE_SEVERITY[code], code, sheet, cell, indicator, message };
}
