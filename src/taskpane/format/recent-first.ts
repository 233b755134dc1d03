/** The Contrôles list after a live check: the problems of the rows just changed first, then the others, each in their order. */
import type { Issue } from "../../domain/issues";

export interface OrderedIssues {
  readonly issues: readonly Issue[];
  /** Those of the rows just changed (shown as such). */
  readonly recent: ReadonlySet<Issue>;
}

export function recentFirst(issues: readonly Issue[], recentIssues: readonly Issue[]): OrderedIssues {
  if (recentIssues.length === 0) return { issues, recent: new Set() };
  const listed = new Set(issues);
  const recent = new Set(recentIssues.filter((issue) => listed.has(issue)));
  return { issues: [...recent, ...issues.filter((issue) => !recent.has(issue))], recent };
}
