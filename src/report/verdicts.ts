/** How an indicator is shown: its status (with the optional tolerance) and the colour of its changes. */
import type { IndicatorAnalysis } from "../domain/analysis/types";
import type { StatusStyleKey, Verdict } from "./styles";
import { STATUS_LABELS, WITHIN_TOLERANCE_LABEL } from "./wording";

/** A not-met indicator whose gap is within the tolerance (in the indicator's unit) shows amber. */
export function statusKey(indicator: IndicatorAnalysis, tolerance: number): StatusStyleKey {
  const withinTolerance =
    indicator.status === "not_met" && tolerance > 0 && indicator.gap !== null && Math.abs(indicator.gap) <= tolerance;
  return withinTolerance ? "tolerance" : indicator.status;
}

export function statusLabel(key: StatusStyleKey): string {
  return key === "tolerance" ? WITHIN_TOLERANCE_LABEL : STATUS_LABELS[key];
}

const verdictOf = (better: boolean | null): Verdict => (better === null ? "neutral" : better ? "better" : "worse");

export function changeVerdict(indicator: IndicatorAnalysis): Verdict {
  return indicator.direction === "none" ? "neutral" : verdictOf(indicator.improved);
}

export function nationalVerdict(indicator: IndicatorAnalysis): Verdict {
  return indicator.direction === "none" ? "neutral" : verdictOf(indicator.betterThanNational);
}
