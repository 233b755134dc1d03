import { STATUSES, type IndicatorAnalysis, type Status } from "./types";

/** How many indicators have each status. */
export function summarize(indicators: readonly IndicatorAnalysis[]): Record<Status, number> {
  const counts = Object.fromEntries(STATUSES.map((status) => [status, 0])) as Record<Status, number>;
  for (const indicator of indicators) counts[indicator.status] += 1;
  return counts;
}
