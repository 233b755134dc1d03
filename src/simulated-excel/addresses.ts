/** A1 references as the Excel API takes and gives them: "A1", "A1:C3", "A:A", "3:5", "'My sheet'!B2". */
import { columnLetters, parseA1 } from "../domain/address";
import { SimError } from "./errors";

export interface Rect {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export const MAX_ROWS = 1048576;
export const MAX_COLUMN = 16384;

function columnNumber(letters: string): number {
  let column = 0;
  for (const letter of letters.toUpperCase()) column = column * 26 + (letter.charCodeAt(0) - 64);
  return column;
}

/** Splits "'Sheet'!A1:B2" into the sheet (unquoted) and the local part. */
export function splitSheet(reference: string): { sheet: string | null; local: string } {
  const bang = reference.lastIndexOf("!");
  if (bang < 0) return { sheet: null, local: reference.trim() };
  let sheet = reference.slice(0, bang).trim();
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, local: reference.slice(bang + 1).trim() };
}

export function parseRect(local: string): Rect {
  const clean = local.replace(/\$/g, "").trim();
  const [first, second = first] = clean.split(":");
  if (/^[A-Za-z]{1,3}$/.test(first) && /^[A-Za-z]{1,3}$/.test(second)) {
    return { top: 1, left: columnNumber(first), bottom: MAX_ROWS, right: columnNumber(second) };
  }
  if (/^\d+$/.test(first) && /^\d+$/.test(second)) {
    return { top: Number(first), left: 1, bottom: Number(second), right: MAX_COLUMN };
  }
  const start = parseA1(first);
  const end = parseA1(second);
  if (!start || !end) throw new SimError("InvalidArgument", `The address '${local}' is not valid.`);
  return {
    top: Math.min(start.row, end.row),
    left: Math.min(start.column, end.column),
    bottom: Math.max(start.row, end.row),
    right: Math.max(start.column, end.column),
  };
}

export function rectA1(rect: Rect): string {
  if (rect.left === 1 && rect.right === MAX_COLUMN) return `${rect.top}:${rect.bottom}`;
  if (rect.top === 1 && rect.bottom === MAX_ROWS) return `${columnLetters(rect.left)}:${columnLetters(rect.right)}`;
  const start = `${columnLetters(rect.left)}${rect.top}`;
  const end = `${columnLetters(rect.right)}${rect.bottom}`;
  return start === end ? start : `${start}:${end}`;
}

/** Excel quotes a sheet name unless it is letters, digits and underscores not starting with a digit. */
export function quoteSheet(name: string): string {
  return /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

export function rowCount(rect: Rect): number {
  return rect.bottom - rect.top + 1;
}

export function columnCount(rect: Rect): number {
  return rect.right - rect.left + 1;
}
