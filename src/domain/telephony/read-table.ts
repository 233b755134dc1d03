/**
 * The single reader behind both sources: a grid and its header → checked, folded months.
 * Daily dates are summed into their month; rows that fail a check are reported and left out.
 */
import { issueAt, type Issue } from "../issues";
import { parseA1 } from "../address";
import type { MonthFigures, MonthlyAnalysis } from "./monthly-figures";
import type { Grid, GridLocation, Locate } from "./grid";
import type { TelephonyHeader } from "./headers";
import { monthKey, type MonthRef } from "./months";
import { dayLabel } from "./day-label";
import { DuplicateTracker } from "./duplicates";
import { missingMonths } from "./missing-months";
import { readRows, type MonthRow, type TableRow } from "./rows";
import { checkFigures } from "./figures";
import { resolveYear } from "./year";
import { round2 } from "../values/rounding";
import { TELEPHONY_MESSAGES as M } from "./messages";

export interface TableOptions {
  /** The year chosen by the user: labels without a year take it, months of other years are left aside. */
  readonly year?: number;
  /** A year found in the sheet name or a title, used when neither the option nor the labels give one. */
  readonly contextYear: number | null;
  readonly sheet: string | null;
}

export interface TableReading {
  readonly year: number | null;
  readonly monthly: MonthlyAnalysis;
  readonly issues: Issue[];
  /** Every month the table gives, valid or not, at its first row: what MONTH_MISSING checks across sites. */
  readonly presentMonths: ReadonlyMap<string, GridLocation>;
}

interface MonthTotal {
  readonly key: string;
  received: number;
  answered: number;
  readonly location: GridLocation;
}

export function readTelephonyTable(grid: Grid, header: TelephonyHeader, locate: Locate, options: TableOptions): TableReading {
  const rows = readRows(grid, header);
  const refs = rows.flatMap((row) => (row.kind === "month" || (row.kind === "skip" && row.ref) ? [row.ref as MonthRef] : []));
  const year = resolveYear(options.year, refs, options.contextYear);
  const inScope = scopeToYear(rows, year, options.year);
  const issues: Issue[] = [];
  const at = (index: number, column: number) => locate(index, column);
  const monthColumn = header.columns.month;

  if (header.columns.answered === null && header.columns.lost === null) {
    issues.push(issueAt("MONTH_UNREADABLE", at(Math.max(header.row, 0), header.columns.received), M.noAnsweredColumn));
    return { year, monthly: summarize(options.sheet, []), issues, presentMonths: new Map() };
  }

  const duplicates = new DuplicateTracker();
  const totals = new Map<string, MonthTotal>();
  const seen = new Map<string, GridLocation>();
  for (const row of inScope) {
    if (row.kind === "unreadable_month") {
      issues.push(issueAt("MONTH_UNREADABLE", at(row.index, monthColumn), M.monthUnreadable(row.raw)));
      continue;
    }
    if (row.kind !== "month") continue;
    const dated = withYear(row, year);
    const key = monthKey(dated.ref.year, dated.ref.month);
    const duplicateMessage = duplicates.check(dated.ref);
    if (duplicateMessage !== null) {
      issues.push(issueAt("MONTH_DUPLICATE", at(row.index, monthColumn), duplicateMessage));
      continue;
    }
    if (!seen.has(key)) seen.set(key, at(row.index, monthColumn));
    const check = checkFigures(dated, header.columns, () => dayLabel(dated.ref));
    if (!check.ok) {
      for (const problem of check.problems) issues.push(issueAt(problem.code, at(row.index, problem.column), problem.message));
      continue;
    }
    const total = totals.get(key) ?? { key, received: 0, answered: 0, location: at(row.index, monthColumn) };
    total.received += check.received;
    total.answered += check.answered;
    totals.set(key, total);
  }
  issues.push(...missingMonths(seen));
  const first = [...seen.values()][0];
  if (year === null && first !== undefined) {
    // "2021-01" needs a year: rather than guess one, the months are checked but not counted.
    issues.push(issueAt("MONTH_UNREADABLE", first, M.yearUnknown));
    return { year, monthly: summarize(options.sheet, []), issues: inReadingOrder(issues), presentMonths: seen };
  }
  const months = [...totals.values()].sort((a, b) => a.key.localeCompare(b.key)).map(toFigures);
  return { year, monthly: summarize(options.sheet, months), issues: inReadingOrder(issues), presentMonths: seen };
}

