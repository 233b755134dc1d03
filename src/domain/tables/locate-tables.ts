/** Every indicator table of a workbook, one entry per year it gives results for. */
import { a1 } from "../address";
import { cellAt, lastRow, type SheetSnapshot, type WorkbookSnapshot } from "../snapshot";
import { findHeaderRow, HEADER_SEARCH_ROWS } from "./find-header";
import type { HeaderRow, YearColumn } from "./header-row";
import { isOwnOutput } from "./own-output";
import { readTableRows, type TableRow } from "./read-rows";
import { contextYear } from "./table-year";
import { textCells } from "./text-cells";
import type { CellRef, IndicatorRow, TableSource, YearTable } from "./types";

export interface LocateOptions {
  /** Sheets to leave out (the monthly telephony sheets). */
  readonly skipSheet?: (sheet: SheetSnapshot) => boolean;
}

export function locateTables(snapshot: WorkbookSnapshot, options: LocateOptions = {}): YearTable[] {
  return snapshot.sheets
    .filter((sheet) => sheet.generatedTag === null && !(options.skipSheet?.(sheet) ?? false))
    .flatMap(tablesOfSheet);
}

function tablesOfSheet(sheet: SheetSnapshot): YearTable[] {
  const tables: YearTable[] = [];
  let from = sheet.origin.row;
  for (;;) {
    const header = findHeaderRow(sheet, from, Math.min(lastRow(sheet), from + HEADER_SEARCH_ROWS - 1));
    if (header === null) return tables;
    if (isOwnOutput(sheet, header)) return [];
    const { rows, lastRow: end } = readTableRows(sheet, header);
    tables.push(...yearTables(sheet, header, rows, contextYear(sheet, from, header.row)));
    from = end + 1;
  }
}

interface ColumnChoice {
  readonly year: number | null;
  readonly source: TableSource;
  readonly result: number;
  readonly target: number | undefined;
  readonly national: number | undefined;
  readonly withDetails: boolean;
}

/** A table's indicator rows are built on first use: an analysis reads two years of the ten a workbook may hold. */
function yearTables(sheet: SheetSnapshot, header: HeaderRow, rows: readonly TableRow[], year: number | null): YearTable[] {
  return columnChoices(header, year).map((choice) => {
    let built: readonly IndicatorRow[] | null = null;
    return {
      sheet: sheet.name,
      year: choice.year,
      source: choice.source,
      headerRow: header.row,
      get rows(): readonly IndicatorRow[] {
        built ??= rows.map((row) => indicatorRow(sheet, header, row, choice));
        return built;
      },
    };
  });
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

function indicatorRow(sheet: SheetSnapshot, header: HeaderRow, row: TableRow, choice: ColumnChoice): IndicatorRow {
  const ref = (column: number | undefined): CellRef | null =>
    column === undefined ? null : { cell: cellAt(sheet, row.row, column), address: a1(row.row, column) };
  const text = (column: number | undefined): string | null => {
    const value = ref(column)?.cell;
    const shown = value === undefined ? "" : typeof value.value === "string" ? value.value.trim() : value.text.trim();
    return shown === "" ? null : shown;
  };
  const details = choice.withDetails;
  return {
    ...row,
    result: ref(choice.result) as CellRef,
    target: details ? ref(choice.target) : null,
    comment: details ? text(header.columns.comment) : null,
    unit: text(header.columns.unit),
    direction: details ? ref(header.columns.direction) : null,
    nationalAverage: details ? ref(choice.national) : null,
    texts: details ? textCells(sheet, header, row.row) : [],
  };
}
