/** The summary's sentence naming the survey's overall rate, with a pointer to its sheet. */
import type { Analysis } from "../../domain/analysis/types";
import { formatMargin, formatSurveyRate } from "../../domain/survey";
import { SURVEY_WORDS as W } from "./words";

export function surveyLine(analysis: Analysis, sheetName: string | null): string | null {
  const survey = analysis.survey;
  if (survey === null || sheetName === null || survey.overallRate === null || survey.overallMargin === null) return null;
  return W.summaryLine(analysis.year, formatSurveyRate(survey.overallRate), survey.respondents, formatMargin(survey.overallMargin), sheetName);
}
