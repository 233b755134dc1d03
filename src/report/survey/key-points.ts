/** « Ce qu'il faut retenir »: one sentence per question in the seed's style, small samples flagged with their margin. */
import { SMALL_SAMPLE, surveySentence, type SurveyAnalysis } from "../../domain/survey";
import type { SurveySheetBuilder } from "./builder";
import { SURVEY_WORDS as W } from "./words";

export function keyPointSentences(survey: SurveyAnalysis): string[] {
  return survey.questions.flatMap((question) => {
    const sentence = surveySentence(question);
    if (sentence === null) return [];
    return [question.n < SMALL_SAMPLE ? `${sentence} — ${W.smallSampleNote}.` : `${sentence}.`];
  });
}

export function planKeyPoints(builder: SurveySheetBuilder, survey: SurveyAnalysis): void {
  const sentences = keyPointSentences(survey);
  if (sentences.length === 0) return;
  builder.height(builder.fullRow(W.keyPointsTitle, "section"), 22);
  for (const sentence of sentences) builder.fullRow(`• ${sentence}`, "bullet", 15);
}
