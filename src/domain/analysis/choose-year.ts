/** Which year to analyse, which table gives it, and which year and table to compare with. */
import { bestTable, tablesByYear, type YearTable } from "../tables";
import { cellText } from "../tables/cell-text";
import { ANALYSIS_MESSAGES } from "./messages";

export interface YearChoice {
  readonly year: number;
  readonly table: YearTable;
  readonly previousYear: number | null;
  readonly previousTable: YearTable | null;
  /** Every year a table can be analysed for, ascending. */
  readonly availableYears: readonly number[];
  /**
   * The table preferred for every dated year found, ascending, previous-year columns included
   * (`Résultat 2020` beside 2021's results gives 2020's values).
   */
  readonly tablesByYear: ReadonlyMap<number, YearTable>;
}

export type YearChoiceOutcome = { readonly ok: true; readonly choice: YearChoice } | { readonly ok: false; readonly message: string };

const hasResults = (table: YearTable): boolean => table.rows.some((row) => cellText(row.result.cell) !== "");

const isMain = (table: YearTable): boolean => table.source !== "previous-column";

export function chooseYear(tables: readonly YearTable[], wanted: number | undefined): YearChoiceOutcome {
  const main = tables.filter(isMain);
  if (main.length === 0) return { ok: false, message: ANALYSIS_MESSAGES.noTable };
  const availableYears = [...tablesByYear(main).keys()];
  const year = wanted ?? latestWithResults(main);
  if (year === null) return { ok: false, message: ANALYSIS_MESSAGES.yearUnknown };
  const table = bestTable(main, year) ?? (availableYears.length === 0 ? bestTable(main, null) : null);
  if (table === null) return { ok: false, message: ANALYSIS_MESSAGES.yearNotFound(year, availableYears) };
  const byYear = new Map(tablesByYear(tables));
  byYear.set(year, table);
  const previousYear = previousYearOf(tables, year);
  return {
    ok: true,
    choice: {
      year,
      table,
      previousYear,
      previousTable: previousYear === null ? null : (byYear.get(previousYear) ?? null),
      availableYears: availableYears.length === 0 ? [year] : availableYears,
      tablesByYear: new Map([...byYear].sort(([a], [b]) => a - b)),
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
