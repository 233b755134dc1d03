/**
 * After Excel refused a write sync: what of it is in the workbook. Excel keeps the commands that ran before
 * the failing one (no rollback is documented; the simulator's `failSync(n, code, afterCommands)`), so a batch
 * can stop half-way. The planned rows are read back and told apart, row by row, and the French message then
 * says exactly what was and was not written.
 */
import { rangeA1 } from "../domain/address";
import { cellAt, type Cell, type SheetSnapshot } from "../domain/snapshot";
import type { PlannedCell } from "../report/plan";
import { toFrenchError, ExcelOperationError } from "./errors";
import { snapshotNumber, type DateSystem } from "./date-system";

export interface RowsWritten {
  /** False when the sheet itself is not there (a sheet to create that was not added). */
  readonly sheetFound: boolean;
  /** Rows holding every planned cell. */
  readonly written: readonly number[];
  /** Rows holding some of their planned cells, not all. */
  readonly partial: readonly number[];
  /** Rows holding none of them. */
  readonly notWritten: readonly number[];
  /** Among the rows inserted for the write, those left empty. */
  readonly blank: readonly number[];
}

/** A planned date is counted in the 1900 system, a read-back one in the workbook's (date-system.ts). */
export function holds(cell: PlannedCell, value: unknown, formula: unknown, numberFormat: unknown, dateSystem: DateSystem): boolean {
  switch (cell.value.kind) {
    case "text": return value === cell.value.text;
    case "number": return typeof value === "number" && Math.abs(snapshotNumber(value, numberFormat, dateSystem) - cell.value.number) < 1e-9;
    case "formula": return formula === cell.value.formula;
    case "blank": return value === "";
  }
}

/**
 * Reads back the rows of `cells` in the sheet `sheetKey` (name or id): one sync to find the sheet, one to read
 * its rows (a range a row, only the planned columns). `inserted`: the rows the write inserted. `before`: the sheet
 * as the writes were to find it (its insertions made), when known: a cell that already held what was planned tells
 * nothing, and a row whose every cell did is written.
 */
export async function readRowsBack(
  context: Excel.RequestContext,
  sheetKey: string,
  cells: readonly PlannedCell[],
  dateSystem: DateSystem,
  inserted: readonly number[] = [],
  before: SheetSnapshot | null = null,
): Promise<RowsWritten> {
  const rows = [...new Set(cells.map((cell) => cell.row))].sort((a, b) => a - b);
  const sheet = context.workbook.worksheets.getItemOrNullObject(sheetKey).load("name");
  await context.sync();
  if (sheet.isNullObject) return { sheetFound: false, written: [], partial: [], notWritten: rows, blank: [] };
  const changing = before === null ? cells : cells.filter((cell) => !alreadyHeld(cell, cellAt(before, cell.row, cell.column)));
  const unchanged = rows.filter((row) => !changing.some((cell) => cell.row === row));
  if (changing.length === 0) return { sheetFound: true, written: rows, partial: [], notWritten: [], blank: [] };
  const left = Math.min(...cells.map((cell) => cell.column));
  const right = Math.max(...cells.map((cell) => cell.column));
  const ranges = rows
    .filter((row) => !unchanged.includes(row))
    .map((row) => ({ row, range: sheet.getRange(rangeA1(row, left, row, right)).load(["values", "formulas", "numberFormat"]) }));
  await context.sync();
  const byRow = new Map(ranges.map(({ row, range }) => [row, range]));
  const read = (row: number, column: number): ReadCell => {
    const range = byRow.get(row) as Excel.Range;
    return { value: range.values[0][column - left], formula: range.formulas[0][column - left], numberFormat: range.numberFormat[0][column - left] };
  };
  const found = rowsHeld(changing, read, inserted, dateSystem);
  return { sheetFound: true, ...found, written: [...found.written, ...unchanged].sort((a, b) => a - b) };
}

/** Whether the cell already held what the plan writes there (`before`: as read before the write). */
export function alreadyHeld(cell: PlannedCell, before: Cell): boolean {
  const { value } = cell;
  if (value.kind === "formula") return before.formula === value.formula;
  if (before.formula !== null) return false;
  if (value.kind === "text") return before.value === value.text;
  if (value.kind === "number") return typeof before.value === "number" && Math.abs(before.value - value.number) < 1e-9;
  return before.value === null;
}

/** A cell as Excel gives it back: its value, formula and number format. */
export interface ReadCell {
  readonly value: unknown;
  readonly formula: unknown;
  readonly numberFormat: unknown;
}

/**
 * The planned rows told apart by what `read` finds in them (rows numbered as the plan numbers them). A row
 * inserted for the write (`inserted`) and found empty in the planned columns is `blank`, unless written.
 */
export function rowsHeld(cells: readonly PlannedCell[], read: (row: number, column: number) => ReadCell, inserted: readonly number[], dateSystem: DateSystem): Omit<RowsWritten, "sheetFound"> {
  const rows = [...new Set(cells.map((cell) => cell.row))].sort((a, b) => a - b);
  const left = Math.min(...cells.map((cell) => cell.column));
  const right = Math.max(...cells.map((cell) => cell.column));
  const found = { written: [] as number[], partial: [] as number[], notWritten: [] as number[], blank: [] as number[] };
  for (const row of rows) {
    const all = cells.filter((cell) => cell.row === row);
    // A cell planned blank holds in an untouched empty row: only the others tell whether the row was written.
    const filled = all.filter((cell) => cell.value.kind !== "blank");
    const planned = filled.length > 0 ? filled : all;
    const held = planned.filter((cell) => {
      const { value, formula, numberFormat } = read(row, cell.column);
      return holds(cell, value, formula, numberFormat, dateSystem);
    }).length;
    (held === planned.length ? found.written : held === 0 ? found.notWritten : found.partial).push(row);
    const empty = Array.from({ length: right - left + 1 }, (_, index) => read(row, left + index).value).every((value) => value === "");
    if (held < planned.length && inserted.includes(row) && empty) found.blank.push(row);
  }
  return found;
}

/** Excel's refusal in French, followed by what was and was not written. */
export function refusedHalfWay(error: unknown, account: string): ExcelOperationError {
  const french = toFrenchError(error);
  const code = french instanceof ExcelOperationError ? french.code : "Unexpected";
  return new ExcelOperationError(code, `${french.message} ${account}`);
}

/**
 * Runs a write sync; when Excel refuses it, `account` reads back what landed (in syncs of its own) and says it,
 * and the refusal is rethrown in French with that account — or with `unknown` when Excel refuses the read-back too.
 */
export async function syncOrAccount(context: Excel.RequestContext, account: () => Promise<string>, unknown: string): Promise<void> {
  try {
    await context.sync();
  } catch (error) {
    let said: string;
    try {
      said = await account();
    } catch {
      said = unknown;
    }
    throw refusedHalfWay(error, said);
  }
}
