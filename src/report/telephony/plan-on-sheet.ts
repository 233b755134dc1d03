/** A sheet as it will be once a telephony plan is applied (pure): what the next site's plan into the same sheet starts from. */
import { EMPTY_CELL, type Cell, type SheetSnapshot } from "../../domain/snapshot";
import type { PlannedCell } from "../plan";
import type { TelephonyUpsertPlan } from "./upsert-types";

function cellOf(write: PlannedCell, plan: TelephonyUpsertPlan, before: Cell): Cell {
  const { value } = write;
  const numberFormat = (write.style === undefined ? undefined : plan.styles[write.style]?.numberFormat) ?? before.numberFormat;
  if (value.kind === "text") return { value: value.text, text: value.text, numberFormat, formula: null };
  if (value.kind === "number") return { value: value.number, text: String(value.number), numberFormat, formula: null };
  if (value.kind === "blank") return { value: null, text: "", numberFormat, formula: null };
  return { value: value.cached ?? null, text: value.cached === undefined ? "" : String(value.cached), numberFormat, formula: value.formula };
}

function withRowsInserted(sheet: SheetSnapshot, insertions: TelephonyUpsertPlan["insertRowsBefore"]): Cell[][] {
  const rows: Cell[][] = sheet.cells.map((row) => [...row]);
  for (const { row, count } of insertions) {
    rows.splice(Math.max(0, row - sheet.origin.row), 0, ...Array.from({ length: count }, () => [] as Cell[]));
  }
  return rows;
}

function squared(sheet: SheetSnapshot, rows: readonly (readonly Cell[])[]): SheetSnapshot {
  const width = Math.max(0, ...rows.map((row) => row.length));
  return { ...sheet, cells: rows.map((row) => Array.from({ length: width }, (_, i) => row[i] ?? EMPTY_CELL)) };
}

/** The sheet with these insertions made (numbered as in the sheet before them, bottom-up as a plan lists them), nothing written. */
export function sheetWithRowsInserted(sheet: SheetSnapshot, insertions: TelephonyUpsertPlan["insertRowsBefore"]): SheetSnapshot {
  return squared(sheet, withRowsInserted(sheet, insertions));
}

/** The existing sheet with the plan's rows inserted and its cells written; merges and the rest as they were. */
export function sheetAfterPlan(sheet: SheetSnapshot, plan: TelephonyUpsertPlan): SheetSnapshot {
  const { row: top, column: left } = sheet.origin;
  const rows = withRowsInserted(sheet, plan.insertRowsBefore);
  for (const write of plan.writes) {
    const [index, column] = [write.row - top, write.column - left];
    if (index < 0 || column < 0) continue;
    while (rows.length <= index) rows.push([]);
    const line = rows[index];
    while (line.length <= column) line.push(EMPTY_CELL);
    line[column] = cellOf(write, plan, line[column]);
  }
  return squared(sheet, rows);
}
