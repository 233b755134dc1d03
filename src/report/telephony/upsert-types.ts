/** The plan for putting months into a year's telephony sheet, for the Office.js adapter to apply in one sync. */
import type { CellStyle, PlannedCell } from "../plan";

export type SkipReason =
  /** The month is not of the plan's year. */
  | "other_year"
  /** The sheet holds daily rows for this month: they are left as they are rather than mixed with a monthly total. */
  | "daily_rows";

/**
 * How to apply, in one batch:
 * 1. when `create`, add a worksheet named `sheetName` (after the user's sheets);
 * 2. insert each `insertRowsBefore` entry in the order given — whole rows, shifting the rows below
 *    down (`sheet.getRange("R:R+count-1").insert("Down")`). Rows are numbered as in the sheet
 *    BEFORE any insertion, and the list runs from the bottom up, so no insertion moves the next one;
 * 3. write every cell of `writes` — rows numbered as in the sheet AFTER the insertions — as its
 *    `PlannedValue` says (text as text, numbers, formulas), with `styles[cell.style]` when it has one;
 * 4. set `columnWidths` (characters) when the sheet was created.
 * No other cell is touched.
 */
export interface TelephonyUpsertPlan {
  readonly sheetName: string;
  readonly create: boolean;
  readonly insertRowsBefore: readonly { readonly row: number; readonly count: number }[];
  readonly writes: readonly PlannedCell[];
  /** Styles referred to by `writes[].style`. */
  readonly styles: Readonly<Record<string, CellStyle>>;
  readonly columnWidths: readonly { readonly column: number; readonly width: number }[];
  /** "2021-03": months already in the sheet whose figures were rewritten in place. */
  readonly replacedMonths: readonly string[];
  /** Months given a new row. */
  readonly addedMonths: readonly string[];
  readonly skippedMonths: readonly { readonly month: string; readonly reason: SkipReason }[];
}

export type Skipped = TelephonyUpsertPlan["skippedMonths"][number];
