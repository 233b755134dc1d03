/** Problems found in the workbook or in a telephony export: results, never exceptions. */

export type Severity = "error" | "warning";

export const ISSUE_SEVERITY = {
  RESULT_UNREADABLE: "error",
  TARGET_UNREADABLE: "error",
  EXCEL_ERROR: "error",
  PERCENT_OUT_OF_RANGE: "error",
  NEGATIVE_VALUE: "error",
  UNIT_MISMATCH: "error",
  TARGET_IMPLAUSIBLE: "error",
  RESULT_MISSING: "warning",
  DUPLICATE_INDICATOR: "warning",
  YEAR_UNREADABLE: "error",
  FORMULA_LIKE_TEXT: "warning",
  MONTH_UNREADABLE: "error",
  MONTH_DUPLICATE: "error",
  MONTH_ANSWERED_EXCEEDS_RECEIVED: "error",
  MONTH_MISSING: "warning",
  RESULT_DIFFERS_FROM_MONTHLY: "warning",
  SURVEY_ANSWER_UNREADABLE: "warning",
  SURVEY_SMALL_SAMPLE: "warning",
  SURVEY_RATE_DIFFERS_FROM_TABLE: "warning",
  SHEET_TOO_LARGE: "error",
} as const satisfies Record<string, Severity>;

export type IssueCode = keyof typeof ISSUE_SEVERITY;

export interface Issue {
  readonly severity: Severity;
  readonly code: IssueCode;
  /** Where it is: a sheet and an A1 cell (workbook), or a 1-based line (pasted or saved text). */
  readonly sheet: string | null;
  readonly cell: string | null;
  readonly line?: number;
  /** The indicator concerned, when there is one (for the checks sheet and the pane). */
  readonly indicator?: string;
  /** French, for the user: says what is wrong and, where it helps, what to do. */
  readonly message: string;
}

/** Where an issue is: a workbook cell (with the indicator concerned, when there is one) or a line of text. */
export interface IssuePlace {
  readonly sheet: string | null;
  readonly cell: string | null;
  readonly line?: number;
  readonly indicator?: string;
}

/** An issue of this code at this place, its severity taken from the shared table. */
export function issueAt(code: IssueCode, place: IssuePlace, message: string): Issue {
  return {
    severity: ISSUE_SEVERITY[code],
    code,
    sheet: place.sheet,
    cell: place.cell,
    ...(place.line === undefined ? {} : { line: place.line }),
    ...(place.indicator === undefined ? {} : { indicator: place.indicator }),
    message,
  };
}
