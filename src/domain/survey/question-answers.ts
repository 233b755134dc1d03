/** A question's answers as levels of its scale, and an issue for each answer that is not on it. */
import { type Issue, issueAt } from "../issues";
import type { Locate } from "../telephony/grid";
import type { SurveyColumn } from "./columns";
import { SURVEY_MESSAGES } from "./messages";
import type { Scale, ScaleAnswer } from "./scales";

export interface QuestionAnswers {
  readonly column: SurveyColumn;
  readonly scale: Scale;
  /** One per data row: the level answered, or null (blank, no answer, not on the scale). */
  readonly levels: readonly (string | null)[];
  /** How many times each level was answered. */
  readonly tallies: ReadonlyMap<string, number>;
  readonly issues: readonly Issue[];
}

export function questionAnswers(column: SurveyColumn, scale: Scale, headerRow: number, locate: Locate): QuestionAnswers {
  const issues: Issue[] = [];
  // Answers of the same spelling are one object (columns.ts): the scale is asked once per spelling.
  const known = new Map<ScaleAnswer, string | null>();
  const levels: (string | null)[] = [];
  const tallies = new Map<string, number>();
  column.answers.forEach((read, index) => {
    if (read.kind !== "answer") {
      levels.push(null);
      return;
    }
    let level = known.get(read.answer);
    if (level === undefined) {
      level = scale.levelOf(read.answer);
      known.set(read.answer, level);
    }
    if (level === null) {
      const message = SURVEY_MESSAGES.answerOffScale(column.header, read.text, scale.kind);
      issues.push({ ...issueAt("SURVEY_ANSWER_UNREADABLE", locate(headerRow + 1 + index, column.index), message), indicator: column.header });
    } else {
      tallies.set(level, (tallies.get(level) ?? 0) + 1);
    }
    levels.push(level);
  });
  return { column, scale, levels, tallies, issues };
}
