/** Addresses as Excel returns them: "'Indicateurs 2021'!A1:E12", and RangeAreas' comma-separated lists. */
import { parseA1 } from "../domain/address";
import type { CellRange } from "../domain/snapshot";

/** The local part of a reference, without its sheet: "'My sheet'!B2:C3" → "B2:C3". */
export function localPart(reference: string): string {
  const bang = reference.lastIndexOf("!");
  return bang < 0 ? reference.trim() : reference.slice(bang + 1).trim();
}

export function parseRange(reference: string): CellRange | null {
  const [first, second = first] = localPart(reference).split(":");
  const start = parseA1(first);
  const end = parseA1(second);
  if (!start || !end) return null;
  return {
    top: Math.min(start.row, end.row),
    left: Math.min(start.column, end.column),
    bottom: Math.max(start.row, end.row),
    right: Math.max(start.column, end.column),
  };
}

/** Splits "'a,b'!A1:B2, Sheet!C3" on the commas outside quotes. */
export function splitAreas(addresses: string): string[] {
  const parts: string[] = [];
  let current = "";
  let quoted = false;
  for (const character of addresses) {
    if (character === "'") quoted = !quoted;
    if (character === "," && !quoted) {
      parts.push(current.trim());
      current = "";
    } else current += character;
  }
  if (current.trim() !== "") parts.push(current.trim());
  return parts;
}

export function parseAreas(addresses: string): CellRange[] {
  return splitAreas(addresses)
    .map(parseRange)
    .filter((range): range is CellRange => range !== null)
    .sort((a, b) => a.top - b.top || a.left - b.left);
}
