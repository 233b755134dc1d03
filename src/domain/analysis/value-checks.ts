/** Checks on values once read: percentages within 0–100 %, no negative counts or durations, targets that can fail and be met. */
import { issueAt, type Issue, type IssueCode } from "../issues";
import { formatQuantity, type Quantity, type Target } from "../values";
import { ANALYSIS_MESSAGES, type CellRole } from "./messages";
import type { Direction } from "./types";

export interface CheckPlace {
  readonly sheet: string;
  readonly cell: string;
  readonly indicator: string;
}

/** A percentage below 0 % (or above 100 % but for a target), or a negative count or duration. */
export function isOutOfRange(q: Quantity, role: CellRole): boolean {
  return q.dimension === "percent" ? q.value < 0 || (role !== "target" && q.value > 100) : q.value < 0;
}

/** PERCENT_OUT_OF_RANGE or NEGATIVE_VALUE for a result (or a target below zero). */
export function rangeIssues(q: Quantity, role: CellRole, place: CheckPlace): Issue[] {
  if (!isOutOfRange(q, role)) return [];
  const at = (code: IssueCode, message: string) => [issueAt(code, place, message)];
  const shown = formatQuantity(q);
  if (q.dimension === "percent") return at("PERCENT_OUT_OF_RANGE", ANALYSIS_MESSAGES.percentOutOfRange(role, place.indicator, shown));
  return at("NEGATIVE_VALUE", ANALYSIS_MESSAGES.negative(role, place.indicator, shown));
}

/**
 * TARGET_IMPLAUSIBLE: a target that cannot fail (0 when higher is better, "< 120 %") or cannot be
 * met (above 100 % for a rate, "> 100 %", "< 0").
 */
export function implausibleTargetIssues(target: Target, raw: string, direction: Direction, place: CheckPlace): Issue[] {
  const message = implausibility(target, raw, direction, place.indicator);
  return message === null ? [] : [issueAt("TARGET_IMPLAUSIBLE", place, message)];
}

function implausibility(target: Target, raw: string, direction: Direction, name: string): string | null {
  const { value, comparator } = target;
  if (target.dimension === "percent" && value > 100) return ANALYSIS_MESSAGES.targetAboveHundred(name, raw);
  if (target.dimension === "percent" && value === 100 && comparator === ">") return ANALYSIS_MESSAGES.targetNeverMet(name, raw);
  if (value === 0 && comparator === "<") return ANALYSIS_MESSAGES.targetNeverMet(name, raw);
  const inclusiveHigher = comparator === ">=" || (comparator === null && direction === "higher");
  if (value === 0 && inclusiveHigher && target.dimension !== "duration") return ANALYSIS_MESSAGES.targetAlwaysMet(name, raw);
  return null;
}
