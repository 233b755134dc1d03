/**
 * The header row of a survey and what each column holds. The header is the row under which the most columns
 * hold answers on a known scale (its own cells not being answers themselves); ties go to the earlier row.
 */
import type { Grid, GridCell } from "../telephony/grid";
import { readAnswer, type ReadAnswer } from "./answer";
import { columnRole, type ColumnRole } from "./column-roles";
import { AnswerWindow } from "./answer-window";
import { ScaleCounts, scaleOfCounts, scalesOf } from "./question-scale";
import type { Scale, ScaleAnswer } from "./scales";

/** How far down the header row is looked for (title rows, a note, blank rows above it). */
export const SURVEY_HEADER_ROWS = 12;
/** The answers a candidate header row is judged on; the chosen row's columns are then read whole. */
const SAMPLE_ROWS = 200;

export interface SurveyColumn {
  /** 0-based grid column. */
  readonly index: number;
  readonly header: string;
  readonly role: ColumnRole;
  /** The scale of a question, null for every other column and for a question on no known scale. */
  readonly scale: Scale | null;
  /** One per data row (grid rows below the header, in order). */
  readonly answers: readonly ReadAnswer[];
}

export interface SurveyLayout {
  /** 0-based grid row of the header. */
  readonly headerRow: number;
  readonly columns: readonly SurveyColumn[];
}

/** Roles whose column is never a question, whatever its answers look like. */
const STRUCTURAL: ReadonlySet<ColumnRole> = new Set(["site", "date", "respondent"]);

/**
 * Every cell read as an answer. An export repeats a few spellings thousands of times: cells of the same text
 * (and the same number) share one reading, so that the scales are matched once per spelling (see inferScale).
 */
function answerGrid(grid: Grid): ReadAnswer[][] {
  const byText = new Map<string, ReadAnswer>();
  const byNumber = new Map<number, Map<string, ReadAnswer>>();
  const read = (cell: GridCell): ReadAnswer => {
    if (cell.error !== null) return readAnswer(cell);
    let known = byText;
    if (cell.number !== null) {
      known = byNumber.get(cell.number) ?? new Map<string, ReadAnswer>();
      byNumber.set(cell.number, known);
    }
    const found = known.get(cell.text);
    if (found !== undefined) return found;
    const answer = readAnswer(cell);
    known.set(cell.text, answer);
    return answer;
  };
  return grid.map((row) => row.map(read));
}

const BLANK: ReadAnswer = { kind: "blank" };

/** scalesOf, asked once per spelling (answers of one spelling are one object, see answerGrid). */
function rememberedScales(): (answer: ScaleAnswer) => number {
  const known = new Map<ScaleAnswer, number>();
  return (answer) => {
    let bits = known.get(answer);
    if (bits === undefined) {
      bits = scalesOf(answer);
      known.set(answer, bits);
    }
    return bits;
  };
}

/** The column's answers under its header, and how many each scale holds (counted once per spelling). */
function columnAt(read: readonly (readonly ReadAnswer[])[], grid: Grid, headerRow: number, index: number, scales: (answer: ScaleAnswer) => number): SurveyColumn {
  const header = (grid[headerRow]?.[index]?.text ?? "").trim();
  const role = columnRole(header);
  const answers: ReadAnswer[] = [];
  const spellings = new Map<ScaleAnswer, number>();
  for (let row = headerRow + 1; row < read.length; row++) {
    const cell = read[row][index] ?? BLANK;
    answers.push(cell);
    if (cell.kind === "answer") spellings.set(cell.answer, (spellings.get(cell.answer) ?? 0) + 1);
  }
  const counts = new ScaleCounts();
  for (const [answer, times] of spellings) counts.add(scales(answer), times);
  const scale = STRUCTURAL.has(role) ? null : scaleOfCounts(counts, header);
  return { index, header, role, scale, answers };
}

function columnsOf(read: readonly (readonly ReadAnswer[])[], grid: Grid, row: number, scales: (answer: ScaleAnswer) => number): SurveyColumn[] {
  const columns: SurveyColumn[] = [];
  const width = grid[row]?.length ?? 0;
  for (let index = 0; index < width; index++) {
    if ((grid[row][index]?.text ?? "").trim() !== "") columns.push(columnAt(read, grid, row, index, scales));
  }
  return columns;
}

/**
 * How many columns `row` heads: a header cell that is an answer but not on the scale of the SAMPLE_ROWS
 * answers below it (a header cell that is itself an answer on the column's scale is a data row).
 */
function headerScore(read: readonly (readonly ReadAnswer[])[], grid: Grid, row: number, window: AnswerWindow): number {
  let score = 0;
  const width = grid[row]?.length ?? 0;
  for (let index = 0; index < width; index++) {
    const header = (grid[row][index]?.text ?? "").trim();
    const cell = read[row]?.[index];
    if (header === "" || cell?.kind !== "answer" || STRUCTURAL.has(columnRole(header))) continue;
    const scale = scaleOfCounts(window.column(index), header);
    if (scale !== null && scale.levelOf(cell.answer) === null) score++;
  }
  return score;
}

export function surveyLayout(grid: Grid): SurveyLayout | null {
  const read = answerGrid(grid);
  const scales = rememberedScales();
  let bestRow = -1;
  let bestScore = 0;
  const last = Math.min(SURVEY_HEADER_ROWS, grid.length - 1);
  const window = new AnswerWindow(read, SAMPLE_ROWS, Math.max(0, ...grid.slice(0, last).map((row) => row.length)), scales);
  for (let row = 0; row < last; row++) {
    window.below(row);
    const score = headerScore(read, grid, row, window);
    if (score > bestScore) {
      bestRow = row;
      bestScore = score;
    }
  }
  return bestRow < 0 ? null : { headerRow: bestRow, columns: columnsOf(read, grid, bestRow, scales) };
}
