/**
 * Plans the writes that put a year's months into its telephony sheet (pure): a clean new
 * sheet, or, in an existing one, each month replaced in place or inserted at its calendar place.
 */
import type { SheetSnapshot } from "../snapshot";
import { lastRow } from "../snapshot";
import type { MonthFigures } from "../analysis/types";
import type { PlannedCell } from "../../report/plan";
import { findHeader, type TelephonyColumns } from "./headers";
import { monthKey } from "./months";
import { readRows } from "./rows";
import { gridCell, isBlankCell, type Grid } from "./grid";
import { sheetGrid } from "./read-sheet";
import { TELEPHONY_SHEET_TEXT as T } from "./messages";
import { newTableCells, rateFraction, rateFormula, rateFromLostFormula, sumFormula, TELEPHONY_COLUMN_WIDTHS, TELEPHONY_STYLES } from "./sheet-layout";
import { monthLabelOfKey } from "./months";
import type { TelephonyUpsertPlan } from "./upsert-types";

type Skipped = TelephonyUpsertPlan["skippedMonths"][number];

/** What the existing sheet holds: its columns and, by month key, where that month is (0-based grid rows). */
interface SheetLayout {
  readonly grid: Grid;
  readonly columns: TelephonyColumns;
  readonly headerIndex: number;
  readonly monthly: ReadonlyMap<string, number>;
  readonly daily: ReadonlyMap<string, number>;
  /** Month rows in sheet order, with their key. */
  readonly rows: readonly { readonly key: string; readonly index: number }[];
  readonly totalIndex: number | null;
}

export function planTelephonyUpsert(existing: SheetSnapshot | null, year: number, months: readonly MonthFigures[]): TelephonyUpsertPlan {
  const { wanted, skipped } = selectMonths(year, months);
  if (existing === null) return newSheetPlan(year, wanted, skipped);
  const layout = layoutOf(existing, year);
  if (layout === null) return appendTablePlan(existing, year, wanted, skipped);
  return upsertPlan(existing, layout, wanted, skipped);
}

function selectMonths(year: number, months: readonly MonthFigures[]): { wanted: MonthFigures[]; skipped: Skipped[] } {
  const prefix = `${year}-`;
  const byKey = new Map<string, MonthFigures>();
  const skipped: Skipped[] = [];
  for (const figures of months) {
    if (!figures.month.startsWith(prefix)) skipped.push({ month: figures.month, reason: "other_year" });
    else if (!byKey.has(figures.month)) byKey.set(figures.month, figures);
  }
  return { wanted: [...byKey.values()].sort((a, b) => a.month.localeCompare(b.month)), skipped };
}

function newSheetPlan(year: number, months: readonly MonthFigures[], skipped: Skipped[]): TelephonyUpsertPlan {
  return {
    sheetName: T.sheetName(year),
    create: true,
    insertRowsBefore: [],
    writes: newTableCells(1, year, months),
    styles: TELEPHONY_STYLES,
    columnWidths: TELEPHONY_COLUMN_WIDTHS,
    replacedMonths: [],
    addedMonths: months.map((m) => m.month),
    skippedMonths: skipped,
  };
}

/** An existing sheet with no telephony table: the add-in's table goes two rows below what is there. */
function appendTablePlan(existing: SheetSnapshot, year: number, months: readonly MonthFigures[], skipped: Skipped[]): TelephonyUpsertPlan {
  const used = existing.cells.length === 0 ? 0 : lastRow(existing);
  return {
    ...newSheetPlan(year, months, skipped),
    sheetName: existing.name,
    create: false,
    writes: newTableCells(used === 0 ? 1 : used + 2, year, months),
    columnWidths: [],
  };
}

