/** Finds the table's call-answer rate indicator ("Taux d'appels aboutis", "… décrochés", "… répondus"). */
import type { IndicatorAnalysis } from "../../domain/analysis/types";

function fold(text: string): string {
  return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
}

const ANSWERED = /\b(aboutis|decroches|repondus|traites)\b/;

export function findCallAnswerIndicator(indicators: readonly IndicatorAnalysis[]): IndicatorAnalysis | null {
  return (
    indicators.find((indicator) => {
      const name = fold(indicator.name);
      return name.includes("appel") && ANSWERED.test(name);
    }) ?? null
  );
}
