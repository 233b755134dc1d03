/**
 * Writes a report plan into the open workbook in ONE sync (after the sheet list, which a snapshot read
 * can provide) — or, for a plan too large for one 5 MB exchange, in a number of syncs proportional to it —
 * then, once the report is in place, one more for its print setup and the read-back that confirms it
 * (confirm-report.ts). The new sheets are built under temporary names and tagged "pending"; only after every
 * write does the swap: this year's old report sheets (found by tag, even renamed) are parked under free
 * names, the new ones take their final names and tags, and only then are the old ones deleted (by id, a
 * sheet a co-author removed meanwhile being skipped). Excel keeps the commands that ran before a rejected
 * one: on a failure, report-recovery.ts undoes what ran (or finishes the swap when an old sheet was already
 * deleted) and the refusal says what the workbook holds. A pending leftover is removed by the next generation.
 * A user's sheet is never touched: a new sheet takes another name. An annotated report sheet the user chose
 * to keep (`keep`) is renamed « … (annotée) » instead of deleted, and loses its tag: it is the user's now.
 * Each new sheet gets the fingerprint of what was written (report/annotations/fingerprint.ts), so the next generation can tell
 * whether someone wrote in it.
 */
import type { ReportPlan, RangeRef } from "../report/plan";
import type { GenerateOutcome } from "../port";
import type { SheetListing } from "./read-snapshot";
import { listSheets } from "./sheet-list";
import { finalNames, sheetsToReplace, temporaryNames } from "./sheet-naming";
import { formatTag, TAG_PROPERTY } from "./tag";
import { queueDeleteCustomProperty } from "./custom-property";
import { refusedHalfWay } from "./half-written";
import { codeOf } from "./errors";
import { recoveredAccount, recoverReport, type Parked } from "./report-recovery";
import { HALF_WRITTEN_TEXT } from "./messages";
import { FINGERPRINT_PROPERTY, FINGERPRINT_SETTING, parseDetails, plannedFingerprint } from "../report/annotations/fingerprint";
import { writeCells, writeLayout } from "./write-sheet";
import { finishReport, type WrittenCells } from "./confirm-report";
import { rangeAddress, writeChart } from "./write-charts";
import { estimateBytes, PayloadBudget } from "./payload-budget";
import { findActionPlanSheet, queueAppend, rememberListed, writeStateList } from "./action-plan";
import { rangeA1 } from "../domain/address";
import type { DateSystem } from "./date-system";

export interface ApplyOptions {
  /** What one write sync may carry; a larger plan is written in several syncs before the swap. */
  readonly writeBudgetBytes?: number;
  /** Annotated report sheets kept rather than deleted: id → the name they take. */
  readonly keep?: ReadonlyMap<string, string>;
  /** The per-cell fingerprints stored before (the entries of sheets not replaced are kept). */
  readonly fingerprintDetails?: unknown;
  /** The workbook's date system (WorkbookReading.dateSystem), in which planned dates are written; 1900 unless said. */
  readonly dateSystem?: DateSystem;
  /** Set on the one new attempt made when an old report sheet was deleted during the write. */
  readonly retried?: boolean;
}


