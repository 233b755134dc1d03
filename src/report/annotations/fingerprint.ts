/**
 * The fingerprint of a generated report sheet: what it held when it was written, so that a regeneration can
 * tell whether someone has written in it since. Two parts:
 * - the summary (`FINGERPRINT_PROPERTY` on the sheet, beside its tag): the generated box (rows × columns
 *   from A1) and a 64-bit hash of its content. Under 255 characters, because a workbook custom property's
 *   value is trimmed to 255 characters outside Excel on the web
 *   (https://learn.microsoft.com/javascript/api/excel/excel.interfaces.custompropertydata) and the worksheet
 *   property's page is silent: the harsher reading;
 * - the detail (a workbook setting, `FINGERPRINT_SETTING`): a 12-bit hash per cell, row by row, used only to
 *   say which cells and rows changed.
 * A cell's content is what `Range.formulas` gives back: the formula (compared without spaces, quotes and
 * case, as Excel may rewrite them), else the constant. Values computed by formulas do not count (they
 * change with the data), nor does formatting.
 */
import type { PlannedCell, PlannedSheet } from "../plan";
import type { Cell, SheetSnapshot } from "../../domain/snapshot";
import { cellAt } from "../../domain/snapshot";

export const FINGERPRINT_PROPERTY = "BilanQualiteEmpreinte";
export const FINGERPRINT_SETTING = "BilanQualite.empreintes";
const VERSION = "1";

export interface Fingerprint {
  /** The sheet property's value: "1;<rows>;<columns>;<hash>". */
  readonly summary: string;
  /** One string per generated row: two characters per cell. */
  readonly rows: readonly string[];
}

export interface ParsedSummary {
  readonly rows: number;
  readonly columns: number;
  readonly hash: string;
}

/** Formula text as compared: outside string literals, no spaces, no quotes around sheet names, upper case. */
function canonicalFormula(formula: string): string {
  let out = "";
  let inString = false;
  for (const character of formula) {
    if (character === '"') inString = !inString;
    if (inString || character === '"') out += character;
    else if (character !== " " && character !== "'") out += character.toUpperCase();
  }
  return out;
}

export function plannedContent(cell: PlannedCell | undefined): string {
  if (cell === undefined) return "";
  switch (cell.value.kind) {
    case "text": return cell.value.text === "" ? "" : `s:${cell.value.text}`;
    case "number": return `n:${String(cell.value.number)}`;
    case "formula": return `f:${canonicalFormula(cell.value.formula)}`;
    case "blank": return "";
  }
}

export function readContent(cell: Cell): string {
  if (cell.formula !== null) return `f:${canonicalFormula(cell.formula)}`;
  const value = cell.value;
  if (value === null || value === "") return "";
  if (typeof value === "string") return `s:${value}`;
  if (typeof value === "number") return `n:${String(value)}`;
  if (typeof value === "boolean") return `b:${String(value)}`;
  return `e:${value.error}`;
}

function fnv1a(text: string, seed: number): number {
  let hash = seed;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

export function cellHash(content: string): string {
  const hash = fnv1a(content, 0x811c9dc5) & 0xfff;
  return ALPHABET[hash >> 6] + ALPHABET[hash & 63];
}

function strongHash(contents: readonly (readonly string[])[]): string {
  const text = contents.map((row) => row.join("\u0001")).join("\u0002");
  return fnv1a(text, 0x811c9dc5).toString(16).padStart(8, "0") + fnv1a(text, 0x01000193).toString(16).padStart(8, "0");
}

function fingerprintOf(contents: readonly (readonly string[])[], columns: number): Fingerprint {
  return {
    summary: [VERSION, contents.length, columns, strongHash(contents)].join(";"),
    rows: contents.map((row) => row.map(cellHash).join("")),
  };
}

/** The fingerprint of a planned sheet, as Excel will give it back once written. */
export function plannedFingerprint(sheet: PlannedSheet): Fingerprint {
  const rows = Math.max(0, ...sheet.cells.map((cell) => cell.row));
  const columns = Math.max(0, ...sheet.cells.map((cell) => cell.column));
  const byPosition = new Map(sheet.cells.map((cell) => [`${cell.row}:${cell.column}`, cell]));
  const contents = Array.from({ length: rows }, (_, row) => Array.from({ length: columns }, (_, column) => plannedContent(byPosition.get(`${row + 1}:${column + 1}`))));
  return fingerprintOf(contents, columns);
}

/** The contents of a read sheet over rows 1..rows and columns 1..columns. */
export function readContents(sheet: SheetSnapshot, rows: number, columns: number): string[][] {
  return Array.from({ length: rows }, (_, row) => Array.from({ length: columns }, (_, column) => readContent(cellAt(sheet, row + 1, column + 1))));
}

/** The same fingerprint computed from what a sheet holds now, over the box the summary names. */
export function currentFingerprint(sheet: SheetSnapshot, rows: number, columns: number): Fingerprint {
  return fingerprintOf(readContents(sheet, rows, columns), columns);
}

export function parseSummary(text: string | null | undefined): ParsedSummary | null {
  if (typeof text !== "string") return null;
  const parts = text.split(";");
  if (parts.length !== 4 || parts[0] !== VERSION) return null;
  const rows = Number(parts[1]);
  const columns = Number(parts[2]);
  if (!Number.isInteger(rows) || !Number.isInteger(columns) || rows < 0 || columns < 0 || !/^[0-9a-f]{16}$/.test(parts[3])) return null;
  return { rows, columns, hash: parts[3] };
}

/** The detail setting: per sheet tag ("summary:2021"), its summary and rows. */
export type FingerprintDetails = Readonly<Record<string, { readonly summary: string; readonly rows: readonly string[] }>>;

export function parseDetails(stored: unknown): FingerprintDetails {
  let data = stored;
  if (typeof stored === "string") {
    try {
      data = JSON.parse(stored);
    } catch {
      return {};
    }
  }
  if (typeof data !== "object" || data === null) return {};
  const details: Record<string, { summary: string; rows: string[] }> = {};
  for (const [tag, entry] of Object.entries(data as Record<string, unknown>)) {
    const { summary, rows } = (entry ?? {}) as { summary?: unknown; rows?: unknown };
    if (typeof summary === "string" && Array.isArray(rows) && rows.every((row) => typeof row === "string")) details[tag] = { summary, rows: rows as string[] };
  }
  return details;
}
