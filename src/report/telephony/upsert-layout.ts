/** Where an existing telephony sheet keeps its columns, its month rows and its Total row. */
import type { SheetSnapshot } from "../../domain/snapshot";
import { findHeader, type TelephonyColumns } from "../../domain/telephony/headers";
import { monthKey } from "../../domain/telephony/months";
import { readRows } from "../../domain/telephony/rows";
import { gridCell, type Grid } from "../../domain/telephony/grid";
import { isSummaryLabel } from "../../domain/telephony/rows";
import { withMergedHeaderText } from "../../domain/telephony/merged-header";
import { sheetGrid } from "../../domain/telephony/read-sheet";
import { rowSites } from "../../domain/telephony/read-sites";

/** What the existing sheet holds: its columns and, by month key, where that month is (0-based grid rows). */
export interface SheetLayout {
  readonly grid: Grid;
  readonly columns: TelephonyColumns;
  readonly headerIndex: number;
  readonly monthly: ReadonlyMap<string, number>;
  readonly daily: ReadonlyMap<string, number>;
  /** Month rows in sheet order, with their key: the site's only, when a site is asked of a sheet with a site column. */
  readonly rows: readonly { readonly key: string; readonly index: number }[];
  /** Every month row of the table, whatever its site: what a Total row sums. */
  readonly tableRows: readonly { readonly key: string; readonly index: number }[];
  readonly totalIndex: number | null;
  /** The site the months are for, and its column, when the sheet has a site column and a site is asked. */
  readonly site: { readonly column: number; readonly value: string } | null;
}

/** Null when the sheet holds no telephony header. */
export function layoutOf(existing: SheetSnapshot, year: number, site: string | null = null): SheetLayout | null {
  const grid = sheetGrid(existing);
  const header = findHeader(withMergedHeaderText(existing, grid));
  if (header === null) return null;
  const siteColumn = site === null ? null : header.columns.site;
  const siteOfRow = siteColumn === null ? null : rowSites(grid, header, siteColumn);
  const monthly = new Map<string, number>();
  const daily = new Map<string, number>();
  const rows: { key: string; index: number }[] = [];
  const tableRows: { key: string; index: number }[] = [];
  let totalIndex: number | null = null;
  // « Total » may be written in the site column rather than the month column.
  const siteSaysTotal = (index: number) => header.columns.site !== null && isSummaryLabel(gridCell(grid, index, header.columns.site).text);
  for (const row of readRows(grid, header)) {
    if ((row.kind === "total" || siteSaysTotal(row.index)) && totalIndex === null) totalIndex = row.index;
    const ref = row.kind === "month" || row.kind === "skip" ? row.ref : undefined;
    if (ref === undefined || (ref.year ?? year) !== year) continue;
    const key = monthKey(year, ref.month);
    tableRows.push({ key, index: row.index });
    // Another site's row: never replaced, never a place to insert beside.
    if (siteOfRow !== null && siteOfRow[row.index] !== site) continue;
    const target = ref.day === undefined ? monthly : daily;
    if (!target.has(key)) target.set(key, row.index);
    rows.push({ key, index: row.index });
  }
  const lastMonth = tableRows.reduce((last, row) => Math.max(last, row.index), header.row);
  return {
    grid,
    columns: header.columns,
    headerIndex: header.row,
    monthly,
    daily,
    rows,
    tableRows,
    totalIndex: totalIndex !== null && totalIndex > lastMonth ? totalIndex : null,
    site: siteColumn === null || site === null ? null : { column: siteColumn, value: site },
  };
}

