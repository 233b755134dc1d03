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

/** The words of a site's name that tell it apart ("Sous-préfecture de Mauriac" → mauriac, sous, prefecture). */
const siteWordsOf = (site: string): string[] => wordsOf(site).filter((word) => !GENERIC_SHEET_WORDS.has(word) && word.length > 2);

/**
 * With several sites: the call-answer-rate indicator that names no site is the combined one (or the only one
 * there is); one that names a site is that site's.
 */
export function indicatorsOfSites(
  indicators: readonly IndicatorAnalysis[],
  sites: readonly string[],
): { combined: IndicatorAnalysis[]; bySite: IndicatorAnalysis[][] } {
  const candidates = indicators.filter((indicator) => isCallAnswerRate(indicator.name));
  const names = (site: string) => (indicator: IndicatorAnalysis) => {
    const words = siteWordsOf(site);
    return words.length > 0 && words.every((word) => wordsOf(indicator.name).includes(word));
  };
  const bySite = sites.map((site) => candidates.filter(names(site)));
  const combined = candidates.length === 1 ? candidates : candidates.filter((indicator) => !sites.some((site) => names(site)(indicator)));
  return { combined, bySite: bySite.map((found) => (candidates.length === 1 ? [] : found)) };
}
