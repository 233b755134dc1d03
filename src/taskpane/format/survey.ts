/** A survey's figures as the Analyser shows them: « 95,2 % ± 3,1 points, 120 répondants ». */
import { SURVEY_STRINGS } from "../survey-strings";
import { formatMargin, SMALL_SAMPLE } from "../../domain/survey";
import { NO_BREAK_SPACE } from "../../domain/text/french";
import { formatNumberFr } from "../../domain/values";

/** A rate to one decimal; "—" when there is no answer. */
export function surveyRate(rate: number | null): string {
  return rate === null ? SURVEY_STRINGS.noAnswer : `${formatNumberFr(rate, 1)}${NO_BREAK_SPACE}%`;
}

/** The rate and its margin of error, the margin left out when it is unknown or 0 (everyone of one mind). */
export function rateWithMargin(rate: number | null, margin: number | null): string {
  if (rate === null) return SURVEY_STRINGS.noAnswer;
  return margin === null || margin === 0 ? surveyRate(rate) : `${surveyRate(rate)} ${formatMargin(margin)}`;
}

export function overallLine(rate: number | null, margin: number | null, respondents: number): string {
  return `${rateWithMargin(rate, margin)}, ${SURVEY_STRINGS.respondents(respondents, formatNumberFr(respondents, 0))}`;
}

/** Fewer answers than the engine's threshold for SURVEY_SMALL_SAMPLE. */
export const isSmallSample = (n: number): boolean => n < SMALL_SAMPLE;
