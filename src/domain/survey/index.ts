/** The satisfaction survey: where the answers are, each question's scale and figures, per site, against last year. */
export type { QuestionFigures, ScaleKind, SiteQuestion, SurveyAnalysis, SurveyQuestion, SurveySite } from "./types";
export { SCALE_BY_KIND, SCALES } from "./scales";
export { readAnswer } from "./answer";
export { inferScale } from "./question-scale";
export { marginOfError, questionFigures } from "./figures";
export { readSurvey, SMALL_SAMPLE } from "./read-survey";
export { parseSurveyPaste, parseSurveyText, type SurveyPaste } from "./read-text";
export { findSurveys, readSurveySheet } from "./find-surveys";
export { chooseSurvey, latestSurveyYear, surveyForYear, surveyYears, type SurveyChoice } from "./choose";
export { answersCount, formatMargin, formatPointsChange, formatSurveyRate, surveySentence } from "./sentence";
export { SURVEY_MESSAGES } from "./messages";
