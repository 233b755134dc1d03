/** The satisfaction survey of the analysed year, and its check against the table's satisfaction indicator. */
import { type Issue, issueAt } from "../issues";
import type { WorkbookSnapshot, SheetSnapshot } from "../snapshot";
import { findSurveys, readSurveySheet, SURVEY_MESSAGES, type SurveyAnalysis } from "../survey";
import { wordsOf } from "../text/normalize";
import { locateTables } from "../tables";
import { telephonySheets, type TelephonySheet } from "./monthly";
import type { IndicatorAnalysis } from "./types";

/**
 * Telephony sheets that are not surveys after all: a survey's "Date" column and a question such as « L'agent
 * s'est-il présenté ? » read like a month column and a calls-presented column, but no month is in them.
 */
export function withoutSurveys(telephony: readonly TelephonySheet[], readSurvey: (sheet: SheetSnapshot) => SurveyAnalysis | null = readSurveySheet): TelephonySheet[] {
  return telephony.filter((found) => found.monthYears.size > 0 || readSurvey(found.sheet) === null);
}

/** Every survey of a workbook, its telephony sheets and indicator tables left aside (the `survey` command). */
export function workbookSurveys(snapshot: WorkbookSnapshot): SurveyAnalysis[] {
  const telephony = new Set(withoutSurveys(telephonySheets(snapshot)).map((found) => found.sheet.name));
  const tables = new Set(locateTables(snapshot, { skipSheet: (sheet) => telephony.has(sheet.name) }).map((table) => table.sheet));
  return findSurveys(snapshot, (sheet) => telephony.has(sheet.name) || tables.has(sheet.name));
}

const isSatisfactionRate = (indicator: IndicatorAnalysis): boolean =>
  indicator.result?.quantity?.dimension === "percent" && wordsOf(indicator.name).includes("satisfaction");

/** SURVEY_RATE_DIFFERS_FROM_TABLE: a satisfaction rate in the table further from the survey's overall rate than its margin. */
export function surveyDifferences(indicators: readonly IndicatorAnalysis[], survey: SurveyAnalysis | null): Issue[] {
  const rate = survey?.overallRate ?? null;
  const margin = survey?.overallMargin ?? null;
  if (survey === null || rate === null || margin === null) return [];
  return indicators.filter(isSatisfactionRate).flatMap((indicator) => {
    const result = indicator.result?.quantity?.value ?? null;
    if (result === null || indicator.cells.result === null || Math.abs(result - rate) <= margin + 1e-9) return [];
    const message = SURVEY_MESSAGES.rateDiffersFromTable(indicator.name, result, rate, margin, survey.sheet);
    return [issueAt("SURVEY_RATE_DIFFERS_FROM_TABLE", { sheet: indicator.sheet, cell: indicator.cells.result, indicator: indicator.name }, message)];
  });
}
