/** The monthly telephony of the analysed year, and its check against the table's call-answer rate. */
import { issueAt, type Issue } from "../issues";
import type { SheetSnapshot, WorkbookSnapshot } from "../snapshot";
import { findHeaderRow, HEADER_SEARCH_ROWS } from "../tables/find-header";
import { readTelephonySheet } from "../telephony";
import { NO_BREAK_SPACE } from "../text/french";
import { formatNumberFr, formatPercentFr } from "../values";
import { round2 } from "../values/rounding";
import { POINT_WORDS } from "../values/words";
import { callRateIndicators } from "./call-rate";
import { ANALYSIS_MESSAGES } from "./messages";
import type { IndicatorAnalysis, MonthlyAnalysis } from "./types";

export interface TelephonySheet {
  readonly sheet: SheetSnapshot;
  /** The year the sheet speaks of on its own (its name, title or month labels), null when none. */
  readonly year: number | null;
  /** The years its month labels name (a sheet of daily calls may span several years). */
  readonly monthYears: ReadonlySet<number>;
}

/** The workbook's telephony sheets, each read once on its own terms. */
export function telephonySheets(snapshot: WorkbookSnapshot): TelephonySheet[] {
  const found: TelephonySheet[] = [];
  for (const sheet of snapshot.sheets) {
    if (sheet.generatedTag !== null) continue;
    const reading = readTelephonySheet(sheet, {});
    if (reading === null || (reading.monthly.months.length === 0 && holdsIndicatorHeader(sheet))) continue;
    const monthYears = new Set(reading.monthly.months.map((m) => Number(m.month.slice(0, 4))).filter((y) => Number.isInteger(y)));
    found.push({ sheet, year: reading.year, monthYears });
  }
  return found;
}

/** An indicator table's header: a sheet read as telephony without a single month is an indicator sheet after all. */
function holdsIndicatorHeader(sheet: SheetSnapshot): boolean {
  return findHeaderRow(sheet, sheet.origin.row, sheet.origin.row + HEADER_SEARCH_ROWS - 1) !== null;
}

export interface MonthlyPart {
  readonly monthly: MonthlyAnalysis | null;
  readonly issues: readonly Issue[];
}

/**
 * The first telephony sheet of the year (by its own year or by months of that year), else the
 * first that names no year at all, read for that year.
 */
export function monthlyOfYear(sheets: readonly TelephonySheet[], year: number): MonthlyPart {
  const found =
    sheets.find((candidate) => candidate.year === year || candidate.monthYears.has(year)) ??
    sheets.find((candidate) => candidate.year === null && candidate.monthYears.size === 0);
  const reading = found === undefined ? null : readTelephonySheet(found.sheet, { year });
  return reading === null ? { monthly: null, issues: [] } : { monthly: reading.monthly, issues: reading.issues };
}

/** Half a percentage point: rounding in the table is tolerated, a real difference is not. */
const MONTHLY_TOLERANCE = 0.5;

export function monthlyDifferences(indicators: readonly IndicatorAnalysis[], monthly: MonthlyAnalysis | null): Issue[] {
  const rate = monthly?.annualRate ?? null;
  if (monthly === null || rate === null) return [];
  return callRateIndicators(indicators, monthly.sheet).flatMap((indicator) => {
    const result = indicator.result?.quantity ?? null;
    if (result === null || result.dimension !== "percent") return [];
    const gap = Math.abs(result.value - rate);
    if (gap <= MONTHLY_TOLERANCE + 1e-9 || indicator.cells.result === null) return [];
    const shownGap = round2(gap);
    const points = `${formatNumberFr(shownGap, 2)}${NO_BREAK_SPACE}${POINT_WORDS[shownGap < 2 ? 0 : 1]}`;
    const message = ANALYSIS_MESSAGES.differsFromMonthly(
      indicator.name,
      formatPercentFr(result.value, 2),
      formatPercentFr(rate, 2),
      monthly.sheet,
      points,
    );
    return [issueAt("RESULT_DIFFERS_FROM_MONTHLY", { sheet: indicator.sheet, cell: indicator.cells.result, indicator: indicator.name }, message)];
  });
}
