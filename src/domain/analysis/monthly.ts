/** The monthly telephony of the analysed year, and its check against the table's call-answer rate. */
import type { Issue } from "../issues";
import type { SheetSnapshot, WorkbookSnapshot } from "../snapshot";
import { readTelephonySheet } from "../telephony";
import { wordsOf } from "../text/normalize";
import { formatNumberFr } from "../values";
import { countsSomethingBad } from "./direction";
import { issueAt } from "./issue";
import { ANALYSIS_MESSAGES } from "./messages";
import type { IndicatorAnalysis, MonthlyAnalysis } from "./types";

/** The workbook's telephony sheets, with the year each speaks of on its own. */
export function telephonySheets(snapshot: WorkbookSnapshot): { sheet: SheetSnapshot; year: number | null }[] {
  return snapshot.sheets
    .filter((sheet) => sheet.generatedTag === null)
    .map((sheet) => ({ sheet, reading: readTelephonySheet(sheet, {}) }))
    .filter((found) => found.reading !== null)
    .map(({ sheet, reading }) => ({ sheet, year: reading?.year ?? null }));
}

export interface MonthlyPart {
  readonly monthly: MonthlyAnalysis | null;
  readonly issues: readonly Issue[];
}

/** The first telephony sheet of the year (or with no year of its own), read for that year. */
export function monthlyOfYear(sheets: readonly { sheet: SheetSnapshot; year: number | null }[], year: number): MonthlyPart {
  const found = sheets.find((candidate) => candidate.year === year) ?? sheets.find((candidate) => candidate.year === null);
  if (found === undefined) return { monthly: null, issues: [] };
  const reading = readTelephonySheet(found.sheet, { year });
  return reading === null ? { monthly: null, issues: [] } : { monthly: reading.monthly, issues: reading.issues };
}

const ANSWERED_STEMS = ["abouti", "decroche", "traite", "repondu"];

/** "Taux d'appels aboutis", "décrochés", "traités", a "taux de décroché": the call-answer rate. */
export function isCallAnswerRate(name: string): boolean {
  const words = wordsOf(name);
  if (countsSomethingBad(name)) return false;
  const answered = words.some((word) => ANSWERED_STEMS.some((stem) => word.startsWith(stem)));
  return answered && (words.some((word) => word.startsWith("appel")) || words.some((word) => word.startsWith("decroche")));
}

/** Half a percentage point: rounding in the table is tolerated, a real difference is not. */
const MONTHLY_TOLERANCE = 0.5;

export function monthlyDifferences(indicators: readonly IndicatorAnalysis[], monthly: MonthlyAnalysis | null): Issue[] {
  const rate = monthly?.annualRate ?? null;
  if (monthly === null || rate === null) return [];
  return indicators.flatMap((indicator) => {
    const result = indicator.result?.quantity ?? null;
    if (result === null || result.dimension !== "percent" || !isCallAnswerRate(indicator.name)) return [];
    const gap = Math.abs(result.value - rate);
    if (gap <= MONTHLY_TOLERANCE + 1e-9 || indicator.cells.result === null) return [];
    const points = `${formatNumberFr(Math.round(gap * 100) / 100, 2)}\u00a0point${gap >= 2 ? "s" : ""}`;
    const message = ANALYSIS_MESSAGES.differsFromMonthly(
      indicator.name,
      `${formatNumberFr(result.value, 2)}\u00a0%`,
      `${formatNumberFr(rate, 2)}\u00a0%`,
      monthly.sheet,
      points,
    );
    return [issueAt("RESULT_DIFFERS_FROM_MONTHLY", indicator.sheet, indicator.cells.result, indicator.name, message)];
  });
}
