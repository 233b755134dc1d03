/** Where an existing telephony sheet keeps its columns, its month rows and its Total row. */
import type { SheetSnapshot } from "../../domain/snapshot";
import { findHeader, type TelephonyColumns } from "../../domain/telephony/headers";
import { monthKey } from "../../domain/telephony/months";
import { readRows } from "../../domain/telephony/rows";
import type { Grid } from "../../domain/telephony/grid";
import { withMergedHeaderText } from "../../domain/telephony/merged-header";
import { sheetGrid } from "../../domain/telephony/read-sheet";

/** What the existing sheet holds: its columns and, by month key, where that month is (0-based grid rows). */
export interface SheetLayout {
  readonly grid: Grid;
  readonly columns: TelephonyColumns;
  readonly headerIndex: number;
  readonly monthly: ReadonlyMap<string, number>;
  readonly daily: ReadonlyMap<string, number>;
  /** Month rows in sheet order, with their key. */
  readonly rows: readonly { readonly key: string; readonly index: number }[];
  readonly totalIndex: number | null;
}

/** Null when the sheet holds no telephony header. */
export function layoutOf(existing: SheetSnapshot, year: number): SheetLayout | null {
  const grid = sheetGrid(existing);
  const header = findHeader(withMergedHeaderText(existing, grid));
  if (header === null) return null;
  const monthly = new Map<string, number>();
  const daily = new Map<string, number>();
  const rows: { key: string; index: number }[] = [];
  let totalIndex: number | null = null;
  for (const row of readRows(grid, header)) {
    if (row.kind === "total" && totalIndex === null) totalIndex = row.index;
    const ref = row.kind === "month" || row.kind === "skip" ? row.ref : undefined;
    if (ref === undefined || (ref.year ?? year) !== year) continue;
    const key = monthKey(year, ref.month);
    const target = ref.day === undefined ? monthly : daily;
    if (!target.has(key)) target.set(key, row.index);
    rows.push({ key, index: row.index });
  }
  const lastMonth = rows.reduce((last, row) => Math.max(last, row.index), header.row);
  return { grid, columns: header.columns, headerIndex: header.row, monthly, daily, rows, totalIndex: totalIndex !== null && totalIndex > lastMonth ? totalIndex : null };
}

