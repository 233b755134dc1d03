/** What check-telephony prints: the JSON document and the French text report of a reading. */
import type { Issue } from "../../domain/issues";
import { formatCount, formatRate } from "../../domain/telephony/format";
import { monthLabelOfKey } from "../../domain/telephony/months";
import { TELEPHONY_REPORT_TEXT as R } from "../../domain/telephony/messages";
import type { TelephonyReading } from "../../domain/telephony/reading";

export interface TelephonyJson {
  readonly months: readonly { readonly month: string; readonly received: number; readonly answered: number; readonly rate: number }[];
  readonly received: number;
  readonly answered: number;
  readonly annualRate: number | null;
  readonly issues: readonly { readonly severity: Issue["severity"]; readonly code: Issue["code"]; readonly line: number | null; readonly message: string }[];
}

/** `check-telephony --json`: analyze's monthly block, issues carrying their line instead of a sheet and cell. */
export function toTelephonyJson(reading: TelephonyReading): TelephonyJson {
  const { monthly } = reading;
  return {
    months: monthly.months.map(({ month, received, answered, rate }) => ({ month, received, answered, rate })),
    received: monthly.received,
    answered: monthly.answered,
    annualRate: monthly.annualRate,
    issues: reading.issues.map(({ severity, code, line, message }) => ({ severity, code, line: line ?? null, message })),
  };
}

const WIDTHS = [16, 14, 16, 10] as const;

function tableLine(cells: readonly string[]): string {
  return cells.map((cell, i) => (i === 0 ? cell.padEnd(WIDTHS[0]) : cell.padStart(WIDTHS[i] ?? 0))).join("").trimEnd();
}

/** The French report: source and year, a table of the months with their total, the annual rate, the problems by line. */
export function formatTelephonyText(reading: TelephonyReading, source: string): string {
  const { monthly } = reading;
  const lines = [R.heading(source), R.year(reading.year), ""];
  if (monthly.months.length === 0) {
    lines.push(R.noMonth);
  } else {
    lines.push(tableLine(R.columns));
    for (const m of monthly.months) lines.push(tableLine([monthLabelOfKey(m.month), formatCount(m.received), formatCount(m.answered), formatRate(m.rate)]));
    const total = [R.total, formatCount(monthly.received), formatCount(monthly.answered), monthly.annualRate === null ? "—" : formatRate(monthly.annualRate)];
    lines.push(tableLine(total));
    if (monthly.annualRate !== null) lines.push("", R.annualRate(formatRate(monthly.annualRate)));
  }
  lines.push("");
  if (reading.issues.length === 0) lines.push(R.noIssue);
  else {
    lines.push(R.issues(reading.issues.length));
    for (const issue of reading.issues) lines.push(R.issueLine(R.severity[issue.severity], issue.line, issue.message));
  }
  return `${lines.join("\n")}\n`;
}
