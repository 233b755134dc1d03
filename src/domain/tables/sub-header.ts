/**
 * Two-row headers: headings over sub-headings. `Résultats` over `2019 | 2020 | 2021`, or a year over
 * its pair of columns (`2021` merged over `Résultat | Cible`); a heading merged down over both rows
 * (`Indicateur` in A1:A2) stands for itself.
 */
import { lastColumn, type SheetSnapshot } from "../snapshot";
import { classifyHeader, type ColumnRole } from "./header-roles";
import { headerOf, type HeaderRow, type HeaderText } from "./header-row";
import { continuesMergeFromAbove, continuesMergeFromLeft, shownText } from "./merged";

/** What a sub-heading may announce: the values under a heading, never the indicator itself. */
const SUB_HEADING_ROLES: ReadonlySet<ColumnRole> = new Set(["result", "target", "national", "previous", "comment", "unit"]);

/**
 * The header read over its row and the row below when that row holds only sub-headings; each
 * column's heading and sub-heading are read together ("2021" over "Cible" is "2021 Cible").
 * The header unchanged when the row below is data.
 */
export function withSubHeader(sheet: SheetSnapshot, header: HeaderRow): HeaderRow {
  const below = header.row + 1;
  if (!holdsSubHeadings(sheet, below, header)) return header;
  const texts: HeaderText[] = [];
  for (let column = sheet.origin.column; column <= lastColumn(sheet); column++) {
    const spanned = continuesMergeFromLeft(sheet, header.row, column) && continuesMergeFromLeft(sheet, below, column);
    if (!spanned) texts.push({ column, text: stackedText(sheet, header.row, column) });
  }
  return headerOf(below, texts) ?? header;
}

/** Columns whose cells are words of the row, not values: a "heading" under them is a data row's text. */
const TEXT_ROLES: readonly ColumnRole[] = ["name", "theme", "module"];

/**
 * A row of sub-headings: at least one, nothing that is not a heading, nothing under the indicator,
 * thématique or module columns (a thématique row « Résultats des enquêtes » is data).
 */
function holdsSubHeadings(sheet: SheetSnapshot, row: number, header: HeaderRow): boolean {
  const textColumns = new Set(TEXT_ROLES.map((role) => header.columns[role]));
  let found = false;
  for (let column = sheet.origin.column; column <= lastColumn(sheet); column++) {
    if (continuesMergeFromAbove(sheet, row, column)) continue;
    const text = shownText(sheet, row, column);
    if (text === "") continue;
    const heading = classifyHeader(text);
    if (textColumns.has(column) || heading === null || !SUB_HEADING_ROLES.has(heading.role)) return false;
    found = true;
  }
  return found;
}

/** A column's heading and its sub-heading as one text; a heading merged down over both rows once. */
function stackedText(sheet: SheetSnapshot, top: number, column: number): string {
  const heading = shownText(sheet, top, column);
  if (continuesMergeFromAbove(sheet, top + 1, column)) return heading;
  const sub = shownText(sheet, top + 1, column);
  return [heading, sub].filter((text) => text !== "").join(" ");
}
