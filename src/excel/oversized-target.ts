/**
 * A fold (pasted telephony figures, the survey entry) refused before any write when the sheet it would have
 * written into was read without its cells (past MAX_SHEET_CELLS, sheet-extent.ts). The fold finds its sheet by
 * what the sheet holds (a telephony table of the year, a survey of the year), which such a sheet does not give:
 * it would take the sheet for absent and create another (« Téléphonie 2021 (2) »). Only its name is known, so a
 * sheet read without its cells is taken for the target when it bears the name the fold would give a new sheet
 * (compared as Excel compares sheet names, ignoring case), or when its name says what it is (`looksLikeIt`) and
 * names the fold's year. Any other sheet read without its cells does not stop the fold.
 */
import { sheetNameKey } from "../report/sheet-names";
import { oversizedMessage } from "../domain/analysis/oversized-sheets";
import type { SheetSnapshot, WorkbookSnapshot } from "../domain/snapshot";
import { looksLikeSurveyName } from "../domain/survey/find-surveys";
import { TELEPHONY_SHEET_TEXT } from "../domain/telephony/messages";
import { yearsIn } from "../domain/text/french";
import { normalizeText } from "../domain/text/normalize";
import { SURVEY_SHEET_NAME } from "../report/survey/words";
import { ExcelOperationError } from "./errors";
import { ADAPTER_TEXT } from "./messages";

const sameName = (a: string, b: string): boolean => sheetNameKey(a) === sheetNameKey(b);

export interface FoldTarget {
  readonly year: number;
  /** The name a new sheet would take (before « (2) » is added to it). */
  readonly newSheetName: string;
  readonly looksLikeIt: (name: string) => boolean;
}

/** « Téléphonie 2021 », « Appels Mauriac 2021 », « Standard préfecture 2021 »: the words a telephony sheet's name holds. */
const TELEPHONY_NAME = /\b(?:telephoni\w*|appels?|standard)\b/;

export const telephonyTarget = (year: number): FoldTarget => ({
  year,
  newSheetName: TELEPHONY_SHEET_TEXT.sheetName(year),
  looksLikeIt: (name) => TELEPHONY_NAME.test(normalizeText(name)),
});

export const surveyTarget = (year: number): FoldTarget => ({ year, newSheetName: SURVEY_SHEET_NAME(year), looksLikeIt: looksLikeSurveyName });

/** The user's sheet read without its cells that the fold would have written into, if any. */
export function oversizedTarget(snapshot: WorkbookSnapshot, target: FoldTarget): SheetSnapshot | null {
  const wanted = (sheet: SheetSnapshot): boolean =>
    sheet.oversized !== undefined &&
    sheet.generatedTag === null &&
    (sameName(sheet.name, target.newSheetName) || (target.looksLikeIt(sheet.name) && yearsIn(sheet.name).includes(target.year)));
  return snapshot.sheets.find(wanted) ?? null;
}

/** Throws the fold's refusal, in French, naming the sheet, its far cell and what to do; nothing has been written. */
export function refuseOversizedTarget(snapshot: WorkbookSnapshot, target: FoldTarget, what: "telephony" | "survey"): void {
  const sheet = oversizedTarget(snapshot, target);
  const oversized = sheet?.oversized;
  if (sheet === null || oversized === undefined) return;
  throw new ExcelOperationError("ItemNotFound", ADAPTER_TEXT.targetTooLarge(what, (use) => oversizedMessage(sheet.name, oversized, use)));
}
