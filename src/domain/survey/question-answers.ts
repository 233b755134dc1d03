/** A question's answers as levels of its scale, and an issue for each answer that is not on it. */
import { type Issue, issueAt } from "../issues";
import type { Locate } from "../telephony/grid";
import type { SurveyColumn } from "./columns";
import { SURVEY_MESSAGES } from "./messages";
import type { Scale } from "./scales";

export interface QuestionAnswers {
  readonly column: SurveyColumn;
  readonly scale: Scale;
  /** One per data row: the level answered, or null (blank, no answer, not on the scale). */
  readonly levels: readonly (string | null)[];
  readonly issues: readonly Issue[];
}

export function questionAnswers(column: SurveyColumn, scale: Scale, headerRow: number, locate: Locate): QuestionAnswers {
  const issues: Issue[] = [];
  const levels = column.answers.map((read, index) => {
    if (read.kind !== "answer") return null;
    const level = scale.levelOf(read.answer);
    if (level === null) {
      const message = SURVEY_MESSAGES.answerOffScale(column.header, read.text, scale.kind);
      issues.push({ ...issueAt("SURVEY_ANSWER_UNREADABLE", locate(headerRow + 1 + index, column.index), message), indicator: column.header });
    }
    return level;
  });
  return { column, scale, levels, issues };
}
