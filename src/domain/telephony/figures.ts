/** Checks one row's call figures: readable, not negative, answered within received. */
import type { IssueCode } from "../issues";
import type { TelephonyColumns } from "./headers";
import { TELEPHONY_MESSAGES as M, type FigureName } from "./messages";
import type { FigureReading, MonthRow } from "./rows";
import { formatCount } from "./format";

export interface RowProblem {
  readonly code: IssueCode;
  /** 0-based grid column of the cell at fault. */
  readonly column: number;
  readonly message: string;
}

export type FigureCheck =
  | { readonly ok: true; readonly received: number; readonly answered: number }
  | { readonly ok: false; readonly problems: readonly RowProblem[] };

const FIGURES: readonly FigureName[] = ["received", "answered", "lost"];

function readingOf(row: MonthRow, figure: FigureName): FigureReading {
  return row[figure];
}

function unreadableOrNegative(row: MonthRow, columns: TelephonyColumns, month: () => string): RowProblem[] {
  const problems: RowProblem[] = [];
  for (const figure of FIGURES) {
    const column = columns[figure];
    const reading = readingOf(row, figure);
    if (column === null) continue;
    if (reading.state === "unreadable") {
      problems.push({ code: "MONTH_UNREADABLE", column, message: M.figureUnreadable(figure, reading.raw, month()) });
    } else if (reading.state === "number" && reading.value < 0) {
      problems.push({ code: "NEGATIVE_VALUE", column, message: M.figureNegative(figure, reading.raw, month()) });
    }
  }
  return problems;
}

const fail = (problem: RowProblem): FigureCheck => ({ ok: false, problems: [problem] });

/** `month` gives the label used in messages ("janvier 2021", "15/01/2021"), asked for only when a check fails. */
export function checkFigures(row: MonthRow, columns: TelephonyColumns, month: () => string): FigureCheck {
  const problems = unreadableOrNegative(row, columns, month);
  if (problems.length > 0) return { ok: false, problems };
  if (row.received.state !== "number") {
    return fail({ code: "MONTH_UNREADABLE", column: columns.received, message: M.figureMissing("received", month()) });
  }
  const received = row.received.value;
  if (row.answered.state === "number") {
    const answered = row.answered.value;
    if (answered <= received) return { ok: true, received, answered };
    return fail({
      code: "MONTH_ANSWERED_EXCEEDS_RECEIVED",
      column: columns.answered ?? columns.received,
      message: M.answeredExceedsReceived(month(), formatCount(answered), formatCount(received)),
    });
  }
  if (row.lost.state === "number" && columns.lost !== null) {
    const lost = row.lost.value;
    if (lost <= received) return { ok: true, received, answered: received - lost };
    return fail({ code: "MONTH_UNREADABLE", column: columns.lost, message: M.lostExceedsReceived(month(), formatCount(lost), formatCount(received)) });
  }
  const column = columns.answered ?? columns.lost ?? columns.received;
  return fail({ code: "MONTH_UNREADABLE", column, message: M.figureMissing(columns.answered === null ? "lost" : "answered", month()) });
}
