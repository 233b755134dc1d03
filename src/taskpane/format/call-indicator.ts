/** Finds the table's call-answer rate indicator ("Taux d'appels aboutis", "… décrochés"), as the engine does. */
import { isCallAnswerRate } from "../../domain/analysis";
import type { IndicatorAnalysis } from "../../domain/analysis/types";

export function findCallAnswerIndicator(indicators: readonly IndicatorAnalysis[]): IndicatorAnalysis | null {
  return indicators.find((indicator) => isCallAnswerRate(indicator.name)) ?? null;
}
