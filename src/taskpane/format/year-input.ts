/** Reads a year typed by the user: empty means "not chosen"; anything else must be a plausible year. */
import { isPlausibleYear } from "../../domain/text/french";

export type YearInput = { readonly ok: true; readonly year: number | null } | { readonly ok: false };

export function readYearInput(text: string): YearInput {
  const trimmed = text.trim();
  if (trimmed === "") return { ok: true, year: null };
  if (!/^\d{4}$/.test(trimmed)) return { ok: false };
  const year = Number(trimmed);
  return isPlausibleYear(year) ? { ok: true, year } : { ok: false };
}

/** Reads a tolerance in points: "2", "0,5", "0.5"; never negative. */
export function readToleranceInput(text: string): number | null {
  const trimmed = text.trim().replace(",", ".");
  if (!/^\d+(\.\d+)?$/.test(trimmed)) return null;
  return Number(trimmed);
}
