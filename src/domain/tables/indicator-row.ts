/** An indicator table's rows with the cells of one year's result, target and details; built on first use. */
import { a1 } from "../address";
import { cellAt, type SheetSnapshot } from "../snapshot";
import type { HeaderRow } from "./header-row";
import type { TableRow } from "./read-rows";
import { textCells } from "./text-cells";
import type { CellRef, IndicatorRow, TableSource, YearTable } from "./types";

/** Which columns give one year's values. */
export interface ColumnChoice {
  readonly year: number | null;
  readonly source: TableSource;
  readonly result: number;
  readonly target: number | undefined;
  readonly national: number | undefined;
  readonly withDetails: boolean;
}

/** A year's table; its indicator rows are built on first use: an analysis reads two years of the ten a workbook may hold. */
export function lazyYearTable(
  sheet: SheetSnapshot,
  header: HeaderRow,
  rows: readonly TableRow[],
  choice: ColumnChoice,
  found: Pick<YearTable, "unreadableYears"> = {},
): YearTable {
  let built: readonly IndicatorRow[] | null = null;
  return {
    ...found,
    sheet: sheet.name,
    year: choice.year,
    source: choice.source,
    headerRow: header.row,
    get rows(): readonly IndicatorRow[] {
      built ??= rows.map((row) => indicatorRow(sheet, header, row, choice));
      return built;
    },
  };
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
  // Written out rather than spread: the same shape for every row, built thousands of times for a workbook's years.
  return {
    row: row.row,
    module: row.module,
    theme: row.theme,
    name: row.name,
    nameCell: row.nameCell,
    result: ref(choice.result) as CellRef,
    target: details ? ref(choice.target) : null,
    comment: details ? text(header.columns.comment) : null,
    unit: text(header.columns.unit),
    direction: details ? ref(header.columns.direction) : null,
    nationalAverage: details ? ref(choice.national) : null,
    texts: details ? textCells(sheet, header, row.row) : [],
  };
}
