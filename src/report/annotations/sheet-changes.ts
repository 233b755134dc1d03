/**
 * Whether a report sheet about to be replaced holds something a person wrote since it was generated: cells
 * typed or changed, rows added or removed (against its fingerprint), comments. A sheet with no fingerprint
 * (written by an older version) cannot be checked: it counts as annotated, so the user is asked rather than
 * losing what may be there.
 */
import { a1 } from "../../domain/address";
import type { SheetSnapshot } from "../../domain/snapshot";
import { lastColumn, lastRow } from "../../domain/snapshot";
import { cellHash, currentFingerprint, parseSummary, readContents, type FingerprintDetails } from "./fingerprint";

export interface SheetChanges {
  /** False when the sheet has no readable fingerprint (an older version wrote it). */
  readonly checked: boolean;
  /** Cells changed or typed in, in the sheet's current coordinates (A1). */
  readonly cells: readonly string[];
  /** True when the content differs but the per-cell detail is not available to say where. */
  readonly unlocated: boolean;
  readonly addedRows: number;
  readonly removedRows: number;
  readonly comments: number;
  readonly notes: number;
}

export interface AnnotationInput {
  readonly sheet: SheetSnapshot;
  readonly tag: string;
  readonly fingerprint: string | null;
  readonly comments: number;
  /** 0 where notes cannot be counted (before ExcelApi 1.18). */
  readonly notes: number;
}

/** Past this many row comparisons, rows are compared position by position instead of aligned. */
const MAX_ALIGNMENT = 4_000_000;

export function sheetChanges(input: AnnotationInput, details: FingerprintDetails): SheetChanges | null {
  const summary = parseSummary(input.fingerprint);
  const none = { cells: [], unlocated: false, addedRows: 0, removedRows: 0, comments: input.comments, notes: input.notes };
  if (summary === null) return { ...none, checked: false };
  const rows = Math.max(summary.rows, lastRow(input.sheet));
  const columns = Math.max(summary.columns, lastColumn(input.sheet));
  const same = rows === summary.rows && columns === summary.columns && currentFingerprint(input.sheet, rows, columns).summary === input.fingerprint;
  if (same) return input.comments + input.notes > 0 ? { ...none, checked: true } : null;
  const detail = details[input.tag];
  if (detail === undefined || detail.summary !== input.fingerprint || detail.rows.length !== summary.rows) return { ...none, checked: true, unlocated: true };
  const compared = compareRows(detail.rows, readContents(input.sheet, rows, columns), summary.columns);
  const located = compared.cells.length + compared.addedRows + compared.removedRows > 0;
  return { ...compared, checked: true, unlocated: !located, comments: input.comments, notes: input.notes };
}

/** Rows as generated (cell hashes) against rows as they are: aligned, then the unmatched ones paired. */
function compareRows(generated: readonly string[], now: readonly (readonly string[])[], width: number): Pick<SheetChanges, "cells" | "addedRows" | "removedRows"> {
  const hashed = now.map((row) => row.slice(0, width).map(cellHash).join(""));
  const beyond = now.map((row) => row.slice(width));
  const pairs = align(generated, hashed);
  const cells: string[] = [];
  let addedRows = 0;
  let removedRows = 0;
  let oldIndex = 0;
  let newIndex = 0;
  const changedCells = (oldRow: string | null, row: number): void => {
    for (let column = 0; column < width; column++) {
      const before = oldRow === null ? cellHash("") : oldRow.slice(2 * column, 2 * column + 2);
      if (hashed[row].slice(2 * column, 2 * column + 2) !== before) cells.push(a1(row + 1, column + 1));
    }
  };
  const sentinel: [number, number] = [generated.length, hashed.length];
  for (const [matchedOld, matchedNew] of [...pairs, sentinel]) {
    const removed = matchedOld - oldIndex;
    const added = matchedNew - newIndex;
    const paired = Math.min(removed, added);
    for (let offset = 0; offset < paired; offset++) changedCells(generated[oldIndex + offset], newIndex + offset);
    // A row inserted among the generated ones counts even blank; one below them, when someone wrote in it.
    for (let row = newIndex + paired; row < matchedNew; row++) if (matchedNew < hashed.length || now[row].some((content) => content !== "")) addedRows++;
    removedRows += removed - paired;
    oldIndex = matchedOld + 1;
    newIndex = matchedNew + 1;
  }
  beyond.forEach((extra, row) => extra.forEach((content, offset) => content !== "" && cells.push(a1(row + 1, width + offset + 1))));
  const order = (address: string): number => Number(/\d+/.exec(address)?.[0] ?? 0);
  return { cells: [...new Set(cells)].sort((a, b) => order(a) - order(b) || a.length - b.length || a.localeCompare(b)), addedRows, removedRows };
}

/** The longest common subsequence of two lists of row strings, as index pairs (or positions when too large). */
function align(before: readonly string[], after: readonly string[]): [number, number][] {
  const n = before.length;
  const m = after.length;
  if (n * m > MAX_ALIGNMENT) {
    const pairs: [number, number][] = [];
    for (let index = 0; index < Math.min(n, m); index++) if (before[index] === after[index]) pairs.push([index, index]);
    return pairs;
  }
  const table = new Uint32Array((n + 1) * (m + 1));
  const at = (i: number, j: number): number => i * (m + 1) + j;
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      table[at(i, j)] = before[i] === after[j] ? table[at(i + 1, j + 1)] + 1 : Math.max(table[at(i + 1, j)], table[at(i, j + 1)]);
  const pairs: [number, number][] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (before[i] === after[j]) {
      pairs.push([i, j]);
      i++;
      j++;
    } else if (table[at(i + 1, j)] >= table[at(i, j + 1)]) i++;
    else j++;
  }
  return pairs;
}
