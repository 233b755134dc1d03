/** Which indicators of the year's table the public page's figures come from. */
import { indicatorsOfSites, isCallAnswerRate } from "../../domain/analysis/call-rate";
import type { Analysis, IndicatorAnalysis } from "../../domain/analysis/types";
import { wordsOf } from "../../domain/text/normalize";

/** A result a visitor may be shown: read, measured and not to be corrected first. */
export const publishable = (indicator: IndicatorAnalysis): boolean =>
  indicator.result?.quantity != null && indicator.status !== "invalid" && indicator.status !== "not_measured";

const wordsOfRow = (indicator: IndicatorAnalysis): string[] => wordsOf(`${indicator.theme ?? ""} ${indicator.name}`);
const dimensionOf = (indicator: IndicatorAnalysis) => indicator.result?.quantity?.dimension ?? indicator.target?.quantity?.dimension;

const EMAIL_WORDS = ["courriel", "mail", "email", "mel", "messagerie"];
const LETTER_WORDS = ["courrier", "lettre"];

export type MailKind = "emails" | "letters" | "both";

/** What the row answers: e-mails, letters, both; null when it names neither. */
export function mailKind(indicator: IndicatorAnalysis): MailKind | null {
  const words = wordsOfRow(indicator);
  const emails = words.some((word) => EMAIL_WORDS.includes(word));
  const letters = words.some((word) => LETTER_WORDS.includes(word));
  return emails && letters ? "both" : emails ? "emails" : letters ? "letters" : null;
}

/** The year's call-answer rate: the only one, or among one per site the one that names no site. */
export function findCallRate(analysis: Analysis): IndicatorAnalysis | null {
  const candidates = analysis.indicators.filter((indicator) => isCallAnswerRate(indicator.name) && dimensionOf(indicator) === "percent");
  if (candidates.length <= 1) return candidates[0] ?? null;
  const sites = (analysis.monthly?.sites ?? []).flatMap((site) => (site.name === null ? [] : [site.name]));
  return indicatorsOfSites(candidates, sites).combined[0] ?? candidates[0] ?? null;
}

/** "Délai de réponse" in days or hours, under e-mails or letters first. */
export function findMailDelay(analysis: Analysis): IndicatorAnalysis | null {
  const delays = analysis.indicators.filter((indicator) => {
    const words = wordsOfRow(indicator);
    return dimensionOf(indicator) === "duration" && words.includes("delai") && (words.includes("reponse") || mailKind(indicator) !== null);
  });
  return delays.find((indicator) => mailKind(indicator) !== null) ?? delays[0] ?? null;
}

/** "Taux de réponse sous 5 jours" under e-mails or letters: the share answered in time. */
export function findMailRate(analysis: Analysis): IndicatorAnalysis | null {
  return (
    analysis.indicators.find((indicator) => {
      const words = wordsOfRow(indicator);
      return dimensionOf(indicator) === "percent" && words.includes("reponse") && mailKind(indicator) !== null;
    }) ?? null
  );
}

/** The table's satisfaction rate (a percentage whose name holds « satisfaction »). */
export function findSatisfaction(analysis: Analysis): IndicatorAnalysis | null {
  return analysis.indicators.find((indicator) => dimensionOf(indicator) === "percent" && wordsOf(indicator.name).includes("satisfaction")) ?? null;
}

/** "sous 5 jours", "en 48 heures", "dans les 5 jours ouvrés" as the indicator's name says it. */
export function delayInName(name: string): string | null {
  const match = /\b(sous|en|dans les|en moins de)\s+(\d+(?:[,.]\d+)?)\s*(jours?|j|heures?|h)(\s+ouvr[ée]s)?\b/iu.exec(name);
  if (match === null) return null;
  const unit = /^j/i.test(match[3]) ? "jours" : "heures";
  const amount = Number(match[2].replace(",", "."));
  const word = amount < 2 ? unit.slice(0, -1) : unit;
  return `${match[1].toLowerCase()} ${match[2]}\u00a0${word}${match[4] ? (amount < 2 ? " ouvré" : " ouvrés") : ""}`;
}
