/**
 * Telephony figures as pasted from the platform's web portal (tab-separated) or saved from
 * its export (";" or "," separated, quoted "94,2" fields), read through the common grid reader.
 */
import Papa from "papaparse";
import { issueAt } from "../issues";
import { textCell, type Grid, type Locate } from "./grid";
import { findHeader, inferHeaderless, type TelephonyHeader } from "./headers";
import { readTelephonyTable, summarize } from "./read-table";
import { titleYear } from "./read-sheet";
import { readSitesOfGrid } from "./read-sites";
import { TELEPHONY_MESSAGES as M } from "./messages";
import type { TelephonyOptions, TelephonyReading } from "./reading";

/** Tried in this order: a tab or ";" never appears in a French number, "," does. */
const DELIMITERS = ["\t", ";", ","] as const;

function splitFields(line: string, delimiter: string): string[] {
  if (line.trim() === "") return [];
  const parsed = Papa.parse<string[]>(line, { delimiter, header: false, skipEmptyLines: false, quoteChar: '"' });
  return (parsed.data[0] ?? []).map((field) => String(field));
}

export function textGrid(lines: readonly string[], delimiter: string): Grid {
  return lines.map((line) => splitFields(line, delimiter).map(textCell));
}

/** Grid row i is line i + 1 of the text. */
const lineLocate: Locate = (gridRow) => ({ sheet: null, cell: null, line: gridRow + 1 });

function layout(lines: readonly string[]): { grid: Grid; header: TelephonyHeader } | null {
  const grids = DELIMITERS.map((delimiter) => textGrid(lines, delimiter));
  for (const grid of grids) {
    const header = findHeader(grid);
    if (header !== null) return { grid, header };
  }
  for (const grid of grids) {
    const header = inferHeaderless(grid);
    if (header !== null) return { grid, header };
  }
  return null;
}

const linesOf = (text: string) => text.replace(/^\ufeff/, "").split(/\r\n|\r|\n/);

/**
 * An export with a site column (`Site`, `Lieu`, `Service`, `Standard`): one reading per site it names, each
 * site's months checked on their own; null when it has no site column or names no site.
 */
export function parseTelephonySites(text: string, options: TelephonyOptions): { readonly site: string; readonly reading: TelephonyReading }[] | null {
  const found = layout(linesOf(text));
  if (found === null || found.header.columns.site === null) return null;
  const contextYear = titleYear(found.grid, found.header.row);
  const sites = readSitesOfGrid(found.grid, found.header, (rows) => readTelephonyTable(rows, found.header, lineLocate, { ...options, contextYear, sheet: null }));
  return sites.flatMap(({ site, reading }) => (site === null ? [] : [{ site, reading }]));
}

export function parseTelephonyText(text: string, options: TelephonyOptions): TelephonyReading {
  const lines = linesOf(text);
  const found = layout(lines);
  if (found === null) {
    const firstLine = Math.max(0, lines.findIndex((line) => line.trim() !== ""));
    return {
      year: options.year ?? null,
      monthly: summarize(null, []),
      issues: [issueAt("MONTH_UNREADABLE", lineLocate(firstLine, 0), M.noHeader)],
    };
  }
  const contextYear = titleYear(found.grid, found.header.row);
  return readTelephonyTable(found.grid, found.header, lineLocate, { ...options, contextYear, sheet: null });
}
