/** Which indicator of the table is the call-answer rate that the monthly telephony figures check. */
import { wordsOf } from "../text/normalize";
import { countsSomethingBad } from "./direction";
import type { IndicatorAnalysis } from "./types";

const ANSWERED_STEMS = ["abouti", "decroche", "traite", "repondu"];

/** "Taux d'appels aboutis", "décrochés", "traités", a "taux de décroché": the call-answer rate. */
export function isCallAnswerRate(name: string): boolean {
  const words = wordsOf(name);
  if (countsSomethingBad(name)) return false;
  const answered = words.some((word) => ANSWERED_STEMS.some((stem) => word.startsWith(stem)));
  return answered && (words.some((word) => word.startsWith("appel")) || words.some((word) => word.startsWith("decroche")));
}

/** Words of a telephony sheet's name that do not name a site: "Téléphonie Aurillac 2021" names Aurillac. */
const GENERIC_SHEET_WORDS = new Set(["telephonie", "appel", "accueil", "telephonique", "statistique", "mensuel", "mois", "plateforme", "export"]);

/**
 * The call-answer-rate indicator the monthly figures speak of: the only one, or, among several
 * (one per site or service), those named like the telephony sheet. None when it is ambiguous.
 */
export function callRateIndicators(indicators: readonly IndicatorAnalysis[], sheet: string | null): IndicatorAnalysis[] {
  const candidates = indicators.filter((indicator) => isCallAnswerRate(indicator.name));
  if (candidates.length <= 1) return candidates;
  const siteWords = wordsOf(sheet ?? "").filter((word) => !GENERIC_SHEET_WORDS.has(word) && !/^\d+$/.test(word) && word.length > 2);
  if (siteWords.length === 0) return [];
  return candidates.filter((indicator) => siteWords.every((word) => wordsOf(indicator.name).includes(word)));
}
