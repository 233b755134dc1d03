/** Every French word of the « Enquête <année> » sheet and of the summary's line about the survey. */
import { NO_BREAK_SPACE as NBSP, quoted } from "../../domain/text/french";
import type { ScaleKind } from "../../domain/survey";
import { formatNumberFr } from "../../domain/values";

const counted = (count: number, word: string): string => `${formatNumberFr(count, 0)}${NBSP}${word}${count >= 2 ? "s" : ""}`;
/** « (1/2) » after a chart's title when a scale's questions take several charts. */
const partOf = (part: number, parts: number): string => (parts > 1 ? ` (${part}/${parts})` : "");

export const SURVEY_SHEET_NAME = (year: number): string => `Enquête ${year}`;

export const SURVEY_WORDS = {
  title: (year: number) => `Enquête de satisfaction ${year}`,
  subtitle: (sheet: string | null, sourceName: string, generatedAt: string) =>
    `Source${NBSP}: ${sheet === null ? sourceName : `feuille ${quoted(sheet)} de ${sourceName}`} · Généré le ${generatedAt} · Marge d'erreur à 95${NBSP}%`,
  headline: (rate: string, respondents: number, margin: string) =>
    `${rate} des usagers satisfaits dans l'ensemble (${counted(respondents, "répondant")}, ${margin})`,
  noHeadline: "Aucune réponse sur une échelle connue",
  overallFromQuestion: (question: string) => `Taux global${NBSP}: la question ${quoted(question)}.`,
  overallPooled: (questions: number) =>
    `Taux global${NBSP}: toutes les réponses satisfaites ÷ toutes les réponses, sur ${counted(questions, "question")}${NBSP}; sa marge compte les répondants.`,
  columns: {
    question: "Question",
    answers: "Réponses",
    satisfied: "Satisfaits",
    margin: "Marge d'erreur",
    net: "Satisfaction nette",
    mean: "Moyenne",
    change: (year: number | null) => (year === null ? "Évolution" : `Évolution depuis ${year}`),
    distribution: "Répartition des réponses",
  },
  smallSample: "moins de 30 réponses",
  changeNote:
    `Évolution en gris${NBSP}: dans la marge d'erreur de l'année, elle peut tenir au hasard de l'échantillon${NBSP}; ` +
    `en vert ou en rouge${NBSP}: au-delà.`,
  noChange: "—",
  keyPointsTitle: "Ce qu'il faut retenir",
  smallSampleNote: `moins de 30${NBSP}réponses${NBSP}: à lire avec prudence`,
  sitesTitle: "Par site",
  sitesRespondents: "Répondants",
  sitesOverall: "Satisfaction globale",
  siteCell: (rate: string, n: number) => `${rate} (${formatNumberFr(n, 0)})`,
  sitesNote: `Taux de satisfaction (nombre de réponses) de chaque question, site par site${NBSP}; en jaune${NBSP}: moins de 30${NBSP}réponses, à lire avec prudence.`,
  chartsTitle: "Répartition des réponses",
  chartTitle: (scale: ScaleKind, part = 1, parts = 1) => `Répartition des réponses — ${SCALE_TITLES[scale]}${partOf(part, parts)}`,
  chartNote: "Chaque barre totalise 100\u00a0% des réponses à la question («\u00a0Sans avis\u00a0» et réponses illisibles exclus). Chiffres ci-dessous.",
  dataTitle: (scale: ScaleKind, part = 1, parts = 1) =>
    `Nombre de réponses — ${SCALE_TITLES[scale]}${partOf(part, parts)} (dans l'ordre du graphique, de bas en haut)`,
  percentAxis: "Part des réponses",
  scaleNames: {
    satisfaction: "Satisfaction",
    agreement: "Accord",
    yes_no: "Oui / Non",
    score_1_5: "Note sur 5",
    score_0_10: "Note sur 10",
  } as Readonly<Record<ScaleKind, string>>,
  summaryLine: (year: number, rate: string, respondents: number, margin: string, sheet: string) =>
    `Enquête de satisfaction ${year}${NBSP}: ${rate} des usagers satisfaits dans l'ensemble (${counted(respondents, "répondant")}, ${margin})${NBSP}; détail dans la feuille ${quoted(sheet)}.`,
} as const;

const SCALE_TITLES: Readonly<Record<ScaleKind, string>> = {
  satisfaction: "questions de satisfaction",
  agreement: "questions d'accord",
  yes_no: "questions Oui / Non",
  score_1_5: "notes sur 5",
  score_0_10: "notes sur 10",
};
