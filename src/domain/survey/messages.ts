/** Every French word the survey analysis shows: its checks' messages. */
import { NO_BREAK_SPACE as NBSP, quoted as q } from "../text/french";
import { formatNumberFr } from "../values";

const points = (value: number): string => `${formatNumberFr(value, 1)}${NBSP}point${Math.abs(value) >= 2 ? "s" : ""}`;
const percent = (value: number): string => `${formatNumberFr(value, 1)}${NBSP}%`;

export const SURVEY_SCALE_NAMES = {
  satisfaction: `de ${q("Très satisfait")} à ${q("Pas du tout satisfait")}`,
  agreement: `de ${q("Tout à fait d'accord")} à ${q("Pas du tout d'accord")}`,
  yes_no: `${q("Oui")} ou ${q("Non")}`,
  score_1_5: "une note entière de 1 à 5",
  score_0_10: "une note entière de 0 à 10",
} as const;

export const SURVEY_MESSAGES = {
  answerOffScale: (question: string, answer: string, scale: keyof typeof SURVEY_SCALE_NAMES) =>
    `La réponse ${q(answer)} à la question ${q(question)} n'est pas sur l'échelle de la question (${SURVEY_SCALE_NAMES[scale]})${NBSP}: ` +
    `elle n'est pas comptée. Corrigez-la, ou saisissez ${q("Sans avis")} s'il n'y a pas de réponse.`,
  noKnownScale: (question: string, examples: readonly string[]) =>
    `Les réponses à la question ${q(question)} (${examples.map(q).join(", ")}…) ne sont sur aucune échelle connue ` +
    `(satisfaction, accord, Oui / Non, note de 1 à 5 ou de 0 à 10)${NBSP}: la question n'est pas comptée.`,
  smallSample: (question: string, n: number, margin: number | null) =>
    `La question ${q(question)} n'a que ${n}${NBSP}réponse${n >= 2 ? "s" : ""} (moins de 30)${NBSP}: ` +
    (margin === null || margin === 0 ? "son taux n'est qu'indicatif." : `son taux de satisfaction est à ±${NBSP}${points(margin)} près.`),
  rateDiffersFromTable: (indicator: string, table: number, survey: number, margin: number, sheet: string | null) =>
    `Le résultat de ${q(indicator)} (${percent(table)}) s'écarte du taux de satisfaction de l'enquête ` +
    `(${percent(survey)}${sheet === null ? "" : `, feuille ${q(sheet)}`}) de plus que sa marge d'erreur ` +
    `(±${NBSP}${points(margin)})${NBSP}: vérifiez l'un ou l'autre.`,
  noSurvey:
    `Aucune enquête de satisfaction trouvée (il faut une ligne d'en-tête de questions, puis une ligne par répondant, ` +
    `avec des réponses comme ${q("Très satisfait")}, ${q("Oui")} ou une note de 1 à 5).`,
  yearNotFound: (year: number, available: readonly number[]) =>
    available.length === 0
      ? `Aucune enquête de satisfaction pour l'année ${year}.`
      : `Aucune enquête de satisfaction pour l'année ${year} (années trouvées${NBSP}: ${available.join(", ")}).`,
} as const;
