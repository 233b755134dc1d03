/** Finds the header row of a telephony table and the role of each column. */
import { foldText } from "./normalize";
import { gridCell, isBlankCell, type Grid, type GridCell } from "./grid";
import { readMonthText } from "./months";
import { readMonthCell } from "./month-cell";
import { parseCallFigure } from "./call-figure";

export type ColumnRole = "month" | "received" | "answered" | "lost" | "rate" | "site";

export interface TelephonyColumns {
  /** 0-based grid columns. */
  readonly month: number;
  readonly received: number;
  readonly answered: number | null;
  readonly lost: number | null;
  /** Read to keep it apart from the figures, never trusted: the rate is recomputed. */
  readonly rate: number | null;
  /** The site of each row (`Site`, `Lieu`, `Service`, `Standard`) when one sheet holds several sites. */
  readonly site: number | null;
}

export interface TelephonyHeader {
  /** 0-based grid row of the header; -1 when the text has no header and columns were inferred. */
  readonly row: number;
  readonly columns: TelephonyColumns;
}

/** Checked in this order: "Taux d'appels aboutis" is a rate, "non répondus" is lost, "appels aboutis" is answered. */
const ROLE_PATTERNS: readonly (readonly [ColumnRole, RegExp])[] = [
  ["rate", /\btaux\b|%|\bpourcentage\b|\bqualite de service\b|\bqs\b/],
  ["lost", /\bperdus?\b|\babandonne(e)?s?\b|\bnon repondus?\b|\bnon decroches?\b|\bnon aboutis?\b|\bnon traites?\b/],
  ["answered", /\baboutis?\b|\bdecroches?\b|\btraites?\b|\brepondus?\b|\bservis?\b/],
  ["received", /\brecus?\b|\bpresentes?\b|\bentrants?\b|\bnombre d'appels\b|\bnb (d')?appels\b|^appels$|\bvolume\b/],
  ["month", /\bmois\b|\bperiode\b|\bdate\b|\bjour\b/],
  ["site", /^(site|lieu|service|standard)s?\b/],
];

export function columnRole(header: string): ColumnRole | null {
  const folded = foldText(header);
  if (folded === "") return null;
  return ROLE_PATTERNS.find(([, pattern]) => pattern.test(folded))?.[0] ?? null;
}

/** How far down a header is looked for; the month column is judged on a few rows below it. */
export const HEADER_SEARCH_ROWS = 30;
const MONTH_SAMPLE_ROWS = 5;
/** Enough rows to find a header and judge its month column: a sheet is converted whole only once it is a telephony sheet. */
export const HEADER_GRID_ROWS = HEADER_SEARCH_ROWS + 20;

export function findHeader(grid: Grid): TelephonyHeader | null {
  const last = Math.min(grid.length, HEADER_SEARCH_ROWS);
  for (let row = 0; row < last; row++) {
    const columns = columnsOf(grid, row);
    if (columns) return withSubHeader(grid, row, columns);
  }
  return null;
}

/** `Appels` over `reçus | aboutis`: the row below is the header when it names more of the columns. */
function withSubHeader(grid: Grid, row: number, columns: TelephonyColumns): TelephonyHeader {
  const below = columnsOf(grid, row + 1);
  const named = (c: TelephonyColumns) => [c.answered, c.lost, c.rate].filter((column) => column !== null).length;
  return below !== null && named(below) > named(columns) ? { row: row + 1, columns: below } : { row, columns };
}

function columnsOf(grid: Grid, row: number): TelephonyColumns | null {
  const found = new Map<ColumnRole, number>();
  const monthCandidates: number[] = [];
  (grid[row] ?? []).forEach((cell, column) => {
    const role = columnRole(cell.text);
    if (role === "month") monthCandidates.push(column);
    if (role !== null && !found.has(role)) found.set(role, column);
  });
  const month = monthCandidates.find((column) => holdsMonths(grid, row, column)) ?? monthCandidates[0];
  const received = found.get("received");
  if (month === undefined || received === undefined) return null;
  return {
    month,
    received,
    answered: found.get("answered") ?? null,
    lost: found.get("lost") ?? null,
    rate: found.get("rate") ?? null,
    site: found.get("site") ?? null,
  };
}

/** "Jour | Date | …": of several month-like columns, the one whose first values read as months ("lundi" does not). */
function holdsMonths(grid: Grid, headerRow: number, column: number): boolean {
  const sample = grid
    .slice(headerRow + 1)
    .map((cells) => cells[column])
    .filter((cell): cell is GridCell => cell !== undefined && !isBlankCell(cell))
    .slice(0, MONTH_SAMPLE_ROWS);
  return sample.length > 0 && sample.some((cell) => readMonthCell(cell) !== null);
}

/**
 * For text pasted without its header: when the first non-blank row reads as
 * "month, number, number", the columns are taken as month, received, answered.
 */
export function inferHeaderless(grid: Grid): TelephonyHeader | null {
  const first = grid.findIndex((cells) => cells.some((cell) => !isBlankCell(cell)));
  if (first < 0) return null;
  const looksLikeNumber = (column: number) => parseCallFigure(gridCell(grid, first, column).text) !== null;
  if (readMonthText(gridCell(grid, first, 0).text) === null || !looksLikeNumber(1) || !looksLikeNumber(2)) return null;
  return { row: -1, columns: { month: 0, received: 1, answered: 2, lost: null, rate: null, site: null } };
}
