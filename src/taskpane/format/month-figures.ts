/** Helpers for the month table: a month's own problems, a rate in French. */
import type { MonthFigures } from "../../domain/analysis/types";
import type { Issue } from "../../domain/issues";
import { formatPercentFr } from "../../domain/values";
import { STRINGS } from "../strings";

/** Problems that belong to a month's row (same line of text, or same sheet row). */
export function issuesOfMonth(month: MonthFigures, issues: readonly Issue[]): Issue[] {
  return issues.filter((issue) =>
    month.line !== undefined
      ? issue.line === month.line
      : month.row !== undefined && issue.sheet === month.sheet && issue.cell !== null && rowOf(issue.cell) === month.row,
  );
}

function rowOf(cell: string): number | null {
  const match = /(\d+)$/.exec(cell);
  return match ? Number(match[1]) : null;
}

export function formatRate(rate: number | null): string {
  return rate === null ? STRINGS.analyze.noValue : formatPercentFr(rate, 1);
}