/** What a table read without a chosen year holds, as readTelephonyTable finds it, without its issues. */
export interface TableScan {
  readonly year: number | null;
  /** The keys of its valid months ("2021-01"), those readTelephonyTable sums. */
  readonly months: ReadonlySet<string>;
}

/**
 * The year and valid months readTelephonyTable gives without a chosen year, the same rows checked the same
 * way, but no message written: which years a sheet of daily calls covers, without the thousands of issues
 * (another site's days read as duplicates) that only a reading of one year shows.
 */
export function scanTelephonyTable(grid: Grid, header: TelephonyHeader, contextYear: number | null): TableScan {
  const rows = readRows(grid, header);
  const refs = rows.flatMap((row) => (row.kind === "month" || (row.kind === "skip" && row.ref) ? [row.ref as MonthRef] : []));
  const year = resolveYear(undefined, refs, contextYear);
  const months = new Set<string>();
  if (header.columns.answered === null && header.columns.lost === null) return { year, months };
  const duplicates = new DuplicateTracker();
  let seen = false;
  for (const row of rows) {
    if (row.kind !== "month") continue;
    const dated = withYear(row, year);
    if (duplicates.isRepeat(dated.ref)) continue;
    seen = true;
    if (checkFigures(dated, header.columns, () => "").ok) months.add(monthKey(dated.ref.year, dated.ref.month));
  }
  // As readTelephonyTable: months without a year are checked but not counted.
  return { year, months: year === null && seen ? new Set() : months };
}

/** Top to bottom, as the user reads the sheet or the file (the sort is stable). */
function inReadingOrder(issues: readonly Issue[]): Issue[] {
  const rowOf = (issue: Issue) => issue.line ?? (issue.cell === null ? 0 : (parseA1(issue.cell)?.row ?? 0));
  // Each issue's row found once, not at every comparison: a sheet that is not telephony after all has thousands.
  return issues
    .map((issue) => ({ issue, row: rowOf(issue) }))
    .sort((a, b) => a.row - b.row)
    .map(({ issue }) => issue);
}

/** With a chosen year and months of several years, only that year's months are read. */
function scopeToYear(rows: readonly TableRow[], year: number | null, option: number | undefined): TableRow[] {
  if (option === undefined || year === null) return [...rows];
  const explicitYear = (row: TableRow) => (row.kind === "month" ? row.ref.year : null);
  const hasChosenYear = rows.some((row) => explicitYear(row) === option);
  if (!hasChosenYear) return [...rows];
  return rows.filter((row) => explicitYear(row) === null || explicitYear(row) === option);
}

function withYear(row: MonthRow, year: number | null): MonthRow {
  return row.ref.year !== null || year === null ? row : { ...row, ref: { ...row.ref, year } };
}


function toFigures(total: MonthTotal): MonthFigures {
  const { location } = total;
  return {
    month: total.key,
    received: total.received,
    answered: total.answered,
    rate: total.received > 0 ? round2((total.answered / total.received) * 100) : 0,
    ...(location.line === undefined ? {} : { line: location.line }),
    ...(location.sheet === null ? {} : { sheet: location.sheet }),
    ...(location.row === undefined ? {} : { row: location.row }),
  };
}

/** Σ answered ÷ Σ received over the valid months, never the mean of the monthly rates. */
export function summarize(sheet: string | null, months: readonly MonthFigures[]): MonthlyAnalysis {
  const received = months.reduce((sum, m) => sum + m.received, 0);
  const answered = months.reduce((sum, m) => sum + m.answered, 0);
  return { sheet, months, received, answered, annualRate: received > 0 ? round2((answered / received) * 100) : null };
}
