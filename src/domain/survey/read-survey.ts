/** A survey read from a grid (a sheet's cells or an export's fields): its questions, figures, sites, year and checks. */
import { columnLetters, parseA1 } from "../address";
import { type Issue, issueAt } from "../issues";
import type { Grid, Locate } from "../telephony/grid";
import { isParagraph } from "../tables/cell-text";
import { surveyLayout, type SurveyColumn, type SurveyLayout } from "./columns";
import { figuresOfTallies } from "./figures";
import { SURVEY_MESSAGES } from "./messages";
import { overallOf } from "./overall";
import { questionAnswers, type QuestionAnswers } from "./question-answers";
import { surveySites } from "./sites";
import type { SurveyAnalysis, SurveyQuestion } from "./types";
import { surveyYear } from "./year";

/** Fewer answers than this and a question's rate is shown with a warning about its margin. */
export const SMALL_SAMPLE = 30;

export interface SurveySource {
  readonly grid: Grid;
  readonly locate: Locate;
  /** The sheet read, null for an export. */
  readonly sheet: string | null;
}

/** Data rows (0-based, under the header) where at least one question has an answer. */
function respondentRows(questions: readonly QuestionAnswers[], rows: number): number[] {
  const found: number[] = [];
  for (let row = 0; row < rows; row++) {
    if (questions.some((question) => question.column.answers[row]?.kind === "answer")) found.push(row);
  }
  return found;
}

/** A column of a few short answers on no known scale is reported; free text (sentences, a "Commentaire" header) is not a question. */
function offScaleColumn(column: SurveyColumn, headerRow: number, locate: Locate): Issue[] {
  if (column.role !== "candidate" || column.scale !== null) return [];
  const texts = column.answers.flatMap((read) => (read.kind === "answer" ? [read.text] : []));
  if (texts.length === 0 || texts.filter(isParagraph).length * 2 >= texts.length) return [];
  const examples = [...new Set(texts)].slice(0, 3);
  const issue = issueAt("SURVEY_ANSWER_UNREADABLE", locate(headerRow, column.index), SURVEY_MESSAGES.noKnownScale(column.header, examples));
  return [{ ...issue, indicator: column.header }];
}

function columnLetter(locate: Locate, headerRow: number, index: number): string {
  const cell = locate(headerRow, index).cell;
  return cell === null ? columnLetters(index + 1) : cell.replace(/\d+$/, "");
}

/** As the user reads the sheet or the file: row by row (line by line), then column by column. */
function inReadingOrder(issues: readonly Issue[]): Issue[] {
  const position = (issue: Issue): number => {
    const at = issue.cell === null ? null : parseA1(issue.cell);
    if (at !== null) return at.row * 100_000 + at.column;
    return (issue.line ?? 0) * 100_000;
  };
  return issues
    .map((issue, index) => ({ issue, index }))
    .sort((a, b) => position(a.issue) - position(b.issue) || a.index - b.index)
    .map(({ issue }) => issue);
}

export function readSurveyLayout(source: SurveySource, layout: SurveyLayout): SurveyAnalysis {
  const { grid, locate, sheet } = source;
  const { headerRow, columns } = layout;
  const asked = columns.flatMap((column) => (column.scale === null ? [] : [questionAnswers(column, column.scale, headerRow, locate)]));
  const rows = respondentRows(asked, Math.max(0, grid.length - headerRow - 1));
  const issues: Issue[] = [];
  const questions: SurveyQuestion[] = asked.map((answers) => {
    const { column, scale } = answers;
    const figures = figuresOfTallies(scale, answers.tallies);
    const at = locate(headerRow, column.index);
    issues.push(...answers.issues);
    if (figures.n < SMALL_SAMPLE) {
      const message = SURVEY_MESSAGES.smallSample(column.header, figures.n, figures.margin);
      issues.push({ ...issueAt("SURVEY_SMALL_SAMPLE", at, message), indicator: column.header });
    }
    return {
      question: column.header,
      column: columnLetter(locate, headerRow, column.index),
      headerCell: at.cell,
      ...(at.line === undefined ? {} : { headerLine: at.line }),
      scale: scale.kind,
      ...figures,
      previous: null,
      change: null,
    };
  });
  issues.push(...columns.flatMap((column) => offScaleColumn(column, headerRow, locate)));
  const overall = overallOf(questions, rows.length);
  return {
    sheet,
    year: surveyYear(grid, headerRow, columns, sheet),
    respondents: rows.length,
    overallRate: overall.rate,
    overallMargin: overall.margin,
    overallQuestion: overall.question,
    questions,
    sites: surveySites(columns.find((column) => column.role === "site"), asked, rows),
    previousYear: null,
    issues: inReadingOrder(issues),
  };
}

/** Null when the grid holds no column of answers on a known scale. */
export function readSurvey(source: SurveySource): SurveyAnalysis | null {
  const layout = surveyLayout(source.grid);
  return layout === null ? null : readSurveyLayout(source, layout);
}
