/** One indicator row of the analysed year: its values read and reconciled, its checks, status and gap. */
import type { Issue } from "../issues";
import type { CellRef, IndicatorRow } from "../tables";
import { cellText } from "../tables/cell-text";
import type { ParsedResult, ParsedTarget, Quantity, Target } from "../values";
import { compare } from "./compare";
import { directionOf } from "./direction";
import { issueAt } from "./issue";
import { ANALYSIS_MESSAGES } from "./messages";
import { round2 } from "./numbers";
import { readResultCell, readTargetCell, type CellContext } from "./read-cell";
import { adopt, adoptTarget, asRate, valueIn } from "./reconcile";
import type { Direction, IndicatorAnalysis, Status } from "./types";
import { withUnitColumn } from "./unit-column";
import { implausibleTargetIssues, rangeIssues } from "./value-checks";

/** An indicator before its previous year is looked up. */
export type CurrentIndicator = Omit<IndicatorAnalysis, "previous" | "change" | "improved">;

export interface AnalyzedRow {
  readonly indicator: CurrentIndicator;
  readonly issues: readonly Issue[];
}

export function analyzeRow(sheet: string, row: IndicatorRow): AnalyzedRow {
  const context: CellContext = { sheet, indicator: row.name };
  const resultRead = readResultCell(row.result, context);
  const targetRead = row.target === null ? null : readTargetCell(row.target, context);
  const [read, aimed] = reconciled(valueOf(resultRead.parsed, row.unit), targetOf(targetRead?.parsed, row.unit));
  const [result, target] = [asRate(read, row.name), asRate(aimed, row.name)];
  const hasTarget = targetRead !== null && targetRead.parsed.kind !== "empty" && targetRead.parsed.kind !== "not_applicable";
  const stated = row.direction === null ? null : cellText(row.direction.cell);
  const direction = directionOf(stated, target?.comparator ?? null, row.name, result ?? target, target !== null);

  const valueIssues: Issue[] = [...resultRead.issues, ...(targetRead?.issues ?? [])];
  const place = (ref: CellRef) => ({ sheet, cell: ref.address, indicator: row.name });
  if (result !== null) valueIssues.push(...rangeIssues(result, "result", place(row.result)));
  if (target !== null && row.target !== null) {
    valueIssues.push(...rangeIssues(target, "target", place(row.target)));
    valueIssues.push(...implausibleTargetIssues(target, rawOf(targetRead?.parsed) ?? "", direction, place(row.target)));
  }
  const comparison = result !== null && target !== null ? compare(result, target, direction) : null;
  if (result !== null && target !== null && comparison === null) {
    const message = ANALYSIS_MESSAGES.unitMismatch(row.name, rawOf(resultRead.parsed) ?? "", rawOf(targetRead?.parsed) ?? "");
    valueIssues.push(issueAt("UNIT_MISMATCH", sheet, row.result.address, row.name, message));
  }
  if (resultRead.parsed.kind === "empty" && hasTarget) {
    valueIssues.push(issueAt("RESULT_MISSING", sheet, row.result.address, row.name, ANALYSIS_MESSAGES.resultMissing(row.name)));
  }
  const status = statusOf(valueIssues, resultRead.parsed, target, comparison?.met ?? null);
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
      result: withRaw(resultRead.parsed, result),
      target: targetRead === null ? null : withRaw(targetRead.parsed, target),
      direction,
      status,
      gap: status === "met" || status === "not_met" ? (comparison?.gap ?? null) : null,
      ...national.values,
    },
    issues: [...valueIssues, ...national.issues],
  };
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

interface NationalPart {
  readonly values: Pick<IndicatorAnalysis, "nationalAverage" | "nationalGap" | "betterThanNational">;
  readonly issues: readonly Issue[];
}

function nationalAverage(row: IndicatorRow, context: CellContext, result: Quantity | null, target: Target | null, direction: Direction): NationalPart {
  const none = { nationalAverage: null, nationalGap: null, betterThanNational: null };
  if (row.nationalAverage === null) return { values: none, issues: [] };
  const read = readResultCell(row.nationalAverage, context, "national");
  if (read.parsed.kind !== "value") return { values: none, issues: read.issues };
  const reference = result ?? target;
  const average = reference === null ? read.parsed.quantity.value : valueIn(adopt(read.parsed.quantity, reference), reference);
  if (average === null) return { values: none, issues: read.issues };
  const gap = result === null ? null : round2(result.value - average);
  const better = gap === null || direction === "none" ? null : direction === "higher" ? gap > 0 : gap < 0;
  return { values: { nationalAverage: round2(average), nationalGap: gap, betterThanNational: better }, issues: read.issues };
}
