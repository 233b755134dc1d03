/** MONTH_MISSING: the months absent between the first month given and the last. */
import { issueAt, type Issue } from "../issues";
import type { GridLocation } from "./grid";
import { monthKey, monthLabelOfKey } from "./months";
import { TELEPHONY_MESSAGES as M } from "./messages";

function nextMonth(key: string): string {
  const [yearText, monthText] = [key.slice(0, -3), key.slice(-2)];
  const month = Number(monthText);
  if (yearText === "-") return month >= 12 ? "" : monthKey(null, month + 1);
  return month >= 12 ? monthKey(Number(yearText) + 1, 1) : monthKey(Number(yearText), month + 1);
}

/** A warning for each month absent between the first month given and the last, at the row that follows the gap. */
export function missingMonths(seen: ReadonlyMap<string, GridLocation>): Issue[] {
  const keys = [...seen.keys()].sort();
  const issues: Issue[] = [];
  for (let i = 1; i < keys.length; i++) {
    for (let gap = nextMonth(keys[i - 1]); gap !== "" && gap < keys[i]; gap = nextMonth(gap)) {
      const location = seen.get(keys[i]) as GridLocation;
      issues.push(issueAt("MONTH_MISSING", location, M.monthMissing(monthLabelOfKey(gap), monthLabelOfKey(keys[i - 1]), monthLabelOfKey(keys[i]))));
    }
  }
  return issues;
}
