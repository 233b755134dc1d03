/**
 * The worksheet custom property (ExcelApi 1.12) that marks the sheets Bilan Qualité generated:
 * "<role>:<year>", e.g. "summary:2021"; "<role>:<year>:pending" while a generation is being written.
 */
import type { SheetRole } from "../report/plan";

export const TAG_PROPERTY = "BilanQualite";
const PENDING = "pending";

export interface SheetTag {
  readonly role: string;
  readonly year: number;
  readonly pending: boolean;
}

export function formatTag(role: SheetRole, year: number, pending = false): string {
  return pending ? `${role}:${year}:${PENDING}` : `${role}:${year}`;
}

export function parseTag(text: string | null): SheetTag | null {
  if (text === null) return null;
  const match = /^([a-z-]+):(\d{4})(?::(pending))?$/.exec(text.trim());
  return match ? { role: match[1], year: Number(match[2]), pending: match[3] === PENDING } : null;
}
