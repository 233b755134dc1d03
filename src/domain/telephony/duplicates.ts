/** MONTH_DUPLICATE: the same month twice in monthly rows, the same date twice in daily rows, or a month given both ways. */
import { monthKey, monthLabel, type MonthRef } from "./months";
import { TELEPHONY_MESSAGES as M } from "./messages";
import { dayLabel } from "./day-label";

/** Remembers the months and dates met so far; `check` gives the message for one met before, else null. */
export class DuplicateTracker {
  private readonly modes = new Map<string, "monthly" | "daily">();
  private readonly days = new Set<string>();

  check(ref: MonthRef): string | null {
    const key = monthKey(ref.year, ref.month);
    const mode = this.modes.get(key);
    const label = (): string => monthLabel(ref.year, ref.month);
    if (ref.day === undefined) {
      if (mode !== undefined) return mode === "daily" ? M.monthlyAndDaily(label()) : M.monthDuplicate(label());
      this.modes.set(key, "monthly");
      return null;
    }
    if (mode === "monthly") return M.monthlyAndDaily(label());
    const day = `${key}-${ref.day} ${ref.time ?? ""}`;
    if (this.days.has(day)) return M.dayDuplicate(dayLabel(ref));
    this.modes.set(key, "daily");
    this.days.add(day);
    return null;
  }
}
