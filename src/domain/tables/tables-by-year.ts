/** The one table that gives each year's results, whatever the layout that holds it. */
import { SOURCE_PREFERENCE, type YearTable } from "./types";

/** The preferred table for a year: a year's own table over a year column over a previous-year column; first in sheet order on a tie. */
export function bestTable(tables: readonly YearTable[], year: number | null): YearTable | null {
  let best: YearTable | null = null;
  for (const table of tables) {
    if (table.year !== year) continue;
    if (best === null || SOURCE_PREFERENCE[table.source] > SOURCE_PREFERENCE[best.source]) best = table;
  }
  return best;
}

/** Every dated year found, in ascending order, with the table preferred for it. */
export function tablesByYear(tables: readonly YearTable[]): ReadonlyMap<number, YearTable> {
  const years = [...new Set(tables.map((table) => table.year).filter((year): year is number => year !== null))].sort((a, b) => a - b);
  return new Map(years.map((year) => [year, bestTable(tables, year) as YearTable]));
}
