/** Whether a result meets its target, and by how much. */
import type { Quantity, Target } from "../values";
import { nearlyEqual, round2 } from "../values/rounding";
import { valueIn } from "./reconcile";
import type { Direction } from "./types";

/**
 * The target the result is compared with: a duration result against "100 % en 1 h" is held to
 * the time limit (at most 1 h); otherwise the target itself.
 */
export function effectiveTarget(result: Quantity, target: Target): Target {
  if (result.dimension === "duration" && target.dimension !== "duration" && target.within !== undefined) {
    return { ...target.within, comparator: "<=" };
  }
  return target;
}

/** A target without comparator is inclusive in the better direction; `>` and `<` are strict. */
export function meets(value: number, target: Target, direction: Direction): boolean {
  const t = target.value;
  const equal = nearlyEqual(value, t);
  switch (target.comparator) {
    case ">":
      return value > t && !equal;
    case ">=":
      return value > t || equal;
    case "<":
      return value < t && !equal;
    case "<=":
      return value < t || equal;
    case null:
      return direction === "lower" ? value < t || equal : value > t || equal;
  }
}

export interface Comparison {
  readonly met: boolean;
  /** result − target in the result's unit. */
  readonly gap: number;
}

/** null when the two cannot be compared (incompatible units). */
export function compare(result: Quantity, target: Target, direction: Direction): Comparison | null {
  const reference = effectiveTarget(result, target);
  const resultInTargetUnit = valueIn(result, reference);
  const targetInResultUnit = valueIn(reference, result);
  if (resultInTargetUnit === null || targetInResultUnit === null) return null;
  return { met: meets(resultInTargetUnit, reference, direction), gap: round2(result.value - targetInResultUnit) };
}
