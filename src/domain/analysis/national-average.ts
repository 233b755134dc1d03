/** The national average beside an indicator, in the result's unit, and whether the result beats it. */
import type { Issue } from "../issues";
import type { IndicatorRow } from "../tables";
import type { Quantity, Target } from "../values";
import { round2 } from "../values/rounding";
import { readResultCell, type CellContext } from "./read-cell";
import { adopt, valueIn } from "./reconcile";
import type { Direction, IndicatorAnalysis } from "./types";

export interface NationalPart {
  readonly values: Pick<IndicatorAnalysis, "nationalAverage" | "nationalGap" | "betterThanNational">;
  readonly issues: readonly Issue[];
}

export function nationalAverage(row: IndicatorRow, context: CellContext, result: Quantity | null, target: Target | null, direction: Direction): NationalPart {
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
