/** French notation of an indicator's figures, built on the domain's formatters. */
import type { IndicatorAnalysis } from "../domain/analysis/types";
import type { Comparator, Quantity, Target } from "../domain/values/types";
import { formatChange, formatQuantity } from "../domain/values";
import { NO_BREAK_SPACE as NBSP } from "../domain/text/french";
import { NARRATIVE_WORDS } from "./wording";

const COMPARATOR_SIGNS: Readonly<Record<Comparator, string>> = { ">": ">", ">=": "≥", "<": "<", "<=": "≤" };

/** "94 %", or the cell's own text when it could not be read. */
export function resultText(indicator: IndicatorAnalysis): string {
  const result = indicator.result;
  if (!result) return "";
  return result.quantity ? formatQuantity(result.quantity) : result.raw;
}

/** "> 90 %", "5 jours", "100 % en 1 h"; the cell's text as typed when it is to be corrected. */
export function targetText(indicator: IndicatorAnalysis): string {
  const target = indicator.target;
  if (!target) return "";
  if (!target.quantity || indicator.status === "invalid") return target.raw;
  return formatTarget(target.quantity);
}

export function formatTarget(target: Target): string {
  const sign = target.comparator ? `${COMPARATOR_SIGNS[target.comparator]}${NBSP}` : "";
  const within = target.within ? ` en ${formatQuantity(target.within)}` : "";
  return `${sign}${formatQuantity(target)}${within}`;
}

/** The quantity that gives an indicator's unit: its result, else its target. */
export function unitQuantity(indicator: IndicatorAnalysis): Quantity | null {
  return indicator.result?.quantity ?? indicator.target?.quantity ?? null;
}

const withValue = (q: Quantity, value: number): Quantity => ({ ...q, value });

export function gapText(indicator: IndicatorAnalysis): string {
  const unit = unitQuantity(indicator);
  return indicator.gap === null || !unit ? "" : formatChange(indicator.gap, unit);
}

export function previousText(indicator: IndicatorAnalysis): string {
  const previous = indicator.previous;
  if (!previous) return "";
  const unit = unitQuantity(indicator);
  return previous.value !== null && unit ? formatQuantity(withValue(unit, previous.value)) : previous.raw;
}

/** "▼ −1 point", "▲ +0,1 jour", "= stable". */
export function changeText(indicator: IndicatorAnalysis, stable: string): string {
  const unit = unitQuantity(indicator);
  if (indicator.change === null || !unit) return "";
  if (indicator.change === 0) return stable;
  const arrow = indicator.change > 0 ? "▲" : "▼";
  return `${arrow} ${formatChange(indicator.change, unit)}`;
}

export function nationalAverageText(indicator: IndicatorAnalysis): string {
  const unit = unitQuantity(indicator);
  return indicator.nationalAverage === null || !unit ? "" : formatQuantity(withValue(unit, indicator.nationalAverage));
}

/** "d'un point", "de 2 points", "de 0,1 jour": the size of a change, for a sentence. */
export function changeAmount(indicator: IndicatorAnalysis): string | null {
  const unit = unitQuantity(indicator);
  if (indicator.change === null || indicator.change === 0 || !unit) return null;
  const magnitude = formatChange(Math.abs(indicator.change), unit).replace(/^[+\u2212-]\s?/, "");
  return NARRATIVE_WORDS.amount(magnitude);
}
