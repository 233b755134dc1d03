/**
 * The header row of a survey and what each column holds. The header is the row under which the most columns
 * hold answers on a known scale (its own cells not being answers themselves); ties go to the earlier row.
 */
import type { Grid } from "../telephony/grid";
import { readAnswer, type ReadAnswer } from "./answer";
import { columnRole, type ColumnRole } from "./column-roles";
import { inferScale } from "./question-scale";
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

function answersOf(answers: readonly ReadAnswer[]): ScaleAnswer[] {
  const found: ScaleAnswer[] = [];
  for (const read of answers) if (read.kind === "answer") found.push(read.answer);
  return found;
}

function answerGrid(grid: Grid): ReadAnswer[][] {
  return grid.map((row) => row.map(readAnswer));
}

function columnAt(read: readonly (readonly ReadAnswer[])[], grid: Grid, headerRow: number, index: number, rows = Infinity): SurveyColumn {
  const header = (grid[headerRow]?.[index]?.text ?? "").trim();
  const role = columnRole(header);
  const below = read.slice(headerRow + 1, rows === Infinity ? undefined : headerRow + 1 + rows);
  const answers = below.map((row) => row[index] ?? { kind: "blank" as const });
  const scale = STRUCTURAL.has(role) ? null : inferScale(answersOf(answers), header);
  return { index, header, role, scale, answers };
}

/** A header cell that is itself an answer on the column's scale is a data row, not the header. */
function isRealHeader(column: SurveyColumn, read: ReadAnswer | undefined): boolean {
  if (column.scale === null || read?.kind !== "answer") return false;
  return column.scale.levelOf(read.answer) === null;
}

function columnsOf(read: readonly (readonly ReadAnswer[])[], grid: Grid, row: number, rows = Infinity): SurveyColumn[] {
  const columns: SurveyColumn[] = [];
  const width = grid[row]?.length ?? 0;
  for (let index = 0; index < width; index++) {
    if ((grid[row][index]?.text ?? "").trim() !== "") columns.push(columnAt(read, grid, row, index, rows));
  }
  return columns;
}

export function surveyLayout(grid: Grid): SurveyLayout | null {
  const read = answerGrid(grid);
  let bestRow = -1;
  let bestScore = 0;
  const last = Math.min(SURVEY_HEADER_ROWS, grid.length - 1);
  for (let row = 0; row < last; row++) {
    const score = columnsOf(read, grid, row, SAMPLE_ROWS).filter((column) => isRealHeader(column, read[row]?.[column.index])).length;
    if (score > bestScore) {
      bestRow = row;
      bestScore = score;
    }
  }
  return bestRow < 0 ? null : { headerRow: bestRow, columns: columnsOf(read, grid, bestRow) };
}
