/** The change against the previous year, as the pane shows it: an arrow, the French amount and its verdict. */
import type { IndicatorAnalysis } from "../../domain/analysis/types";
import { formatChange } from "../../domain/values";

export type ChangeTone = "improved" | "worsened" | "neutral";

export interface ChangeView {
  readonly arrow: "▲" | "▼" | "=";
  readonly text: string;
  readonly tone: ChangeTone;
}

export function changeView(indicator: IndicatorAnalysis): ChangeView | null {
  const quantity = indicator.result?.quantity;
  if (indicator.change === null || !quantity) return null;
  const arrow = indicator.change > 0 ? "▲" : indicator.change < 0 ? "▼" : "=";
  const tone: ChangeTone = indicator.improved === true ? "improved" : indicator.improved === false ? "worsened" : "neutral";
  return { arrow, text: formatChange(indicator.change, quantity), tone };
}
