/**
 * A question's result as the seed writes it: « 98 % des usagers sont satisfaits de l'accueil téléphonique
 * (112 réponses, ± 2,6 points) ». Shared by the command line and the report.
 */
import { NO_BREAK_SPACE as NBSP, quoted as q } from "../text/french";
import { formatNumberFr } from "../values";
import { isOverallQuestion } from "./column-roles";
import type { ScaleKind } from "./types";


/** A whole percentage, except that a rate short of 100 % (or above 0 %) never reads as 100 % (or 0 %). */
export function formatSurveyRate(rate: number): string {
  const whole = Math.round(rate);
  const shown = (whole === 100 && rate < 100) || (whole === 0 && rate > 0) ? formatNumberFr(rate, 1) : formatNumberFr(whole, 0);
  return `${shown}${NBSP}%`;
}

export function formatMargin(margin: number): string {
  return `±${NBSP}${formatNumberFr(margin, 1)}${NBSP}point${margin >= 2 ? "s" : ""}`;
}

/** "+2,5 points", "−1 point", "0 point": a change of a rate, singular below 2. */
export function formatPointsChange(change: number): string {
  const magnitude = formatNumberFr(Math.abs(change), 1);
  const sign = magnitude === "0" ? "" : change > 0 ? "+" : "\u2212";
  return `${sign}${magnitude}${NBSP}point${Math.abs(Number(magnitude.replace(",", "."))) >= 2 ? "s" : ""}`;
}

export const answersCount = (n: number): string => `${formatNumberFr(n, 0)}${NBSP}réponse${n >= 2 ? "s" : ""}`;

/**
 * What the question asks people to be satisfied with: "Êtes-vous satisfait de l'accueil téléphonique ?" and
 * "Satisfaction des horaires" give "de l'accueil téléphonique" and "des horaires"; null when it says no such thing.
 */
export function satisfactionObject(question: string): string | null {
  const text = question.trim();
  const match =
    /satisfaite?s?(?:\s*\(e\))?\s+((?:de|du|des)\s.+?|d['’].+?)[\s?.!]*$/iu.exec(text) ??
    /^satisfaction\s+((?:de|du|des)\s.+?|d['’].+?)[\s?.!]*$/iu.exec(text);
  // Said of the users, "votre courriel" becomes "leur courriel".
  return match ? match[1].replace(/’/g, "'").replace(/\bvotre\b/giu, "leur").replace(/\bvos\b/giu, "leurs") : null;
}

export interface SentenceQuestion {
  readonly question: string;
  readonly scale: ScaleKind;
  readonly n: number;
  readonly satisfactionRate: number | null;
  readonly margin: number | null;
  readonly mean: number | null;
}

/** The question as typed, its space before « ? », « ! », « : » or « ; » made a no-break space so that it never starts a line. */
const asQuoted = (question: string): string => question.trim().replace(/\s+([?!:;])/g, `${NBSP}$1`);

function statement(question: SentenceQuestion, rate: string): string {
  const name = asQuoted(question.question);
  switch (question.scale) {
    case "satisfaction": {
      const object = satisfactionObject(name);
      if (object !== null) return `${rate} des usagers sont satisfaits ${object}`;
      return isOverallQuestion(name) ? `${rate} des usagers sont globalement satisfaits` : `${rate} des usagers sont satisfaits à la question ${q(name)}`;
    }
    case "agreement":
      return `${rate} des usagers sont d'accord avec ${q(name)}`;
    case "yes_no":
      return `${rate} des usagers ont répondu ${q("Oui")} à ${q(name)}`;
    case "score_1_5":
    case "score_0_10": {
      const [top, out] = question.scale === "score_1_5" ? ["4 ou 5", 5] : ["8 à 10", 10];
      const mean = question.mean === null ? "" : `, moyenne ${formatNumberFr(question.mean, 1)} sur ${out}`;
      return `${rate} des usagers donnent une note de ${top} à ${q(name)}${mean}`;
    }
  }
}

/** Null when the question has no answer. */
export function surveySentence(question: SentenceQuestion): string | null {
  if (question.satisfactionRate === null) return null;
  // Everyone of the same mind gives a margin of 0, which says nothing of so few answers: it is left out.
  const margin = question.margin === null || question.margin === 0 ? "" : `, ${formatMargin(question.margin)}`;
  return `${statement(question, formatSurveyRate(question.satisfactionRate))} (${answersCount(question.n)}${margin})`;
}
