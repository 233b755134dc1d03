/** The monthly call figures as read and summed; the analysis carries them as they are. */
export interface MonthFigures {
  /** "2021-01" */
  readonly month: string;
  readonly received: number;
  readonly answered: number;
  /** answered ÷ received, in percent. */
  readonly rate: number;
  /** Where the month came from: a sheet row or a line of text. */
  readonly sheet?: string;
  readonly row?: number;
  readonly line?: number;
}

export interface MonthlyAnalysis {
  readonly sheet: string | null;
  readonly months: readonly MonthFigures[];
  readonly received: number;
  readonly answered: number;
  /** Σ answered ÷ Σ received over the valid months, in percent; null with no valid month. */
  readonly annualRate: number | null;
}
