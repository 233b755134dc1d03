/** MONTH_DUPLICATE: the same month twice in monthly rows, the same date twice in daily rows, or a month given both ways. */
import { monthKey, monthLabel, type MonthRef } from "./months";
import { TELEPHONY_MESSAGES as M } from "./messages";
import { dayLabel } from "./day-label";

type Repeat = "monthlyAndDaily" | "monthDuplicate" | "dayDuplicate";

/** Remembers the months and dates met so far; `check` gives the message for one met before, else null. */
export class DuplicateTracker {
  private readonly modes = new Map<string, "monthly" | "daily">();
  private readonly days = new Set<string>();

  check(ref: MonthRef): string | null {
    const repeat = this.meet(ref);
    if (repeat === null) return null;
    if (repeat === "dayDuplicate") return M.dayDuplicate(dayLabel(ref));
    const label = monthLabel(ref.year, ref.month);
    return repeat === "monthlyAndDaily" ? M.monthlyAndDaily(label) : M.monthDuplicate(label);
  }

  /** Whether the month or date was met before, as `check` says, without writing its message. */
  isRepeat(ref: MonthRef): boolean {
    return this.meet(ref) !== null;
  }

  private meet(ref: MonthRef): Repeat | null {
    const key = monthKey(ref.year, ref.month);
    const mode = this.modes.get(key);
    if (ref.day === undefined) {
      if (mode !== undefined) return mode === "daily" ? "monthlyAndDaily" : "monthDuplicate";
      this.modes.set(key, "monthly");
      return null;
    }
    if (mode === "monthly") return "monthlyAndDaily";
    const day = `${key}-${ref.day} ${ref.time ?? ""}`;
    if (this.days.has(day)) return "dayDuplicate";
    this.modes.set(key, "daily");
    this.days.add(day);
    return null;
  }
}
