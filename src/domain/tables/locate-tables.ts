/** Every indicator table of a workbook, one entry per year it gives results for. */
import { lastRow, type SheetSnapshot, type WorkbookSnapshot } from "../snapshot";
import { findHeaderRow, HEADER_SEARCH_ROWS } from "./find-header";
import type { HeaderRow, YearColumn } from "./header-row";
import { isOwnOutput } from "./own-output";
import { readTableRows, type TableRow } from "./read-rows";
import { contextYear } from "./table-year";
import { lazyYearTable, type ColumnChoice } from "./indicator-row";
import { longFormatTables } from "./long-format";
import type { TableSource, YearTable } from "./types";

export interface LocateOptions {
  /** Sheets to leave out (the monthly telephony sheets). */
  readonly skipSheet?: (sheet: SheetSnapshot) => boolean;
}

export function locateTables(snapshot: WorkbookSnapshot, options: LocateOptions = {}): YearTable[] {
  return snapshot.sheets
    .filter((sheet) => sheet.generatedTag === null && !(options.skipSheet?.(sheet) ?? false))
    .flatMap(tablesOfSheet);
}

/** The tables of one sheet, from top to bottom. */
export function tablesOfSheet(sheet: SheetSnapshot): YearTable[] {
  const tables: YearTable[] = [];
  let from = sheet.origin.row;
  for (;;) {
    const header = findHeaderRow(sheet, from, Math.min(lastRow(sheet), from + HEADER_SEARCH_ROWS - 1));
    if (header === null) return tables;
    if (isOwnOutput(sheet, header)) return [];
    const { rows, lastRow: end } = readTableRows(sheet, header);
    tables.push(...(longFormatTables(sheet, header, rows) ?? columnTables(sheet, header, rows, contextYear(sheet, from, header.row))));
    from = end + 1;
  }
}

/** One table per year the columns give: the table's own result column, each year column, a previous-year column. */
function columnTables(sheet: SheetSnapshot, header: HeaderRow, rows: readonly TableRow[], contextYear: number | null): YearTable[] {
  return columnChoices(header, contextYear).map((choice) => lazyYearTable(sheet, header, rows, choice));
}

function columnChoices(header: HeaderRow, contextYear: number | null): ColumnChoice[] {
  const { columns, yearColumns } = header;
  const latest = Math.max(...yearColumns.map((y) => y.year), contextYear ?? 0);
  const choices: ColumnChoice[] = [];
  const choose = (year: number | null, source: TableSource, result: number): void => {
    const national = yearColumnOf(header.yearNationals, year) ?? (year === latest || year === null ? columns.national : undefined);
    const target = yearColumnOf(header.yearTargets, year) ?? columns.target;
    choices.push({ year, source, result, target, national, withDetails: source !== "previous-column" });
  };
  if (columns.result !== undefined) choose(contextYear, "year-sheet", columns.result);
  const onlyYearColumn = columns.result === undefined && yearColumns.length === 1;
  for (const { year, column } of yearColumns) {
    const isTheTableYear = onlyYearColumn || (year === contextYear && columns.result === undefined);
    choose(year, isTheTableYear ? "year-sheet" : "year-column", column);
  }
  const mainYear = columns.result !== undefined ? contextYear : onlyYearColumn ? yearColumns[0].year : null;
  if (columns.previous !== undefined && mainYear !== null) {
    choices.push({ year: mainYear - 1, source: "previous-column", result: columns.previous, target: undefined, national: undefined, withDetails: false });
  }
  return choices;
}

function yearColumnOf(columns: readonly YearColumn[], year: number | null): number | undefined {
  return columns.find((c) => c.year === year)?.column;
}
