/**
 * A survey export as saved by a form tool (";", "," or tab separated, fields quoted when they hold the
 * separator or a line break) or pasted from it. Each record keeps the line it starts on, for the issues.
 */
import Papa from "papaparse";
import { textCell, type Grid, type Locate } from "../telephony/grid";
import { surveyLayout, type SurveyLayout } from "./columns";
import { readSurveyLayout } from "./read-survey";
import type { SurveyAnalysis } from "./types";

const DELIMITERS = ["\t", ";", ","] as const;

interface TextGrid {
  readonly grid: Grid;
  /** The 1-based line each grid row starts on. */
  readonly lines: readonly number[];
}

function parseRecords(text: string, delimiter: string): TextGrid {
  const rows: string[][] = [];
  const lines: number[] = [];
  let start = 0;
  let line = 1;
  Papa.parse<string[]>(text, {
    delimiter,
    newline: "\n",
    quoteChar: '"',
    skipEmptyLines: false,
    step: (result) => {
      rows.push(result.data.map(String));
      lines.push(line);
      const end = result.meta.cursor;
      for (let i = start; i < end; i++) if (text.charCodeAt(i) === 10) line++;
      start = end;
    },
  });
  return { grid: rows.map((row) => (row.length === 1 && row[0].trim() === "" ? [] : row.map(textCell))), lines };
}

const questionCount = (layout: SurveyLayout | null): number => layout?.columns.filter((column) => column.scale !== null).length ?? 0;

/** The text's records under the separator whose header has the most questions; null when none has any. */
function bestRecords(text: string): { parsed: TextGrid; layout: SurveyLayout } | null {
  const normalized = text.replace(/^\ufeff/, "").replace(/\r\n?/g, "\n");
  let best: { parsed: TextGrid; layout: SurveyLayout } | null = null;
  for (const delimiter of DELIMITERS) {
    const parsed = parseRecords(normalized, delimiter);
    const layout = surveyLayout(parsed.grid);
    if (layout !== null && questionCount(layout) > questionCount(best?.layout ?? null)) best = { parsed, layout };
  }
  return best;
}

function analyzeRecords({ parsed, layout }: { parsed: TextGrid; layout: SurveyLayout }): SurveyAnalysis {
  const { lines } = parsed;
  const locate: Locate = (gridRow) => ({ sheet: null, cell: null, line: lines[gridRow] ?? gridRow + 1 });
  return readSurveyLayout({ grid: parsed.grid, locate, sheet: null }, layout);
}

/** Null when no separator gives a header of questions answered on a known scale. */
export function parseSurveyText(text: string): SurveyAnalysis | null {
  const best = bestRecords(text);
  return best === null ? null : analyzeRecords(best);
}

/** A pasted export as written: its header and its respondents' rows (fields as typed), beside its analysis. */
export interface SurveyPaste {
  readonly header: readonly string[];
  readonly rows: readonly (readonly string[])[];
  readonly analysis: SurveyAnalysis;
}

/** Null when no separator gives a header of questions answered on a known scale. */
export function parseSurveyPaste(text: string): SurveyPaste | null {
  const best = bestRecords(text);
  if (best === null) return null;
  const { grid } = best.parsed;
  const header = (grid[best.layout.headerRow] ?? []).map((cell) => cell.text.trim());
  const rows = grid
    .slice(best.layout.headerRow + 1)
    .filter((row) => row.some((cell) => cell.text.trim() !== ""))
    .map((row) => header.map((_, column) => row[column]?.text ?? ""));
  return { header, rows, analysis: analyzeRecords(best) };
}
