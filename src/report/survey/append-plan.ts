/**
 * Where a pasted survey export goes in the year's survey sheet: a new sheet « Enquête <année> » with the header
 * and the rows, or, in an existing one, the new respondents below its last used row.
 *
 * Contract:
 * 1. Pasted columns go under the sheet's header of the same name (case, accents and spacing aside); a pasted
 *    column the sheet lacks gets its header in the first empty cell to the right of the header row.
 * 2. A pasted row is a duplicate when its text in every column equals that of a row already there (or of an
 *    earlier pasted row): it is not written.
 * 3. Only empty cells are written: below the used range, or right of it in the header row.
 */
import type { SheetSnapshot } from "../../domain/snapshot";
import { cellAt } from "../../domain/snapshot";
import { nameKey } from "../../domain/text/normalize";
import type { PlannedCell, PlannedValue } from "../plan";

export interface SurveyAppendPlan {
  readonly sheetName: string;
  readonly create: boolean;
  readonly cells: readonly PlannedCell[];
  readonly added: number;
  readonly duplicates: number;
}

export interface ExistingSurveySheet {
  readonly sheet: SheetSnapshot;
  /** 1-based row of its header. */
  readonly headerRow: number;
}

const WHOLE_NUMBER = /^-?\d{1,15}$/;

/** A whole number stays a number (a score), as typing it in Excel would; any other answer is written as text. */
function valueOf(text: string): PlannedValue {
  const trimmed = text.trim();
  return WHOLE_NUMBER.test(trimmed) ? { kind: "number", number: Number(trimmed) } : { kind: "text", text: trimmed };
}

const sameText = (text: string): string => text.replace(/\s+/g, " ").trim().toLocaleLowerCase("fr");

function rowsOf(rows: readonly (readonly string[])[], header: readonly string[], startRow: number, columnOf: (pasted: number) => number): PlannedCell[] {
  const cells: PlannedCell[] = [];
  rows.forEach((row, index) =>
    header.forEach((_, pasted) => {
      const text = row[pasted] ?? "";
      if (text.trim() !== "") cells.push({ row: startRow + index, column: columnOf(pasted), value: valueOf(text) });
    }),
  );
  return cells;
}

function createPlan(sheetName: string, header: readonly string[], rows: readonly (readonly string[])[]): SurveyAppendPlan {
  const fresh = withoutDuplicates(rows, new Set());
  const headerCells: PlannedCell[] = header.map((text, index) => ({ row: 1, column: index + 1, value: { kind: "text", text } }));
  return { sheetName, create: true, cells: [...headerCells, ...rowsOf(fresh.rows, header, 2, (pasted) => pasted + 1)], added: fresh.rows.length, duplicates: fresh.duplicates };
}

function withoutDuplicates(rows: readonly (readonly string[])[], seen: Set<string>, keyOf: (row: readonly string[]) => string = (row) => row.map(sameText).join("\t")) {
  const kept: (readonly string[])[] = [];
  for (const row of rows) {
    const key = keyOf(row);
    if (seen.has(key)) continue;
    seen.add(key);
    kept.push(row);
  }
  return { rows: kept, duplicates: rows.length - kept.length };
}

export function planSurveyAppend(
  existing: ExistingSurveySheet | null,
  sheetName: string,
  header: readonly string[],
  rows: readonly (readonly string[])[],
): SurveyAppendPlan {
  if (existing === null) return createPlan(sheetName, header, rows);
  const { sheet, headerRow } = existing;
  const left = sheet.origin.column;
  const right = left + (sheet.cells[0]?.length ?? 0) - 1;
  const bottom = sheet.origin.row + sheet.cells.length - 1;
  const columnByName = new Map<string, number>();
  for (let column = left; column <= right; column++) {
    const key = nameKey(cellAt(sheet, headerRow, column).text);
    if (key !== "" && !columnByName.has(key)) columnByName.set(key, column);
  }
  const headerCells: PlannedCell[] = [];
  const columns = header.map((text) => {
    const found = columnByName.get(nameKey(text));
    if (found !== undefined) return found;
    const added = right + 1 + headerCells.length;
    headerCells.push({ row: headerRow, column: added, value: { kind: "text", text } });
    columnByName.set(nameKey(text), added);
    return added;
  });
  const last = right + headerCells.length;
  // A row is the text of every column from the sheet's first to the last one written, in sheet order.
  const sheetKey = (texts: ReadonlyMap<number, string>): string => {
    const parts: string[] = [];
    for (let column = left; column <= last; column++) parts.push(sameText(texts.get(column) ?? ""));
    return parts.join("\t");
  };
  const seen = new Set<string>();
  for (let row = headerRow + 1; row <= bottom; row++) {
    const texts = new Map<number, string>();
    for (let column = left; column <= right; column++) texts.set(column, cellAt(sheet, row, column).text);
    seen.add(sheetKey(texts));
  }
  const pastedKey = (row: readonly string[]) => sheetKey(new Map(columns.map((column, pasted) => [column, row[pasted] ?? ""])));
  const fresh = withoutDuplicates(rows, seen, pastedKey);
  return {
    sheetName: sheet.name,
    create: false,
    cells: [...headerCells, ...rowsOf(fresh.rows, header, bottom + 1, (pasted) => columns[pasted])],
    added: fresh.rows.length,
    duplicates: fresh.duplicates,
  };
}
