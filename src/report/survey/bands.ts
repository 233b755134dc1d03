/**
 * The stacks of a distribution chart: each scale's levels, upper first, in the colours of a diverging
 * palette (greens satisfied, grey in between, reds dissatisfied). Scores out of 10 are grouped in four
 * bands that follow the satisfied (≥ 8) and dissatisfied (≤ 4) thresholds, so that the legend stays readable.
 */
import type { ScaleKind, SurveyQuestion } from "../../domain/survey";

export interface Band {
  readonly label: string;
  readonly levels: readonly string[];
  readonly color: string;
}

const STRONG_YES = "#1E7B34";
const YES = "#8BC79A";
const MIDDLE = "#BFBFBF";
const NO = "#F2A09A";
const STRONG_NO = "#B00020";

const each = (labels: readonly string[], colors: readonly string[]): Band[] =>
  labels.map((label, index) => ({ label, levels: [label], color: colors[index] }));

export const SCALE_BANDS: Readonly<Record<ScaleKind, readonly Band[]>> = {
  satisfaction: each(["Très satisfait", "Plutôt satisfait", "Plutôt pas satisfait", "Pas du tout satisfait"], [STRONG_YES, YES, NO, STRONG_NO]),
  agreement: each(["Tout à fait d'accord", "Plutôt d'accord", "Plutôt pas d'accord", "Pas du tout d'accord"], [STRONG_YES, YES, NO, STRONG_NO]),
  yes_no: each(["Oui", "Non"], [STRONG_YES, STRONG_NO]),
  score_1_5: each(["5", "4", "3", "2", "1"], [STRONG_YES, YES, MIDDLE, NO, STRONG_NO]),
  score_0_10: [
    { label: "9 à 10", levels: ["10", "9"], color: STRONG_YES },
    { label: "8", levels: ["8"], color: YES },
    { label: "5 à 7", levels: ["7", "6", "5"], color: MIDDLE },
    { label: "0 à 4", levels: ["4", "3", "2", "1", "0"], color: STRONG_NO },
  ],
};

export function bandCount(question: SurveyQuestion, band: Band): number {
  return band.levels.reduce((sum, level) => sum + (question.counts[level] ?? 0), 0);
}
