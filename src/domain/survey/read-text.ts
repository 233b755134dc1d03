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

/** Null when no separator gives a header of questions answered on a known scale. */
export function parseSurveyText(text: string): SurveyAnalysis | null {
  const normalized = text.replace(/^\ufeff/, "").replace(/\r\n?/g, "\n");
  let best: { parsed: TextGrid; layout: SurveyLayout } | null = null;
  for (const delimiter of DELIMITERS) {
    const parsed = parseRecords(normalized, delimiter);
    const layout = surveyLayout(parsed.grid);
    if (layout !== null && questionCount(layout) > questionCount(best?.layout ?? null)) best = { parsed, layout };
  }
  if (best === null) return null;
  const { lines } = best.parsed;
  const locate: Locate = (gridRow) => ({ sheet: null, cell: null, line: lines[gridRow] ?? gridRow + 1 });
  return readSurveyLayout({ grid: best.parsed.grid, locate, sheet: null }, best.layout);
}
