/** Builds an Issue at a grid location. */
import { ISSUE_SEVERITY, type Issue, type IssueCode } from "../issues";
import type { GridLocation } from "./grid";

export function issueAt(code: IssueCode, location: GridLocation, message: string): Issue {
  return {
    severity: ISSUE_SEVERITY[code],
    code,
    sheet: location.sheet,
    cell: location.cell,
    ...(location.line === undefined ? {} : { line: location.line }),
    message,
  };
}
