/** Figures as a visitor reads them: whole percents unless rounding would mislead, durations in words. */
import type { Direction } from "../../domain/analysis/types";
import { formatSurveyRate } from "../../domain/survey";
import { NO_BREAK_SPACE as NBSP } from "../../domain/text/french";
import { isDurationUnit } from "../../domain/values/duration-units";
import { formatNumberFr, formatPercentFr } from "../../domain/values/format-number";
import type { Quantity, Target } from "../../domain/values/types";
import { DURATION_WORDS, WORKING_WORDS } from "../../domain/values/words";
import { PUBLIC_WORDS as W } from "./words";

/**
 * "94 %"; "89,6 %" where the whole number would equal the commitment it misses or meets by a fraction,
 * and "99,6 %" rather than a "100 %" not reached (formatSurveyRate).
 */
export function percentText(value: number, commitment: number | null): string {
  if (commitment !== null && Math.round(value) === commitment && value !== commitment) return formatPercentFr(value, 1);
  return formatSurveyRate(value);
}

/** "1,5 jour", "5 jours ouvrés", "2 heures": singular below 2, as French wants. */
export function durationText(q: Quantity): string | null {
  if (!isDurationUnit(q.unit)) return null;
  const singular = Math.abs(q.value) < 2;
  const [one, many] = DURATION_WORDS[q.unit];
  const working = q.workingDays ? ` ${singular ? WORKING_WORDS[0] : WORKING_WORDS[1]}` : "";
  return `${formatNumberFr(q.value, 1)}${NBSP}${singular ? one : many}${working}`;
}

export function quantityText(q: Quantity): string | null {
  if (q.dimension === "percent") return formatPercentFr(q.value, 1);
  if (q.dimension === "duration") return durationText(q);
  return null;
}

/** "plus de 90 %", "au plus 5 jours", "100 % en 1 heure"; null for what a visitor could not read. */
export function commitmentText(target: Target, direction: Direction): string | null {
  const amount = quantityText(target);
  if (amount === null) return null;
  const comparator = target.comparator ?? (direction === "higher" ? ">=" : direction === "lower" ? "<=" : null);
  const stated = comparator === null ? amount : W.comparators[comparator](amount);
  if (target.within === undefined) return stated;
  const limit = quantityText(target.within);
  return limit === null ? stated : `${stated} ${W.within(limit)}`;
}
