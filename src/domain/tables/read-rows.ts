/** Reading the rows of an indicator table below its header, up to where the table ends. */
import { a1 } from "../address";
import { cellAt, lastColumn, lastRow, type SheetSnapshot } from "../snapshot";
import { cellText, isBlank, isParagraph } from "./cell-text";
import { classifyHeader } from "./header-roles";
import { readHeaderRow, type HeaderRow } from "./header-row";
import { shownCell } from "./merged";
import { withSubHeader } from "./sub-header";

/** An indicator row: its name, and the thématique and module filled down from the rows above. */
export interface TableRow {
  readonly row: number;
  readonly module: string | null;
  readonly theme: string | null;
  readonly name: string;
  readonly nameCell: string;
}

export interface ReadRows {
  readonly rows: readonly TableRow[];
  /** The last row that belongs to the table (the header row when it has no rows). */
  readonly lastRow: number;
}

/** Blank rows tolerated between the header and the first indicator; after that the table is empty. */
const MAX_BLANK_ROWS_UNDER_HEADER = 3;

/** The rows from below the header to the first fully blank row or paragraph, sub-header rows skipped. */
export function readTableRows(sheet: SheetSnapshot, header: HeaderRow): ReadRows {
  const nameColumn = header.columns.name as number;
  const valueColumns = valueColumnsOf(header);
  const rows: TableRow[] = [];
  let theme: string | null = null;
  let module: string | null = null;
  let end = header.row;
  const resultColumns = resultColumnsOf(header);
  for (let row = header.row + 1; row <= lastRow(sheet); row++) {
    const texts = firstTexts(sheet, row);
    if (texts.count === 0) {
      if (rows.length > 0 || row - header.row > MAX_BLANK_ROWS_UNDER_HEADER) break;
      continue;
    }
    if (texts.count === 1 && isParagraph(texts.text)) {
      if (texts.column === header.columns.comment) continue;
      break;
    }
    const repeated = headerInside(sheet, row, header, resultColumns);
    if (repeated?.same) {
      row = repeated.lastRow;
      continue;
    }
    if (repeated !== null) {
      if (rows.length > 0) break;
      continue;
    }
    end = row;
    theme = filledDown(sheet, row, header.columns.theme, theme);
    module = filledDown(sheet, row, header.columns.module, module);
    const name = cellText(shownCell(sheet, row, nameColumn));
    if (name === "") continue;
    const hasValues = valueColumns.some((column) => !isBlank(cellAt(sheet, row, column)));
    if (!hasValues && header.columns.theme === undefined) {
      theme = name;
      continue;
    }
    rows.push({ row, module, theme, name, nameCell: a1(row, nameColumn) });
  }
  return { rows, lastRow: end };
}

function valueColumnsOf(header: HeaderRow): number[] {
  const { result, target, previous, national, comment } = header.columns;
  const single = [result, target, previous, national, comment].filter((c): c is number => c !== undefined);
  const dated = [...header.yearColumns, ...header.yearTargets, ...header.yearNationals].map((y) => y.column);
  return [...single, ...dated];
}

function filledDown(sheet: SheetSnapshot, row: number, column: number | undefined, above: string | null): string | null {
  if (column === undefined) return above;
  const text = cellText(shownCell(sheet, row, column));
  return text === "" ? above : text;
}

/** How many cells of a row are not empty, counted up to two, and the first one's text and column. */
function firstTexts(sheet: SheetSnapshot, row: number): { count: number; text: string; column: number } {
  const first = { count: 0, text: "", column: 0 };
  for (let column = sheet.origin.column; column <= lastColumn(sheet) && first.count < 2; column++) {
    const text = cellText(cellAt(sheet, row, column));
    if (text === "") continue;
    if (first.count === 0) {
      first.text = text;
      first.column = column;
    }
    first.count++;
  }
  return first;
}

interface HeaderInside {
  /** The same header as the table's, repeated (a printed page's): skipped, its sub-headings too. */
  readonly same: boolean;
  readonly lastRow: number;
}

/**
 * A header row inside the table: the same header repeated (a printed page's) is skipped, another
 * one starts the next table. It reads as a header and holds header words, not a value, under this
 * table's result columns: a data row whose name and comment happen to hold header words
 * ("Libellé des courriers", "Valeur stable") is still data.
 */
function headerInside(sheet: SheetSnapshot, row: number, header: HeaderRow, resultColumns: readonly number[]): HeaderInside | null {
  const headerWordsOverResults = resultColumns.every((column) => {
    const text = cellText(cellAt(sheet, row, column));
    return text === "" || classifyHeader(text) !== null;
  });
  // Checked first: it is cheap, and a data row (nearly every row) fails it.
  if (!headerWordsOverResults) return null;
  const found = readHeaderRow(sheet, row);
  if (found === null) return null;
  const inside = withSubHeader(sheet, found);
  return { same: sameLayout(inside, header), lastRow: inside.row };
}

function resultColumnsOf(header: HeaderRow): number[] {
  return [header.columns.result, ...header.yearColumns.map((y) => y.column)].filter((c): c is number => c !== undefined);
}

function sameLayout(a: HeaderRow, b: HeaderRow): boolean {
  const key = (h: HeaderRow) => JSON.stringify([h.columns, h.yearColumns, h.yearTargets, h.yearNationals]);
  return key(a) === key(b);
}
