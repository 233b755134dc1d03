/**
 * The workbook's survey sheets: a sheet named like a survey with at least one question, or any other sheet
 * whose columns are mostly answer scales. Indicator tables, telephony sheets and generated sheets are not surveys.
 */
import type { SheetSnapshot, WorkbookSnapshot } from "../snapshot";
import { normalizeText } from "../text/normalize";
import { sheetGrid, sheetLocate } from "../telephony/read-sheet";
import { surveyLayout, type SurveyLayout } from "./columns";
import { readSurveyLayout } from "./read-survey";
import type { SurveyAnalysis } from "./types";

const SURVEY_NAME = /\b(?:enquetes?|questionnaires?|reponses?|satisfaction|sondages?|barometres?)\b/;

export const looksLikeSurveyName = (name: string): boolean => SURVEY_NAME.test(normalizeText(name));

/** Columns of answers on a scale are the most of the columns that are not the site, date or respondent number. */
function isMostlyScales(layout: SurveyLayout): boolean {
  const questions = layout.columns.filter((column) => column.scale !== null).length;
  const others = layout.columns.filter((column) => column.role !== "site" && column.role !== "date" && column.role !== "respondent").length;
  return questions >= 2 && questions * 2 > others;
}

export function readSurveySheet(sheet: SheetSnapshot): SurveyAnalysis | null {
  const grid = sheetGrid(sheet);
  const layout = surveyLayout(grid);
  if (layout === null) return null;
  if (!looksLikeSurveyName(sheet.name) && !isMostlyScales(layout)) return null;
  return readSurveyLayout({ grid, locate: sheetLocate(sheet), sheet: sheet.name }, layout);
}

export function findSurveys(
  snapshot: WorkbookSnapshot,
  skip: (sheet: SheetSnapshot) => boolean = () => false,
  readSurvey: (sheet: SheetSnapshot) => SurveyAnalysis | null = readSurveySheet,
): SurveyAnalysis[] {
  return snapshot.sheets.flatMap((sheet) => {
    if (sheet.generatedTag !== null || skip(sheet)) return [];
    const survey = readSurvey(sheet);
    return survey === null ? [] : [survey];
  });
}
