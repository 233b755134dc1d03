/** Which year to analyse, which table gives it, and which year and table to compare with. */
import { SOURCE_PREFERENCE, type YearTable } from "../tables";
import { cellText } from "../tables/cell-text";
import { ANALYSIS_MESSAGES } from "./messages";

export interface YearChoice {
  readonly year: number;
  readonly table: YearTable;
  readonly previousYear: number | null;
  readonly previousTable: YearTable | null;
  readonly availableYears: readonly number[];
}

export type YearChoiceOutcome = { readonly ok: true; readonly choice: YearChoice } | { readonly ok: false; readonly message: string };

const hasResults = (table: YearTable): boolean => table.rows.some((row) => cellText(row.result.cell) !== "");

const isMain = (table: YearTable): boolean => table.source !== "previous-column";

/** The preferred table for a year: a per-year table over a year column over a previous-year column; first in sheet order on a tie. */
export function bestTable(tables: readonly YearTable[], year: number | null): YearTable | null {
  let best: YearTable | null = null;
  for (const table of tables) {
    if (table.year !== year) continue;
    if (best === null || SOURCE_PREFERENCE[table.source] > SOURCE_PREFERENCE[best.source]) best = table;
  }
  return best;
}

export function chooseYear(tables: readonly YearTable[], wanted: number | undefined): YearChoiceOutcome {
  const main = tables.filter(isMain);
  if (main.length === 0) return { ok: false, message: ANALYSIS_MESSAGES.noTable };
  const availableYears = [...new Set(main.map((t) => t.year).filter((y): y is number => y !== null))].sort((a, b) => a - b);
  const year = wanted ?? latestWithResults(main);
  if (year === null) return { ok: false, message: ANALYSIS_MESSAGES.yearUnknown };
  const table = bestTable(main, year) ?? (availableYears.length === 0 ? bestTable(main, null) : null);
  if (table === null) return { ok: false, message: ANALYSIS_MESSAGES.yearNotFound(year, availableYears) };
  const previousYear = previousYearOf(tables, year);
  return {
    ok: true,
    choice: {
      year,
      table,
      previousYear,
      previousTable: previousYear === null ? null : bestTable(tables, previousYear),
      availableYears: availableYears.length === 0 ? [year] : availableYears,
    },
  };
}

function latestWithResults(tables: readonly YearTable[]): number | null {
  const dated = tables.filter((t) => t.year !== null);
  const withResults = dated.filter(hasResults);
  const years = (withResults.length > 0 ? withResults : dated).map((t) => t.year as number);
  return years.length === 0 ? null : Math.max(...years);
}

/** The year just before when some table gives it, else the latest earlier year found. */
function previousYearOf(tables: readonly YearTable[], year: number): number | null {
  const earlier = tables.filter((t) => t.year !== null && t.year < year && hasResults(t)).map((t) => t.year as number);
  if (earlier.includes(year - 1)) return year - 1;
  return earlier.length === 0 ? null : Math.max(...earlier);
}
