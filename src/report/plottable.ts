/** What a chart may draw: a result that is itself an error (−121 105 %, a negative count) is left out, never plotted. */
import type { Analysis, IndicatorAnalysis } from "../domain/analysis/types";

/** The result is a percentage and no error-level check fired on its own cell (a wrong target still leaves it drawable). */
export function hasPlottablePercent(indicator: IndicatorAnalysis, analysis: Analysis): boolean {
  const quantity = indicator.result?.quantity;
  if (!quantity || quantity.dimension !== "percent") return false;
  return !analysis.issues.some(
    (issue) => issue.severity === "error" && issue.sheet === indicator.sheet && issue.cell === indicator.cells.result,
  );
}
