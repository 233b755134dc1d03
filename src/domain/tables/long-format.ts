/**
 * Long tables: one row per indicator and per year, with a year column
 * (`Année | Thématique | Indicateur | Résultat | Cible`). Each year's rows form that year's table.
 */
import { a1 } from "../address";
import type { SheetSnapshot } from "../snapshot";
import { isPlausibleYear, yearsIn } from "../text/french";
import { isBlank } from "./cell-text";
import type { HeaderRow } from "./header-row";
import { lazyYearTable } from "./indicator-row";
import { shownCell } from "./merged";
import type { TableRow } from "./read-rows";
import type { UnreadableYear, YearTable } from "./types";

/**
 * One table per year, in the order the years first appear. A blank year cell (or one merged down
 * over its year's rows) carries the year above. A row whose year cannot be read counts in no year;
 * every year's table names it (`unreadableYears`) so that the analysis reports it. Null when the
 * table is not long: no year column beside a single result column, or no year in it (a `Période`
 * column holding `Année`).
 */
export function longFormatTables(sheet: SheetSnapshot, header: HeaderRow, rows: readonly TableRow[]): YearTable[] | null {
  const { columns } = header;
  const yearColumn = columns.year;
  const result = columns.result;
  if (yearColumn === undefined || result === undefined) return null;
  const byYear = new Map<number | null, TableRow[]>();
  const unreadableYears: UnreadableYear[] = [];
  let above: number | null = null;
  for (const row of rows) {
    const read = yearOfRow(sheet, row.row, yearColumn);
    const year = read === "blank" ? above : read.year;
    if (read !== "blank") above = read.year;
    if (read !== "blank" && read.year === null) unreadableYears.push({ name: row.name, cell: a1(row.row, yearColumn), shown: read.shown });
    const yearRows = byYear.get(year);
    if (yearRows === undefined) byYear.set(year, [row]);
    else yearRows.push(row);
  }
  if ([...byYear.keys()].every((year) => year === null)) return null;
  return [...byYear]
    .filter(([year]) => year !== null)
    .map(([year, yearRows]) =>
      lazyYearTable(
        sheet,
        header,
        yearRows,
        { year, source: "year-rows", result, target: columns.target, national: columns.national, withDetails: true },
        { unreadableYears },
      ),
    );
}

/**
 * The year a row's year cell shows: a number (2021), a text (`2021`, `Exercice 2021`, `2020-2021` as
 * its last year, as for sheet names) or a date; "blank" when it shows nothing (empty, or a formula's empty text).
 */
function yearOfRow(sheet: SheetSnapshot, row: number, column: number): { year: number | null; shown: string } | "blank" {
  const cell = shownCell(sheet, row, column);
  if (isBlank(cell)) return "blank";
  const shown = typeof cell.value === "string" ? cell.value : cell.text;
  if (typeof cell.value === "number" && isPlausibleYear(cell.value)) return { year: cell.value, shown };
  const years = yearsIn(shown);
  return { year: years.length > 0 ? years[years.length - 1] : null, shown: shown.trim() };
}