function layoutOf(existing: SheetSnapshot, year: number): SheetLayout | null {
  const grid = sheetGrid(existing);
  const header = findHeader(grid);
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

interface Placement {
  /** 0-based grid row before which the new rows go (may be past the used range). */
  readonly index: number;
  readonly insert: boolean;
  readonly months: MonthFigures[];
}

function upsertPlan(existing: SheetSnapshot, layout: SheetLayout, months: readonly MonthFigures[], skipped: Skipped[]): TelephonyUpsertPlan {
  const replaced: MonthFigures[] = [];
  const added: MonthFigures[] = [];
  for (const figures of months) {
    if (layout.monthly.has(figures.month)) replaced.push(figures);
    else if (layout.daily.has(figures.month)) skipped.push({ month: figures.month, reason: "daily_rows" });
    else added.push(figures);
  }
  const placements = placeNewMonths(layout, added);
  const originRow = existing.origin.row;
  const toSheetRow = (index: number) => originRow + index;
  const inserts = placements.filter((p) => p.insert).map((p) => ({ row: toSheetRow(p.index), count: p.months.length }));
  /** A row's number once the rows are inserted: pushed down by every insertion at or above it. */
  const finalRow = (sheetRow: number) => sheetRow + inserts.filter((i) => i.row <= sheetRow).reduce((n, i) => n + i.count, 0);
  /** The first row of a placement once inserted: pushed down only by insertions strictly above it. */
  const placedRow = (sheetRow: number) => sheetRow + inserts.filter((i) => i.row < sheetRow).reduce((n, i) => n + i.count, 0);
  const column = (gridColumn: number) => existing.origin.column + gridColumn;
  const writes: PlannedCell[] = [];
  const ratePercent = rateIsPercent(layout);
  for (const figures of replaced) {
    const index = layout.monthly.get(figures.month) as number;
    writes.push(...figureCells(layout, index, finalRow(toSheetRow(index)), figures, column, ratePercent, false));
  }
  for (const placement of placements) {
    const first = placedRow(toSheetRow(placement.index));
    placement.months.forEach((figures, i) => {
      const row = first + i;
      writes.push({ row, column: column(layout.columns.month), value: { kind: "text", text: monthLabelOfKey(figures.month) } });
      writes.push(...figureCells(layout, null, row, figures, column, ratePercent, true));
    });
  }
  if (added.length > 0) writes.push(...totalFormulas(existing, layout, placements, finalRow, placedRow, column));
  return {
    sheetName: existing.name,
    create: false,
    insertRowsBefore: [...inserts].sort((a, b) => b.row - a.row),
    writes: writes.sort((a, b) => a.row - b.row || a.column - b.column),
    styles: TELEPHONY_STYLES,
    columnWidths: [],
    replacedMonths: replaced.map((m) => m.month),
    addedMonths: added.map((m) => m.month),
    skippedMonths: skipped,
  };
}

/** Each new month goes before the first month row that comes later in the calendar, else after the last month row. */
function placeNewMonths(layout: SheetLayout, added: readonly MonthFigures[]): Placement[] {
  const byIndex = new Map<number, MonthFigures[]>();
  const lastMonthIndex = layout.rows.reduce((last, row) => Math.max(last, row.index), layout.headerIndex);
  for (const figures of added) {
    const later = layout.rows.filter((row) => row.key > figures.month).reduce<number | null>((min, row) => (min === null || row.index < min ? row.index : min), null);
    const index = later ?? layout.totalIndex ?? lastMonthIndex + 1;
    byIndex.set(index, [...(byIndex.get(index) ?? []), figures]);
  }
  return [...byIndex.entries()]
    .sort(([a], [b]) => a - b)
    .map(([index, months]) => ({ index, months, insert: !rowsAreFree(layout.grid, index, months.length) }));
}

/** Rows past the table that are blank (or past the used range) can be written without inserting. */
function rowsAreFree(grid: Grid, index: number, count: number): boolean {
  for (let row = index; row < index + count; row++) {
    if ((grid[row] ?? []).some((cell) => !isBlankCell(cell))) return false;
  }
  return true;
}

function rateIsPercent(layout: SheetLayout): boolean {
  const rate = layout.columns.rate;
  if (rate === null) return true;
  const sample = layout.rows.map((row) => gridCell(layout.grid, row.index, rate)).find((cell) => !isBlankCell(cell));
  return sample === undefined || sample.numberFormat.includes("%");
}

/** The figure cells of one month row: received, answered and/or lost, and the rate unless it is a formula already there. */
function figureCells(
  layout: SheetLayout,
  index: number | null,
  row: number,
  figures: MonthFigures,
  column: (gridColumn: number) => number,
  ratePercent: boolean,
  isNew: boolean,
): PlannedCell[] {
  const { columns } = layout;
  const style = isNew ? { style: "telephony.count" } : {};
  const cells: PlannedCell[] = [{ row, column: column(columns.received), value: { kind: "number", number: figures.received }, ...style }];
  if (columns.answered !== null) cells.push({ row, column: column(columns.answered), value: { kind: "number", number: figures.answered }, ...style });
  if (columns.lost !== null) cells.push({ row, column: column(columns.lost), value: { kind: "number", number: figures.received - figures.answered }, ...style });
  if (columns.rate === null) return cells;
  const existingRate = index === null ? null : gridCell(layout.grid, index, columns.rate);
  if (existingRate?.formula) return cells;
  const rateStyle = isNew && ratePercent ? { style: "telephony.rate" } : {};
  const rateColumn = column(columns.rate);
  if (isNew && ratePercent) {
    const formula = columns.answered !== null
      ? rateFormula(row, column(columns.received), column(columns.answered))
      : rateFromLostFormula(row, column(columns.received), column(columns.lost as number));
    return [...cells, { row, column: rateColumn, value: { kind: "formula", formula, cached: rateFraction(figures) }, ...rateStyle }];
  }
  const fraction = rateFraction(figures);
  if (typeof fraction === "string") return cells;
  const value = ratePercent ? fraction : figures.rate;
  return [...cells, { row, column: rateColumn, value: { kind: "number", number: value }, ...rateStyle }];
}

const SUM_OVER_COLUMN = /^=\s*SUM\(\s*\$?([A-Z]{1,3})\$?(\d+)\s*:\s*\$?([A-Z]{1,3})\$?(\d+)\s*\)$/i;

/** The Total row's =SUM(...) over a figure column, stretched to the month rows once the new ones are in. */
function totalFormulas(
  existing: SheetSnapshot,
  layout: SheetLayout,
  placements: readonly Placement[],
  finalRow: (sheetRow: number) => number,
  placedRow: (sheetRow: number) => number,
  column: (gridColumn: number) => number,
): PlannedCell[] {
  if (layout.totalIndex === null) return [];
  const origin = existing.origin.row;
  const monthRows = [
    ...layout.rows.map((row) => finalRow(origin + row.index)),
    ...placements.flatMap((p) => p.months.map((_, i) => placedRow(origin + p.index) + i)),
  ];
  const first = Math.min(...monthRows);
  const last = Math.max(...monthRows);
  const totalRow = finalRow(origin + layout.totalIndex);
  const figureColumns = [layout.columns.received, layout.columns.answered, layout.columns.lost].filter((c): c is number => c !== null);
  return figureColumns.flatMap((gridColumn) => {
    const formula = gridCell(layout.grid, layout.totalIndex as number, gridColumn).formula ?? "";
    const match = SUM_OVER_COLUMN.exec(formula.trim());
    if (!match || match[1].toUpperCase() !== match[3].toUpperCase()) return [];
    return [{ row: totalRow, column: column(gridColumn), value: { kind: "formula", formula: sumFormula(column(gridColumn), first, last) } } as PlannedCell];
  });
}
