/**
 * The overall rate: the question about satisfaction as a whole when there is one, else Σ satisfied ÷ Σ n over
 * every question. The pooled rate's margin counts respondents, not answers: one person's answers to several
 * questions are not independent draws, so counting answers would claim a precision the survey does not have.
 */
import { isOverallQuestion } from "./column-roles";
import { marginOfError, pooledRate } from "./figures";
import type { QuestionFigures } from "./types";

export interface Overall {
  readonly rate: number | null;
  readonly margin: number | null;
  /** The question it comes from, null when pooled. */
  readonly question: string | null;
}

export function overallOf(questions: readonly (QuestionFigures & { readonly question: string })[], respondents: number): Overall {
  const asked = questions.find((question) => isOverallQuestion(question.question) && question.n > 0);
  if (asked !== undefined) return { rate: asked.satisfactionRate, margin: asked.margin, question: asked.question };
  const rate = pooledRate(questions);
  return { rate, margin: rate === null ? null : marginOfError(rate / 100, respondents), question: null };
}
