/** Which year the months belong to: the option, else the labels, else the sheet name or title. */
import type { MonthRef } from "./months";

/** The most frequent year among the labels that name one (the latest on a tie), or null. */
export function dominantYear(refs: readonly MonthRef[]): number | null {
  const counts = new Map<number, number>();
  for (const ref of refs) if (ref.year !== null) counts.set(ref.year, (counts.get(ref.year) ?? 0) + 1);
  let best: number | null = null;
  for (const [year, count] of counts) {
    const bestCount = best === null ? 0 : (counts.get(best) ?? 0);
    if (count > bestCount || (count === bestCount && best !== null && year > best)) best = year;
  }
  return best;
}

export function resolveYear(option: number | undefined, refs: readonly MonthRef[], contextYear: number | null): number | null {
  return option ?? dominantYear(refs) ?? contextYear;
}
