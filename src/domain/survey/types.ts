/** A satisfaction survey as analysed: per question, per site, overall, against last year. */
import type { Issue } from "../issues";

export type ScaleKind = "satisfaction" | "agreement" | "yes_no" | "score_1_5" | "score_0_10";

export interface QuestionFigures {
  /** Answers on the scale (no-answers and unreadable answers left out). */
  readonly n: number;
  /** Count of each level, keyed by the scale's labels, in the scale's order (upper level first). */
  readonly counts: Readonly<Record<string, number>>;
  readonly satisfied: number;
  readonly dissatisfied: number;
  /** Percent numbers; null when n is 0. */
  readonly satisfactionRate: number | null;
  readonly netRate: number | null;
  /** The 95 % margin of error of the satisfaction rate, in points. */
  readonly margin: number | null;
  /** Scores only: the mean answer. */
  readonly mean: number | null;
}

export interface SurveyQuestion extends QuestionFigures {
  readonly question: string;
  /** The column letter in its sheet (or in the export, counting from A). */
  readonly column: string;
  /** Where its header is, for the checks and the links. */
  readonly headerCell: string | null;
  readonly headerLine?: number;
  readonly scale: ScaleKind;
  /** Last year's satisfaction rate of the same question, and the change in points. */
  readonly previous: number | null;
  readonly change: number | null;
}

export interface SiteQuestion extends QuestionFigures {
  readonly question: string;
  readonly scale: ScaleKind;
}

export interface SurveySite {
  readonly name: string;
  readonly respondents: number;
  readonly overallRate: number | null;
  readonly overallMargin: number | null;
  readonly questions: readonly SiteQuestion[];
}

export interface SurveyAnalysis {
  /** The sheet read; null for a text export. */
  readonly sheet: string | null;
  readonly year: number | null;
  /** Rows with at least one answer to a question. */
  readonly respondents: number;
  readonly overallRate: number | null;
  readonly overallMargin: number | null;
  /** The question that asks about satisfaction as a whole, when there is one. */
  readonly overallQuestion: string | null;
  readonly questions: readonly SurveyQuestion[];
  /** Empty when the survey has no site column. */
  readonly sites: readonly SurveySite[];
  readonly previousYear: number | null;
  readonly issues: readonly Issue[];
}
