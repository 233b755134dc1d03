import type { Issue } from "../issues";
import type { SurveyAnalysis } from "../survey/types";
import type { Comparator, Quantity, Target } from "../values/types";
import type { MonthFigures, MonthlyAnalysis } from "../telephony/monthly-figures";

export type Direction = "higher" | "lower" | "none";
export type Status = "met" | "not_met" | "no_target" | "not_measured" | "invalid";

export const STATUSES: readonly Status[] = ["met", "not_met", "no_target", "not_measured", "invalid"];

export interface IndicatorAnalysis {
  readonly sheet: string;
  /** 1-based row of the indicator in its sheet. */
  readonly row: number;
  readonly module: string | null;
  readonly theme: string | null;
  readonly name: string;
  readonly comment: string | null;
  /** A1 addresses (without the sheet) of the cells read for this indicator, for links and marks. */
  readonly cells: { readonly name: string; readonly result: string | null; readonly target: string | null };
  /** The result as read: raw text and the quantity (null when empty, not applicable or unreadable). */
  readonly result: { readonly raw: string; readonly quantity: Quantity | null } | null;
  readonly target: { readonly raw: string; readonly quantity: Target | null } | null;
  readonly direction: Direction;
  readonly status: Status;
  /** result − target, in the indicator's unit (percentage points for %). */
  readonly gap: number | null;
  /** The previous year's result for the same indicator (value null when it was not measured). */
  readonly previous: { readonly year: number; readonly value: number | null; readonly raw: string } | null;
  readonly change: number | null;
  /** null when there is no change or the direction is "none". */
  readonly improved: boolean | null;
  readonly nationalAverage: number | null;
  /** result − national average; betterThanNational judged by direction. */
  readonly nationalGap: number | null;
  readonly betterThanNational: boolean | null;
  /** The indicator in every year the workbook holds, matched by name, in year order (the analysed year included). */
  readonly history: readonly HistoryPoint[];
}

export interface HistoryPoint {
  readonly year: number;
  /** The year's result in this year's unit; null when not measured, unreadable or absent that year. */
  readonly value: number | null;
  /** Whether that year's target was met; null when it had no target or could not be judged. */
  readonly met: boolean | null;
}

/** One telephony site's figures for the year: a sheet of its own, or its rows in a sheet with a site column. */
export interface SiteMonthly extends MonthlyAnalysis {
  /** null for the single site of a workbook with one telephony sheet and no site column. */
  readonly name: string | null;
  readonly sheet: string;
}

/** The year's figures over every site: `months` sums the sites month by month, the annual rate is Σ answered ÷ Σ received over all of them. */
export interface CombinedMonthly extends MonthlyAnalysis {
  /** One entry per site, in sheet order (a single unnamed site when there is one sheet). */
  readonly sites: readonly SiteMonthly[];
}

export interface Analysis {
  readonly year: number;
  readonly previousYear: number | null;
  /** Every year for which an indicator table was found, ascending. */
  readonly availableYears: readonly number[];
  readonly indicators: readonly IndicatorAnalysis[];
  readonly monthly: CombinedMonthly | null;
  /** The analysed year's satisfaction survey, null when the workbook has none for that year. */
  readonly survey: SurveyAnalysis | null;
  readonly issues: readonly Issue[];
  readonly summary: Readonly<Record<Status, number>>;
}

export type { Comparator, MonthFigures, MonthlyAnalysis };
