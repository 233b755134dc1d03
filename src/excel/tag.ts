/**
 * The worksheet custom property (ExcelApi 1.12) that marks the sheets Bilan Qualité generated:
 * "<role>:<year>", e.g. "summary:2021"; "<role>:<year>:pending" while a generation is being written.
 */
import type { SheetRole } from "../report/plan";

export const TAG_PROPERTY = "BilanQualite";
/**
 * On « Plan d'actions » only: the indicators a generation ever listed there, one entry key a line, so that
 * a row the user deleted is not added again. A worksheet custom property (ExcelApi 1.12) stays with its
 * sheet through a rename or a move (https://learn.microsoft.com/en-us/javascript/api/excel/excel.worksheetcustomproperty).
 */
export const PLAN_MEMORY_PROPERTY = "BilanQualitePlan";

export const formatPlanMemory = (keys: readonly string[]): string => keys.join("\n");
export const parsePlanMemory = (text: string | null): string[] => (text === null ? [] : text.split("\n").filter((key) => key !== ""));
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
