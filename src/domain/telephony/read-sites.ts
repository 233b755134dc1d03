/**
 * The sites of a telephony sheet: the whole sheet when it has no site column, else one reading per
 * value of its `Site` (`Lieu`, `Service`, `Standard`) column, each site's months checked on their own.
 */
import type { SheetSnapshot } from "../snapshot";
import { gridCell, isBlankCell, type Grid, type GridCell } from "./grid";
import type { TelephonyHeader } from "./headers";
import { readTelephonyTable, type TableReading } from "./read-table";
import { isSummaryLabel } from "./rows";
import { locateTelephonyTable, sheetLocate } from "./read-sheet";
import type { TelephonyOptions } from "./reading";

export interface SiteReading {
  /** The value of the site column; null when the sheet has none (the sheet is one site). */
  readonly site: string | null;
  readonly reading: TableReading;
}

/** Null when the sheet is not a telephony table; else one reading per site, in the order the sites first appear. */
export function readTelephonySites(sheet: SheetSnapshot, options: TelephonyOptions): SiteReading[] | null {
  const table = locateTelephonyTable(sheet, options);
  if (table === null) return null;
  const { grid, header, contextYear } = table;
  return readSitesOfGrid(grid, header, (rows) => readTelephonyTable(rows, header, sheetLocate(sheet), { ...options, contextYear, sheet: sheet.name }));
}

/** One reading per value of the header's site column (the whole grid when it has none), in the order the sites first appear. */
export function readSitesOfGrid(grid: Grid, header: TelephonyHeader, read: (rows: Grid) => TableReading): SiteReading[] {
  if (header.columns.site === null) return [{ site: null, reading: read(grid) }];
  const siteOfRow = rowSites(grid, header, header.columns.site);
  const sites = [...new Set(siteOfRow.filter((site): site is string => site !== null && site !== NO_SITE))];
  if (sites.length === 0) return [{ site: null, reading: read(grid) }];
  return sites.map((site) => ({ site, reading: read(onlySite(grid, header, siteOfRow, site)) }));
}

/** A row of no site: the header and above, or a "Total" written in the site column. */
export const NO_SITE = "";

/**
 * Each data row's site: a site written once and left blank (or merged) below continues down to the next
 * one, as a thématique does; rows above the first site belong to it.
 */
export function rowSites(grid: Grid, header: TelephonyHeader, column: number): (string | null)[] {
  const sites: (string | null)[] = [];
  let current: string | null = null;
  for (let row = 0; row < grid.length; row++) {
    const cell = gridCell(grid, row, column);
    const text = cell.text.trim();
    if (row <= header.row || isSummaryLabel(text)) {
      sites.push(NO_SITE);
      continue;
    }
    if (!isBlankCell(cell)) current = text;
    sites.push(current);
  }
  const first = sites.find((site) => site !== null && site !== NO_SITE) ?? null;
  return sites.map((site) => (site === null ? first : site));
}

const OTHER_SITE_ROW: readonly GridCell[] = Object.freeze([]);

/** The grid with the other sites' rows left blank: row numbers, and so every problem's cell, stay as in the sheet. */
function onlySite(grid: Grid, header: TelephonyHeader, siteOfRow: readonly (string | null)[], site: string): Grid {
  return grid.map((row, index) => (index <= header.row || siteOfRow[index] === site ? row : OTHER_SITE_ROW));
}
