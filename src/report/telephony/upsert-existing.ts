/** Upsert into a sheet that already holds a telephony table: replace in place, insert at the calendar place. */
import type { SheetSnapshot } from "../../domain/snapshot";
import type { MonthFigures } from "../../domain/analysis/types";
import type { PlannedCell } from "../plan";
import { gridCell, isBlankCell, type Grid } from "../../domain/telephony/grid";
import { labelStyleLike } from "./month-label-like";
import { TELEPHONY_STYLES } from "./sheet-layout";
import { figureCells, rateIsPercent, totalFormulas, type Placement } from "./upsert-cells";
import type { SheetLayout } from "./upsert-layout";
import type { Skipped, TelephonyUpsertPlan } from "./upsert-types";

export function upsertPlan(existing: SheetSnapshot, layout: SheetLayout, months: readonly MonthFigures[], skipped: Skipped[]): TelephonyUpsertPlan {
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
  const sampleLabel = layout.tableRows.map((row) => gridCell(layout.grid, row.index, layout.columns.month))[0];
  const label = labelStyleLike(sampleLabel);
  const labelStyle = label.style === undefined ? {} : { style: label.style.name };
  for (const figures of replaced) {
    const index = layout.monthly.get(figures.month) as number;
    writes.push(...figureCells(layout, index, finalRow(toSheetRow(index)), figures, column, ratePercent, false));
  }
  for (const placement of placements) {
    const first = placedRow(toSheetRow(placement.index));
    placement.months.forEach((figures, i) => {
      const row = first + i;
      writes.push({ row, column: column(layout.columns.month), value: label.value(figures.month), ...labelStyle });
      if (layout.site !== null) writes.push({ row, column: column(layout.site.column), value: { kind: "text", text: layout.site.value } });
      writes.push(...figureCells(layout, null, row, figures, column, ratePercent, true));
    });
  }
  if (added.length > 0) writes.push(...totalFormulas(existing, layout, placements, finalRow, placedRow, column));
  return {
    sheetName: existing.name,
    create: false,
    insertRowsBefore: [...inserts].sort((a, b) => b.row - a.row),
    writes: writes.sort((a, b) => a.row - b.row || a.column - b.column),
    styles: label.style === undefined ? TELEPHONY_STYLES : { ...TELEPHONY_STYLES, [label.style.name]: label.style.style },
    columnWidths: [],
    replacedMonths: replaced.map((m) => m.month),
    addedMonths: added.map((m) => m.month),
    skippedMonths: skipped,
  };
}

/**
 * Each new month goes before the first month row (of its site, when a site is asked) that comes later in the
 * calendar, else after the site's last month row, else (a site with no row yet, or no site) after the table's last.
 */
function placeNewMonths(layout: SheetLayout, added: readonly MonthFigures[]): Placement[] {
  const byIndex = new Map<number, MonthFigures[]>();
  const lastOf = (rows: SheetLayout["rows"]) => rows.reduce((last, row) => Math.max(last, row.index), layout.headerIndex);
  const afterSite = layout.site !== null && layout.rows.length > 0 ? lastOf(layout.rows) + 1 : null;
  for (const figures of added) {
    const later = layout.rows.filter((row) => row.key > figures.month).reduce<number | null>((min, row) => (min === null || row.index < min ? row.index : min), null);
    const index = later ?? afterSite ?? layout.totalIndex ?? lastOf(layout.tableRows) + 1;
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

