/**
 * What a series of three years or more says of an indicator: the best (or worst) result of the series,
 * a target met (or missed) several years in a row.
 */
import type { Analysis, IndicatorAnalysis } from "../domain/analysis/types";
import { resultText } from "./notation";
import { MIN_SERIES_YEARS, pointsIn, seriesYears } from "./series";
import { MAX_CHANGE_SENTENCES } from "./selection";
import { SERIES_WORDS } from "./wording";

/** Years in a row, ending with the analysed year, whose target was met (true) or missed (false). */
function streak(indicator: IndicatorAnalysis, years: readonly number[], met: boolean): number {
  const points = pointsIn(indicator, years);
  let count = 0;
  for (let index = points.length - 1; index >= 0 && points[index].met === met; index--) count++;
  return count;
}

/** "meilleur résultat depuis 2019" when this year's value beats every earlier one of the series (by direction). */
function record(indicator: IndicatorAnalysis, years: readonly number[]): string | null {
  if (indicator.direction === "none") return null;
  const points = pointsIn(indicator, years).filter((point) => point.value !== null);
  const now = points[points.length - 1];
  if (now === undefined || now.year !== years[years.length - 1] || points.length < MIN_SERIES_YEARS) return null;
  const earlier = points.slice(0, -1).map((point) => point.value as number);
  const better = (a: number, b: number) => (indicator.direction === "higher" ? a > b : a < b);
  const value = now.value as number;
  if (earlier.every((old) => better(value, old))) return SERIES_WORDS.best(points[0].year);
  if (earlier.every((old) => better(old, value))) return SERIES_WORDS.worst(points[0].year);
  return null;
}

/** What the series says of an indicator ("meilleur résultat depuis 2019", "cible atteinte pour la 3e année consécutive"); none with fewer than three years. */
export function seriesFacts(analysis: Analysis, indicator: IndicatorAnalysis): string[] {
  const years = seriesYears(analysis);
  if (years.length === 0 || years[years.length - 1] !== analysis.year || indicator.status === "invalid") return [];
  return factsOf(indicator, years);
}

function factsOf(indicator: IndicatorAnalysis, years: readonly number[]): string[] {
  const facts: string[] = [];
  const best = record(indicator, years);
  if (best !== null) facts.push(best);
  const met = streak(indicator, years, true);
  const missed = streak(indicator, years, false);
  if (met >= 2) facts.push(SERIES_WORDS.metInARow(met));
  else if (missed >= 2) facts.push(SERIES_WORDS.missedInARow(missed));
  return facts;
}

/**
 * One sentence per indicator the series says something of, leaving out those whose change sentence
 * already carries it; at most as many as the changes get.
 */
export function seriesSentences(analysis: Analysis, told: ReadonlySet<IndicatorAnalysis>): string[] {
  return analysis.indicators
    .filter((indicator) => !told.has(indicator))
    .map((indicator) => ({ indicator, facts: seriesFacts(analysis, indicator) }))
    .filter(({ facts }) => facts.length > 0)
    .map(({ indicator, facts }) => SERIES_WORDS.sentence(indicator.name, resultText(indicator), facts))
    .slice(0, MAX_CHANGE_SENTENCES);
}
