/** Which survey is analysed and which one is last year's, and each question's change against it. */
import { nameKey } from "../text/normalize";
import { SURVEY_MESSAGES } from "./messages";
import type { SurveyAnalysis } from "./types";

/** The survey of `year`, else one that names no year at all (read as that year's); null when neither. */
export function surveyOfYear(surveys: readonly SurveyAnalysis[], year: number): SurveyAnalysis | null {
  const found = surveys.find((survey) => survey.year === year) ?? surveys.find((survey) => survey.year === null);
  return found === undefined ? null : { ...found, year };
}

/** The latest year any survey names, null when none names one. */
export function latestSurveyYear(surveys: readonly SurveyAnalysis[]): number | null {
  const years = surveys.flatMap((survey) => (survey.year === null ? [] : [survey.year]));
  return years.length === 0 ? null : Math.max(...years);
}

export function surveyYears(surveys: readonly SurveyAnalysis[]): number[] {
  return [...new Set(surveys.flatMap((survey) => (survey.year === null ? [] : [survey.year])))].sort((a, b) => a - b);
}

/** Each question's previous rate and change, questions matched by name as indicators are. */
export function withPreviousSurvey(current: SurveyAnalysis, previous: SurveyAnalysis | null): SurveyAnalysis {
  if (previous === null) return current;
  const lastYear = new Map(previous.questions.map((question) => [nameKey(question.question), question.satisfactionRate]));
  const questions = current.questions.map((question) => {
    const before = lastYear.get(nameKey(question.question)) ?? null;
    const change = before === null || question.satisfactionRate === null ? null : question.satisfactionRate - before;
    return { ...question, previous: before, change };
  });
  return { ...current, questions, previousYear: previous.year };
}

/** The analysed year's survey with last year's changes; `others` are every survey found. */
export function surveyForYear(surveys: readonly SurveyAnalysis[], year: number): SurveyAnalysis | null {
  const current = surveyOfYear(surveys, year);
  if (current === null) return null;
  const previous = surveys.find((survey) => survey.year === year - 1) ?? null;
  return withPreviousSurvey(current, previous);
}

export type SurveyChoice = { readonly ok: true; readonly survey: SurveyAnalysis } | { readonly ok: false; readonly message: string };

/** The `survey` command's choice: `year` when given, else the latest year any survey names. */
export function chooseSurvey(surveys: readonly SurveyAnalysis[], year: number | undefined): SurveyChoice {
  if (surveys.length === 0) return { ok: false, message: SURVEY_MESSAGES.noSurvey };
  const wanted = year ?? latestSurveyYear(surveys);
  if (wanted === null) return { ok: true, survey: surveys[0] };
  const survey = surveyForYear(surveys, wanted);
  return survey === null ? { ok: false, message: SURVEY_MESSAGES.yearNotFound(wanted, surveyYears(surveys)) } : { ok: true, survey };
}
