/**
 * The survey entry: read a pasted export (nothing written), then write its respondents into the year's survey
 * sheet — the workbook read in its usual syncs, then every write in ONE sync, whatever the number of rows.
 */
import { parseA1 } from "../domain/address";
import { findSurveys, parseSurveyPaste } from "../domain/survey";
import { planSurveyAppend, type ExistingSurveySheet, type SurveyAppendPlan } from "../report/survey/append-plan";
import { pickSheetName, sheetNameKey } from "../report/sheet-names";
import { SURVEY_SHEET_NAME } from "../report/survey/words";
import type { SurveyApplyOutcome, SurveyPastePreview } from "../port";
import { analyzeReading } from "./analyze-reading";
import { ExcelOperationError } from "./errors";
import { ADAPTER_TEXT, HALF_WRITTEN_TEXT } from "./messages";
import { readRowsBack, syncOrAccount } from "./half-written";
import { refuseOversizedTarget, surveyTarget } from "./oversized-target";
import { knownSheets, queueSheetNames, rememberReading, type KnownSheets } from "./known-sheets";
import { readWorkbook, type WorkbookReading } from "./read-snapshot";
import { writeScatteredCells } from "./write-cells";
import type { DateSystem } from "./date-system";

function analyzedYear(reading: WorkbookReading): number | null {
  try {
    return analyzeReading(reading, null).year;
  } catch {
    return null;
  }
}

export async function previewSurvey(context: Excel.RequestContext, text: string, year: number | null): Promise<SurveyPastePreview> {
  const paste = parseSurveyPaste(text);
  if (paste === null) throw new ExcelOperationError("ItemNotFound", ADAPTER_TEXT.noSurveyInPaste);
  const chosen = year ?? paste.analysis.year ?? analyzedYear(await readWorkbook(context));
  if (chosen === null) throw new ExcelOperationError("ItemNotFound", ADAPTER_TEXT.noSurveyYear);
  return { year: chosen, header: paste.header, rows: paste.rows, analysis: { ...paste.analysis, year: chosen } };
}

/** The year's survey sheet and its header row, when the workbook has one. */
function existingSurvey(reading: WorkbookReading, year: number): ExistingSurveySheet | null {
  const survey = findSurveys(reading.snapshot).find((found) => found.year === year && found.sheet !== null);
  const header = survey?.questions[0]?.headerCell ?? null;
  const sheet = survey ? reading.snapshot.sheets.find((candidate) => candidate.name === survey.sheet) : undefined;
  const at = header === null ? null : parseA1(header);
  return sheet && at ? { sheet, headerRow: at.row } : null;
}

/** The respondents' rows a refused write left (or did not leave) in the survey sheet, read back, in French. */
async function surveyAccount(context: Excel.RequestContext, plan: SurveyAppendPlan, dateSystem: DateSystem): Promise<string> {
  const found = await readRowsBack(context, plan.sheetName, plan.cells, dateSystem);
  if (!found.sheetFound) return `${HALF_WRITTEN_TEXT.sheetNotCreated(plan.sheetName)} ${HALF_WRITTEN_TEXT.surveyAgain(false)}`;
  const missing = found.partial.length + found.notWritten.length > 0;
  return `${HALF_WRITTEN_TEXT.rows(plan.sheetName, found)}${missing ? ` ${HALF_WRITTEN_TEXT.surveyAgain(found.partial.length > 0)}` : ""}`;
}

export async function applySurvey(context: Excel.RequestContext, previewed: SurveyPastePreview, known: KnownSheets = knownSheets()): Promise<SurveyApplyOutcome> {
  const reading = await readWorkbook(context);
  rememberReading(known, reading);
  const existing = existingSurvey(reading, previewed.year);
  // Before any write: the year's survey sheet read without its cells would be taken for absent, the answers put in a new one.
  if (existing === null) refuseOversizedTarget(reading.snapshot, surveyTarget(previewed.year), "survey");
  const taken = new Set(reading.sheets.map((sheet) => sheetNameKey(sheet.name)));
  const plan = planSurveyAppend(existing, pickSheetName(SURVEY_SHEET_NAME(previewed.year), taken), previewed.header, previewed.rows);
  const worksheets = context.workbook.worksheets;
  const worksheet = plan.create ? worksheets.add(plan.sheetName) : worksheets.getItem(plan.sheetName);
  if (plan.cells.length > 0) writeScatteredCells(worksheet, plan.cells, {}, reading.dateSystem);
  const rememberNames = queueSheetNames(context, known);
  await syncOrAccount(context, () => surveyAccount(context, plan, reading.dateSystem), HALF_WRITTEN_TEXT.unknown(plan.sheetName));
  rememberNames();
  return { sheet: plan.sheetName, created: plan.create, added: plan.added, duplicates: plan.duplicates };
}
