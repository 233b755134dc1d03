/** The problems an analysis added and removed since the previous one, compared by code, sheet, cell and message. */
import type { Issue } from "../issues";

export interface IssueChanges {
  readonly added: readonly Issue[];
  readonly removed: readonly Issue[];
}

export function issueChanges(previous: readonly Issue[], next: readonly Issue[]): IssueChanges {
  return { added: missingFrom(next, previous), removed: missingFrom(previous, next) };
}

/** The problems of `issues` that `other` does not hold (as many times); a problem the memo kept is the same object in both. */
function missingFrom(issues: readonly Issue[], other: readonly Issue[]): Issue[] {
  const inIssues = new Set(issues);
  const inOther = new Set(other);
  const candidates = issues.filter((issue) => !inOther.has(issue));
  if (candidates.length === 0) return [];
  const counts = new Map<string, number>();
  for (const issue of other) if (!inIssues.has(issue)) counts.set(issueKey(issue), (counts.get(issueKey(issue)) ?? 0) + 1);
  return candidates.filter((issue) => {
    const left = counts.get(issueKey(issue)) ?? 0;
    counts.set(issueKey(issue), left - 1);
    return left <= 0;
  });
}

function issueKey(issue: Issue): string {
  return `${issue.code}|${issue.sheet ?? ""}|${issue.cell ?? ""}|${issue.message}`;
}
