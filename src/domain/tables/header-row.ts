/** Finding the header row of an indicator table and what each of its columns holds. */
import { lastColumn, type SheetSnapshot } from "../snapshot";
import { classifyHeader, type ColumnRole } from "./header-roles";
import { continuesMergeFromLeft, shownText } from "./merged";

export interface YearColumn {
  readonly year: number;
  readonly column: number;
}

export interface HeaderRow {
  /** The header's last row (the lower one of a two-row header): the table's rows start below it. */
  readonly row: number;
  /** The first column of each role, for roles without a year. */
  readonly columns: Readonly<Partial<Record<ColumnRole, number>>>;
  /** Result columns that name a year ("2021", "Résultat 2021", "Année 2021", `2021` over `Résultat`), left to right. */
  readonly yearColumns: readonly YearColumn[];
  /** Target and national-average columns that name a year ("Cible 2021", `2021` over `Cible`). */
  readonly yearTargets: readonly YearColumn[];
  readonly yearNationals: readonly YearColumn[];
  /** The leftmost and rightmost columns classified as a header. */
  readonly left: number;
  readonly right: number;
}

/** A header cell's words and its column. */
export interface HeaderText {
  readonly column: number;
  readonly text: string;
}

/** Reads one row as a header; null when it lacks an indicator column or any result column. */
export function readHeaderRow(sheet: SheetSnapshot, row: number): HeaderRow | null {
  const texts: HeaderText[] = [];
  for (let column = sheet.origin.column; column <= lastColumn(sheet); column++) {
    // A heading merged across columns names one column, not each it spans.
    if (!continuesMergeFromLeft(sheet, row, column)) texts.push({ column, text: shownText(sheet, row, column) });
  }
  return headerOf(row, texts);
}

/** The header that the texts of its cells announce; null when it lacks an indicator column or any result column. */
export function headerOf(row: number, texts: readonly HeaderText[]): HeaderRow | null {
  const columns: Partial<Record<ColumnRole, number>> = {};
  const yearColumns: YearColumn[] = [];
  const yearTargets: YearColumn[] = [];
  const yearNationals: YearColumn[] = [];
  let left = Number.POSITIVE_INFINITY;
  let right = 0;
  for (const { column, text } of texts) {
    const header = text === "" ? null : classifyHeader(text);
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