export async function applyPlan(
  context: Excel.RequestContext,
  plan: ReportPlan,
  sheets?: readonly SheetListing[],
  options: ApplyOptions = {},
): Promise<GenerateOutcome> {
  const dateSystem = options.dateSystem ?? 1900;
  const listing = sheets ?? (await listSheets(context));
  const replaced = sheetsToReplace(listing, plan.year);
  const staying = listing.filter((sheet) => !replaced.includes(sheet));
  const names = finalNames(plan, staying);
  const finalName = (planned: string): string => names.get(planned) ?? planned;
  const free = temporaryNames(plan.sheets.length + replaced.length, listing.map((sheet) => sheet.name), names.values());
  const temporary = free.slice(0, plan.sheets.length);
  const keep = options.keep ?? new Map<string, string>();
  const parked: Parked[] = replaced.map((old, index) => ({ ...old, parking: keep.get(old.id) ?? free[plan.sheets.length + index] }));
  const fingerprints = new Map(plan.sheets.map((sheet) => [sheet.name, plannedFingerprint(sheet)]));
  const details = { ...parseDetails(options.fingerprintDetails) };
  for (const sheet of plan.sheets) {
    const fingerprint = fingerprints.get(sheet.name);
    if (fingerprint && sheet.role !== "action-plan") details[formatTag(sheet.role, sheet.year)] = fingerprint;
  }

  const worksheets = context.workbook.worksheets;
  const added = new Map<string, Excel.Worksheet>();
  plan.sheets.forEach((sheet, index) => {
    const worksheet = worksheets.add(temporary[index]);
    worksheet.customProperties.add(TAG_PROPERTY, formatTag(sheet.role, sheet.year, true));
    added.set(sheet.name, worksheet);
  });
  const rangeOf = (ref: RangeRef): Excel.Range => (added.get(ref.sheet) ?? worksheets.getItem(ref.sheet)).getRange(rangeAddress(ref));
  const budget = new PayloadBudget(context, options.writeBudgetBytes);
  try {
    for (const sheet of plan.sheets) {
      const worksheet = added.get(sheet.name) as Excel.Worksheet;
      await writeCells(worksheet, sheet, { styles: plan.styles, finalName, dateSystem }, budget);
      await budget.reserve(estimateBytes(sheet.charts, 40 * sheet.charts.length + sheet.columnWidths.length + 12));
      writeLayout(worksheet, sheet);
      for (const { range, list } of sheet.validations ?? []) writeStateList(worksheet, rangeA1(range.top, range.left, range.bottom, range.right), list);
      for (const chart of sheet.charts) writeChart(worksheet, chart, rangeOf);
    }
    const settingValue = JSON.stringify(details);
    await budget.reserve(estimateBytes(settingValue, 1 + plan.sheets.length));
    // The swap: the old sheets step aside, the new ones take their names, and only then do the old ones go.
    // By id with getItem: a sheet a co-author deleted since the listing fails the sync with ItemNotFound, as
    // documented; a null object would not skip it, what a call on one does being undocumented (the harsher
    // reading: https://learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model#ornullobject-methods-and-properties).
    // The refusal is then undone and the report written again, once, over the sheets as they are (below).
    for (const old of parked) worksheets.getItem(old.id).name = old.parking;
    for (const sheet of plan.sheets) {
      const worksheet = added.get(sheet.name) as Excel.Worksheet;
      worksheet.name = finalName(sheet.name);
      worksheet.customProperties.add(TAG_PROPERTY, formatTag(sheet.role, sheet.year));
      if (sheet.role !== "action-plan") worksheet.customProperties.add(FINGERPRINT_PROPERTY, (fingerprints.get(sheet.name) as { summary: string }).summary);
      if (sheet.role === "action-plan" && plan.actionPlan) rememberListed(worksheet, plan.actionPlan.remembered);
    }
    context.workbook.settings.add(FINGERPRINT_SETTING, settingValue);
    for (const old of parked) {
      const worksheet = worksheets.getItem(old.id);
      if (!keep.has(old.id)) worksheet.delete();
      else for (const property of [TAG_PROPERTY, FINGERPRINT_PROPERTY]) queueDeleteCustomProperty(worksheet, property);
    }
    // Last, so that a write rejected before it leaves the user's action plan as it was.
    if (plan.actionPlan) {
      await budget.reserve(estimateBytes(plan.actionPlan, 8 + 4 * (plan.actionPlan.append?.cells.length ?? 0)));
      queueAppend(worksheets, listing, plan.actionPlan, plan.styles, dateSystem);
    }
    added.get(plan.activeSheet)?.activate();
    await context.sync();
  } catch (error) {
    const refused = { plan, before: listing, parked, temporary, keep, dateSystem };
    const seen = await recoverReport(context, refused);
    const oldGone = seen !== null && parked.some((old) => !seen.some((sheet) => sheet.id === old.id));
    if (codeOf(error) === "ItemNotFound" && oldGone && !options.retried) {
      // An old report sheet was deleted during the write (its swap failed on it, the new sheets were taken
      // back): written again over the sheets as they are now, once.
      return applyPlan(context, plan, undefined, { ...options, retried: true });
    }
    let account: string;
    try {
      account = await recoveredAccount(context, refused);
    } catch {
      account = HALF_WRITTEN_TEXT.reportUnknown;
    }
    throw refusedHalfWay(error, account);
  }
  const kept = parked.filter((old) => keep.has(old.id)).map((old) => ({ sheet: old.name, keptAs: old.parking }));
  const written = plan.sheets.map((sheet) => ({ name: finalName(sheet.name), planned: sheet, worksheet: added.get(sheet.name) as Excel.Worksheet }));
  const warnings = await finishReport(context, written, appendedCells(worksheets, listing, plan), budget.limit);
  return { sheets: written.map((sheet) => sheet.name), activeSheet: finalName(plan.activeSheet), ...(kept.length > 0 ? { kept } : {}), warnings };
}

/** The rows appended to the user's action plan, whose texts are read back with the report's. */
function appendedCells(worksheets: Excel.WorksheetCollection, listing: readonly SheetListing[], plan: ReportPlan): WrittenCells[] {
  const sheet = findActionPlanSheet(listing);
  const cells = plan.actionPlan?.append?.cells ?? [];
  return sheet === null || cells.length === 0 ? [] : [{ name: sheet.name, worksheet: worksheets.getItem(sheet.id), cells }];
}
