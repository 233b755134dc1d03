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

export interface SitePresence {
  readonly name: string;
  /** The months the site gives (valid or not), each at its first row. */
  readonly present: ReadonlyMap<string, GridLocation>;
}

/**
 * With several sites, a month is complete only if every site that reports any month has it: a warning,
 * naming the site, for each month between the first and the last month of all sites that a site lacks,
 * at the site's row after the gap (or its last row when the gap is at its end).
 */
export function missingAcrossSites(sites: readonly SitePresence[]): Issue[] {
  const all = sites.flatMap((site) => [...site.present.keys()]).sort();
  if (all.length === 0) return [];
  const months: string[] = [];
  for (let key = all[0]; key !== "" && key <= all[all.length - 1]; key = nextMonth(key)) months.push(key);
  return sites.flatMap((site) => {
    const keys = [...site.present.keys()].sort();
    if (keys.length === 0) return [];
    return months
      .filter((month) => !site.present.has(month))
      .map((month) => {
        const after = keys.find((key) => key > month);
        const before = [...keys].reverse().find((key) => key < month);
        const location = site.present.get(after ?? keys[keys.length - 1]) as GridLocation;
        const message =
          before !== undefined && after !== undefined
            ? M.siteMonthMissingBetween(site.name, monthLabelOfKey(month), monthLabelOfKey(before), monthLabelOfKey(after))
            : M.siteMonthMissing(site.name, monthLabelOfKey(month));
        return issueAt("MONTH_MISSING", location, message);
      });
  });
}
