/** Finding the header row of an indicator table and what each of its columns holds. */
import { lastColumn, type SheetSnapshot } from "../snapshot";
import { classifyHeader, type ColumnRole } from "./header-roles";
import { continuesMergeFromAbove, shownCell } from "./merged";

export interface YearColumn {
  readonly year: number;
  readonly column: number;
}

export interface HeaderRow {
  readonly row: number;
  /** The first column of each role, for roles without a year. */
  readonly columns: Readonly<Partial<Record<ColumnRole, number>>>;
  /** Result columns that name a year ("2021", "Résultat 2021", "Année 2021"), left to right. */
  readonly yearColumns: readonly YearColumn[];
  /** Target and national-average columns that name a year ("Cible 2021", "Moyenne nationale 2021"). */
  readonly yearTargets: readonly YearColumn[];
  readonly yearNationals: readonly YearColumn[];
  /** The leftmost and rightmost columns classified as a header. */
  readonly left: number;
  readonly right: number;
}

/** Reads one row as a header; null when it lacks an indicator column or any result column. */
export function readHeaderRow(sheet: SheetSnapshot, row: number): HeaderRow | null {
  const columns: Partial<Record<ColumnRole, number>> = {};
  const yearColumns: YearColumn[] = [];
  const yearTargets: YearColumn[] = [];
  const yearNationals: YearColumn[] = [];
  let left = Number.POSITIVE_INFINITY;
  let right = 0;
  for (let column = sheet.origin.column; column <= lastColumn(sheet); column++) {
    const text = headerText(sheet, row, column);
    if (text === "") continue;
    const header = classifyHeader(text);
    if (header === null) continue;
    left = Math.min(left, column);
    right = Math.max(right, column);
    if (header.year !== null && header.role === "result") yearColumns.push({ year: header.year, column });
    else if (header.year !== null && header.role === "target") yearTargets.push({ year: header.year, column });
    else if (header.year !== null && header.role === "national") yearNationals.push({ year: header.year, column });
    else if (columns[header.role] === undefined) columns[header.role] = column;
  }
  const hasResults = columns.result !== undefined || yearColumns.length > 0;
  if (columns.name === undefined || !hasResults) return null;
  return { row, columns, yearColumns, yearTargets, yearNationals, left, right };
}

/** How far below its start (or the end of the previous table) a header row is looked for. */
export const HEADER_SEARCH_ROWS = 30;

/** The first header row between two rows (inclusive), null when there is none. */
export function findHeaderRow(sheet: SheetSnapshot, from: number, to: number): HeaderRow | null {
  for (let row = Math.max(from, sheet.origin.row); row <= to; row++) {
    const header = readHeaderRow(sheet, row);
    if (header !== null) return withYearSubHeader(sheet, header);
  }
  return null;
}

/**
 * A two-row header: "Résultats" over "2019 | 2020 | 2021". The years of the row below become
 * the result columns, the plain result column goes, and the table starts below the years.
 */
function withYearSubHeader(sheet: SheetSnapshot, header: HeaderRow): HeaderRow {
  const row = header.row + 1;
  const years: YearColumn[] = [];
  for (let column = sheet.origin.column; column <= lastColumn(sheet); column++) {
    const text = continuesMergeFromAbove(sheet, row, column) ? "" : headerText(sheet, row, column);
    if (text === "") continue;
    const found = classifyHeader(text);
    if (found === null || found.role !== "result" || found.year === null || column === header.columns.name) return header;
    years.push({ year: found.year, column });
  }
  if (years.length === 0) return header;
  const { result: _plainResult, ...columns } = header.columns;
  return {
    ...header,
    row,
    columns,
    yearColumns: [...header.yearColumns, ...years],
    right: Math.max(header.right, ...years.map((y) => y.column)),
  };
}

/** A header cell's words, a merge's text in every cell of the merge. */
function headerText(sheet: SheetSnapshot, row: number, column: number): string {
  const cell = shownCell(sheet, row, column);
  if (typeof cell.value === "number") return String(cell.value);
  if (typeof cell.value === "string") return cell.value;
  return cell.text;
}
