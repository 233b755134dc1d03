/** The years a multi-year view shows, and each indicator's values over them. */
import type { Analysis, HistoryPoint, IndicatorAnalysis } from "../domain/analysis/types";
import { formatQuantity } from "../domain/values";
import { unitQuantity } from "./notation";

/** A multi-year view needs three years at least. */
export const MIN_SERIES_YEARS = 3;
/** Years the series table and chart show: the latest ones when the workbook holds more. */
export const MAX_SERIES_YEARS = 6;

/** The years up to the analysed one that some indicator has a value for; empty when fewer than three. */
export function seriesYears(analysis: Analysis): number[] {
  const years = new Set<number>();
  for (const indicator of analysis.indicators) {
    for (const point of indicator.history) if (point.year <= analysis.year && point.value !== null) years.add(point.year);
  }
  const sorted = [...years].sort((a, b) => a - b).slice(-MAX_SERIES_YEARS);
  return sorted.length >= MIN_SERIES_YEARS ? sorted : [];
}

/** The indicator's points in these years (a missing year as a null value). */
export function pointsIn(indicator: IndicatorAnalysis, years: readonly number[]): HistoryPoint[] {
  return years.map((year) => indicator.history.find((point) => point.year === year) ?? { year, value: null, met: null });
}

/** Indicators with a value in two of the years at least: a series worth showing. */
export function withSeries(analysis: Analysis, years: readonly number[]): IndicatorAnalysis[] {
  return analysis.indicators.filter((indicator) => pointsIn(indicator, years).filter((point) => point.value !== null).length >= 2);
}

/** "94 %", "1,5 j": a value of the series in the indicator's unit; "" when absent. */
export function seriesValueText(indicator: IndicatorAnalysis, value: number | null): string {
  const unit = unitQuantity(indicator);
  if (value === null || unit === null) return "";
  return formatQuantity({ ...unit, value });
}
