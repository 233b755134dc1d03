/** One indicator row of the analysed year: its values read and reconciled, its checks, status and gap. */
import { issueAt, type Issue } from "../issues";
import type { CellRef, IndicatorRow } from "../tables";
import { cellText } from "../tables/cell-text";
import type { ParsedResult, ParsedTarget, Quantity, Target } from "../values";
import { compare } from "./compare";
import { directionOf } from "./direction";
import { ANALYSIS_MESSAGES } from "./messages";
import { readResultCell, readTargetCell, type CellContext, type ReadCell } from "./read-cell";
import { nationalAverage } from "./national-average";
import { adopt, adoptTarget, asRate } from "./reconcile";
import { formulaLikeTextIssues } from "./text-checks";
import type { Direction, IndicatorAnalysis, Status } from "./types";
import { withUnitColumn } from "./unit-column";
import { implausibleTargetIssues, rangeIssues } from "./value-checks";

/** An indicator before its previous year is looked up. */
export type CurrentIndicator = Omit<IndicatorAnalysis, "previous" | "change" | "improved" | "history">;

export interface AnalyzedRow {
  readonly indicator: CurrentIndicator;
  readonly issues: readonly Issue[];
}

/** A row's values read and reconciled, its direction, comparison, value checks and status: what both readings share. */
function checkRow(sheet: string, row: IndicatorRow) {
  const context: CellContext = { sheet, indicator: row.name };
  const values = readValues(row, context);
  const { result, target } = values;
  const stated = row.direction === null ? null : cellText(row.direction.cell);
  const direction = directionOf(stated, target?.comparator ?? null, row.name, result ?? target, target !== null);
  const comparison = result !== null && target !== null ? compare(result, target, direction) : null;
  const issues = valueIssues(row, context, values, direction, comparison !== null);
  const status = statusOf(issues, values.resultRead.parsed, target, comparison?.met ?? null);
  return { context, values, result, target, direction, comparison, issues, status };
}

export function analyzeRow(sheet: string, row: IndicatorRow): AnalyzedRow {
  const { context, values, result, target, direction, comparison, issues, status } = checkRow(sheet, row);
  const national = nationalAverage(row, context, result, target, direction);
  return {
    indicator: {
      sheet,
      row: row.row,
      module: row.module,
      theme: row.theme,
      name: row.name,
      comment: row.comment,
      cells: { name: row.nameCell, result: row.result.address, target: row.target?.address ?? null },
      result: withRaw(values.resultRead.parsed, result),
      target: values.targetRead === null ? null : withRaw(values.targetRead.parsed, target),
      direction,
      status,
      gap: status === "met" || status === "not_met" ? (comparison?.gap ?? null) : null,
      ...national.values,
    },
    issues: [...issues, ...national.issues, ...formulaLikeTextIssues(sheet, row)],
  };
}

/** What another year's history point needs of a row: its status and its result as reconciled. */
export interface RowOutcome {
  readonly status: Status;
  readonly result: Quantity | null;
}

/** The status analyzeRow gives the row, by the same checks, without its national average, its text checks nor its indicator. */
export function rowOutcome(sheet: string, row: IndicatorRow): RowOutcome {
  const { status, result } = checkRow(sheet, row);
  return { status, result };
}

interface ReadValues {
  readonly resultRead: ReadCell<ParsedResult>;
  readonly targetRead: ReadCell<ParsedTarget> | null;
  /** The result and target once reconciled: bare numbers given the other side's unit, or a rate's. */
  readonly result: Quantity | null;
  readonly target: Target | null;
}

function readValues(row: IndicatorRow, context: CellContext): ReadValues {
  const resultRead = readResultCell(row.result, context);
  const targetRead = row.target === null ? null : readTargetCell(row.target, context);
  const [result, target] = reconciled(valueOf(resultRead.parsed, row.unit), targetOf(targetRead?.parsed, row.unit));
  return { resultRead, targetRead, result: asRate(result, row.name), target: asRate(target, row.name) };
}

/** Every check on the result and target cells; an error among them makes the indicator invalid. */
function valueIssues(row: IndicatorRow, context: CellContext, values: ReadValues, direction: Direction, comparable: boolean): Issue[] {
  const { resultRead, targetRead, result, target } = values;
  const place = (ref: CellRef) => ({ sheet: context.sheet, cell: ref.address, indicator: row.name });
  const issues: Issue[] = [...resultRead.issues, ...(targetRead?.issues ?? [])];
  if (result !== null) issues.push(...rangeIssues(result, "result", place(row.result)));
  if (target !== null && row.target !== null) {
    issues.push(...rangeIssues(target, "target", place(row.target)));
    issues.push(...implausibleTargetIssues(target, rawOf(targetRead?.parsed) ?? "", direction, place(row.target)));
  }
  if (result !== null && target !== null && !comparable) {
    const message = ANALYSIS_MESSAGES.unitMismatch(row.name, rawOf(resultRead.parsed) ?? "", rawOf(targetRead?.parsed) ?? "");
    issues.push(issueAt("UNIT_MISMATCH", { sheet: context.sheet, cell: row.result.address, indicator: row.name }, message));
  }
  const hasTarget = targetRead !== null && targetRead.parsed.kind !== "empty" && targetRead.parsed.kind !== "not_applicable";
  if (resultRead.parsed.kind === "empty" && hasTarget) {
    issues.push(issueAt("RESULT_MISSING", { sheet: context.sheet, cell: row.result.address, indicator: row.name }, ANALYSIS_MESSAGES.resultMissing(row.name)));
  }
  return issues;
}

function valueOf(parsed: ParsedResult, unit: string | null): Quantity | null {
  return parsed.kind === "value" ? withUnitColumn(parsed.quantity, unit) : null;
}

function targetOf(parsed: ParsedTarget | undefined, unit: string | null): Target | null {
  if (parsed?.kind !== "value") return null;
  const quantity = withUnitColumn(parsed.quantity, unit);
  return quantity === parsed.quantity ? parsed.quantity : { ...parsed.quantity, ...quantity };
}

/** A bare side takes the other side's unit (a time-limited rate lends its limit to a duration). */
function reconciled(result: Quantity | null, target: Target | null): [Quantity | null, Target | null] {
  if (result === null || target === null) return [result, target];
  if (result.bare && !target.bare) return [adopt(result, target), target];
  if (target.bare && !result.bare) return [result, adoptTarget(target, result)];
  return [result, target];
}

function statusOf(issues: readonly Issue[], parsed: ParsedResult, target: Target | null, met: boolean | null): Status {
  if (issues.some((issue) => issue.severity === "error")) return "invalid";
  if (parsed.kind !== "value") return "not_measured";
  if (target === null) return "no_target";
  return met ? "met" : "not_met";
}

function rawOf(parsed: ParsedResult | ParsedTarget | undefined): string | null {
  return parsed === undefined || parsed.kind === "empty" ? null : parsed.raw;
}

function withRaw<Q extends Quantity>(parsed: ParsedResult | ParsedTarget, quantity: Q | null): { raw: string; quantity: Q | null } | null {
  const raw = rawOf(parsed);
  return raw === null ? null : { raw, quantity };
}
