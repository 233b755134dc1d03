/**
 * Plans the writes that put a year's months into its telephony sheet (pure): a clean new
 * sheet, or, in an existing one, each month replaced in place or inserted at its calendar place.
 */
import type { SheetSnapshot } from "../../domain/snapshot";
import { lastRow } from "../../domain/snapshot";
import type { MonthFigures } from "../../domain/analysis/types";
import { TELEPHONY_SHEET_TEXT as T } from "../../domain/telephony/messages";
import { newTableCells, TELEPHONY_COLUMN_WIDTHS, TELEPHONY_STYLES } from "./sheet-layout";
import { layoutOf } from "./upsert-layout";
import { upsertPlan } from "./upsert-existing";
import type { Skipped, TelephonyUpsertPlan } from "./upsert-types";

/** `site`: the value of the sheet's site column the months are for; only that site's rows are replaced or inserted beside. */
export function planTelephonyUpsert(existing: SheetSnapshot | null, year: number, months: readonly MonthFigures[], site: string | null = null): TelephonyUpsertPlan {
  const { wanted, skipped } = selectMonths(year, months);
  if (existing === null) return newSheetPlan(year, wanted, skipped);
  const layout = layoutOf(existing, year, site);
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

