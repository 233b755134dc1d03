/** What reading a telephony sheet or export gives. */
import type { Issue } from "../issues";
import type { MonthlyAnalysis } from "./monthly-figures";

export interface TelephonyReading {
  /** The year of the months: the option, else the labels, else the sheet name or title; null when none says. */
  readonly year: number | null;
  /**
   * The valid months in calendar order ("2021-01"; "--01" when no year is known), their sums and
   * the annual rate Σ answered ÷ Σ received (rates rounded to 2 decimals).
   */
  readonly monthly: MonthlyAnalysis;
  /** MONTH_UNREADABLE, NEGATIVE_VALUE, MONTH_DUPLICATE, MONTH_ANSWERED_EXCEEDS_RECEIVED, MONTH_MISSING. */
  readonly issues: Issue[];
}

export interface TelephonyOptions {
  readonly year?: number;
}
