export { classifyHeader, type ColumnRole, type HeaderClass } from "./header-roles";
export { findHeaderRow, HEADER_SEARCH_ROWS } from "./find-header";
export { readHeaderRow, type HeaderRow, type YearColumn } from "./header-row";
export { locateTables, type LocateOptions } from "./locate-tables";
export { isOwnOutput } from "./own-output";
export { readTableRows, type TableRow } from "./read-rows";
export { contextYear, yearFromSheetName, yearFromTitles } from "./table-year";
export { bestTable, tablesByYear } from "./tables-by-year";
export { SOURCE_PREFERENCE, type CellRef, type IndicatorRow, type TableSource, type YearTable } from "./types";
