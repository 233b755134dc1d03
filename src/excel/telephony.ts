/**
 * The telephony operations: preview pasted text (nothing written), check the year's sheet, and upsert
 * months into it (or, with several sites, into the chosen site's sheet or rows) in two syncs — the workbook read in one (read-in-one-sync.ts), then its row insertions,
 * its writes and the read-back of the sheet in one more. Marks on cells below an inserted row move with them
 * (the marks setting read with the workbook, written with the fold: mark-moves.ts), no sync added.
 */
import { analyzeWorkbook } from "../domain/analysis";
import { monthlyOfYear, telephonySheets } from "../domain/analysis/monthly";
import type { MonthlyAnalysis } from "../domain/analysis/types";
import type { SheetSnapshot } from "../domain/snapshot";
import { parseTelephonyText, readTelephonySheet, type TelephonyReading } from "../domain/telephony";
import { planTelephonyUpsert, type TelephonyUpsertPlan } from "../report/telephony";
import type { SiteChoice, TelephonyApplyOutcome, TelephonyPreview } from "../port";
import { siteChoiceOf, siteFoldPlans, type SheetFold } from "./telephony-sites";
import { readSitesBack } from "./sites-half-written";
import { rowsInsertedBy } from "../report/telephony/fold-stages";
import { sheetWithRowsInserted } from "../report/telephony/plan-on-sheet";
import { ExcelOperationError } from "./errors";
import { ADAPTER_TEXT, HALF_WRITTEN_TEXT } from "./messages";
import { readRowsBack, syncOrAccount } from "./half-written";
import { queueMarksSetting } from "./live-marks";
import { queueFollowMoves, rowsInserted } from "./mark-moves";
import { followRefusedFold } from "./marks-after-refusal";
import { knownSheets, queueSheetNames, rememberReading, type KnownSheets } from "./known-sheets";
import { queueSheet, readWorkbook, syncedSheetSnapshot, type WorkbookReading } from "./read-snapshot";
import { analyzeReading } from "./analyze-reading";
import { readWorkbookInOneSync } from "./read-in-one-sync";
import { refuseOversizedTarget, telephonyTarget } from "./oversized-target";
import { columnWidthPoints } from "./write-sheet";
import { writeScatteredCells } from "./write-cells";
import { columnLetters } from "../domain/address";
import { pickSheetName, sheetNameKey } from "../report/sheet-names";
import type { DateSystem } from "./date-system";

function preview(year: number, monthly: MonthlyAnalysis, reading: TelephonyReading): TelephonyPreview {
  return { year, months: monthly.months, issues: reading.issues, received: monthly.received, answered: monthly.answered, annualRate: monthly.annualRate };
}

/**
 * The whole workbook, in one sync when the sheets are known and Excel gives it at once, else as readWorkbook plans it.
 * `alsoLoad` is queued with the first sync of each attempt (a refused sync loads nothing).
 */
async function readBeforeWriting(context: Excel.RequestContext, known: KnownSheets, alsoLoad: () => unknown = () => undefined): Promise<WorkbookReading> {
  alsoLoad();
  const inOne = await readWorkbookInOneSync(context, known.names, known.oversized);
  if (inOne === null) alsoLoad();
  const reading = inOne ?? (await readWorkbook(context));
  rememberReading(known, reading);
  return reading;
}

/** The year's telephony sheet: the first sheet read as telephony for that year (or, with no year, the latest). */
export function findTelephonySheet(reading: WorkbookReading, year: number | null): { sheet: SheetSnapshot; telephony: TelephonyReading } | null {
  const found = reading.snapshot.sheets
    .filter((sheet) => sheet.generatedTag === null)
    .map((sheet) => ({ sheet, telephony: readTelephonySheet(sheet, {}) }))
    .filter((entry): entry is { sheet: SheetSnapshot; telephony: TelephonyReading } => entry.telephony !== null && entry.telephony.year !== null);
  if (year === null) return found.sort((a, b) => (b.telephony.year ?? 0) - (a.telephony.year ?? 0))[0] ?? null;
  const match = found.find((entry) => entry.telephony.year === year);
  return match ? { sheet: match.sheet, telephony: readTelephonySheet(match.sheet, { year }) as TelephonyReading } : null;
}

/** The year the workbook's indicator table gives, or null when it has none. */
function analyzedYear(reading: WorkbookReading): number | null {
  try {
    return analyzeReading(reading, null).year;
  } catch {
    return null;
  }
}

/** Nothing is written; the workbook is read to know the year's sites (one sync once the pane has listed the sheets). */
export async function previewTelephony(context: Excel.RequestContext, text: string, year: number | null, known: KnownSheets = knownSheets()): Promise<TelephonyPreview> {
  const first = parseTelephonyText(text, year === null ? {} : { year });
  const workbook = await readBeforeWriting(context, known);
  const chosen = first.year ?? year ?? analyzedYear(workbook);
  if (chosen === null) throw new ExcelOperationError("ItemNotFound", ADAPTER_TEXT.noTelephonyYear);
  refuseOversizedTarget(workbook.snapshot, telephonyTarget(chosen), "telephony");
  const reading = first.year === chosen ? first : parseTelephonyText(text, { year: chosen });
  const sites = siteChoiceOf(workbook.snapshot, chosen, text, reading);
  return sites === null ? preview(chosen, reading.monthly, reading) : { year: chosen, ...sites };
}

/** The year's figures when several sites give them (a sheet each, or a site column): the sites added up, and each site's total. */
function severalSites(reading: WorkbookReading, year: number): TelephonyPreview | null {
  const { monthly, issues } = monthlyOfYear(telephonySheets(reading.snapshot), year);
  if (monthly === null || monthly.sites.length <= 1) return null;
  const sites = monthly.sites.map(({ name, sheet, received, answered, annualRate }) => ({ name: name ?? sheet, sheet, received, answered, annualRate }));
  return { year, months: monthly.months, issues, received: monthly.received, answered: monthly.answered, annualRate: monthly.annualRate, sites };
}

export async function checkTelephonySheet(context: Excel.RequestContext, year: number | null, known: KnownSheets = knownSheets()): Promise<TelephonyPreview> {
  const reading = await readBeforeWriting(context, known);
  const wanted = year ?? analyzedYear(reading);
  if (wanted !== null) refuseOversizedTarget(reading.snapshot, telephonyTarget(wanted), "telephony");
  const sites = wanted === null ? null : severalSites(reading, wanted);
  if (sites !== null) return sites;
  const found = findTelephonySheet(reading, wanted);
  if (!found) throw new ExcelOperationError("ItemNotFound", ADAPTER_TEXT.noTelephonySheet(wanted));
  return preview(found.telephony.year as number, found.telephony.monthly, found.telephony);
}

/**
 * The rows a refused fold by site left (or did not leave) in its sheets, read back, in French: a sheet with one
 * plan as a lone fold; a sheet with a site column that took several sites' rows, site by site (sites-half-written.ts).
 */
async function foldAccounts(context: Excel.RequestContext, folds: readonly SheetFold[], before: WorkbookReading): Promise<string> {
  const several = folds.filter((fold) => fold.plans.length > 1);
  const bySites = await readSitesBack(
    context,
    several.map((fold) => ({ sheet: sheetNamed(before, fold.sheet), plans: fold.plans, sites: fold.sites.map((site) => site.site) })),
    before.dateSystem,
  );
  const accounts: { said: string; missing: boolean }[] = [];
  for (const fold of folds) accounts.push(fold.plans.length > 1 ? bySites[several.indexOf(fold)] : await foldRows(context, fold.sheet, fold.plans[0], before.dateSystem, sheetNamed(before, fold.sheet)));
  const missing = accounts.some((account) => account.missing);
  return [...accounts.map((account) => account.said), ...(missing ? [HALF_WRITTEN_TEXT.telephonyAgain] : [])].join(" ");
}

/** The rows a refused fold left (or did not leave) in its sheet, read back, in French. */
async function foldAccount(context: Excel.RequestContext, sheetName: string, plan: TelephonyUpsertPlan, dateSystem: DateSystem, before: SheetSnapshot | null): Promise<string> {
  const { said, missing } = await foldRows(context, sheetName, plan, dateSystem, before);
  return `${said}${missing ? ` ${HALF_WRITTEN_TEXT.telephonyAgain}` : ""}`;
}

/** `before`: the sheet as read before the write, null for a sheet to create. */
async function foldRows(context: Excel.RequestContext, sheetName: string, plan: TelephonyUpsertPlan, dateSystem: DateSystem, before: SheetSnapshot | null): Promise<{ said: string; missing: boolean }> {
  const writesFind = before === null ? null : sheetWithRowsInserted(before, plan.insertRowsBefore);
  const found = await readRowsBack(context, sheetName, plan.writes, dateSystem, rowsInsertedBy(plan.insertRowsBefore), writesFind);
  if (!found.sheetFound) return { said: HALF_WRITTEN_TEXT.sheetNotCreated(sheetName), missing: true };
  return { said: HALF_WRITTEN_TEXT.rows(sheetName, found), missing: found.partial.length + found.notWritten.length > 0 };
}

function sheetNamed(reading: WorkbookReading, name: string): SheetSnapshot {
  return reading.snapshot.sheets.find((sheet) => sheet.name === name) as SheetSnapshot;
}

/** A sheet's id as the read before the fold found it. */
function idOf(reading: WorkbookReading, sheet: string): string {
  return reading.sheets.find((listed) => listed.name === sheet)?.id ?? "";
}

/** Queues a plan's row insertions and writes (and, for a new sheet, its column widths). */
function queuePlan(worksheet: Excel.Worksheet, plan: TelephonyUpsertPlan, dateSystem: DateSystem): void {
  for (const insertion of plan.insertRowsBefore) {
    worksheet.getRange(`${insertion.row}:${insertion.row + insertion.count - 1}`).insert("Down" as Excel.InsertShiftDirection);
  }
  writeScatteredCells(worksheet, plan.writes, plan.styles, dateSystem);
  if (plan.create) {
    for (const { column, width } of plan.columnWidths) {
      worksheet.getRange(`${columnLetters(column)}:${columnLetters(column)}`).format.columnWidth = columnWidthPoints(width);
    }
  }
}

/**
 * Figures for one of several sites (or an export's sites, each to its own): each site's sheet, and in a sheet with a
 * site column that site's rows only. Still 2 syncs: the read, then every sheet's insertions, writes and read-back.
 */
async function applyToSites(context: Excel.RequestContext, previewed: TelephonyPreview, choice: SiteChoice, before: WorkbookReading, known: KnownSheets, marks: Excel.Setting): Promise<TelephonyApplyOutcome> {
  const folds = siteFoldPlans(before.snapshot, previewed.year, previewed.months, choice);
  const written = folds.map(({ sheet, plans }) => {
    const worksheet = context.workbook.worksheets.getItem(sheet);
    for (const plan of plans) queuePlan(worksheet, plan, before.dateSystem);
    return queueSheet(worksheet.load("id,name,visibility"), true);
  });
  queueFollowMoves(context, marks, before.sheets, folds.flatMap(({ sheet, plans }) => plans.flatMap((plan) => rowsInserted(idOf(before, sheet), plan.insertRowsBefore))));
  const rememberNames = queueSheetNames(context, known);
  const refused = folds.map((fold) => ({ sheet: sheetNamed(before, fold.sheet), sheetId: idOf(before, fold.sheet), plans: fold.plans }));
  const account = async () => {
    const said = await foldAccounts(context, folds, before);
    await followRefusedFold(context, marks, before.sheets, refused, before.dateSystem);
    return said;
  };
  await syncOrAccount(context, account, folds.map((fold) => HALF_WRITTEN_TEXT.unknown(fold.sheet)).join(" "));
  rememberNames();
  const readBack = new Map(written.map((queued) => syncedSheetSnapshot(queued, before.dateSystem)).map((sheet) => [sheet.name, sheet]));
  const sheets = before.snapshot.sheets.map((other) => readBack.get(other.name) ?? other);
  const analysis = analyzeWorkbook({ ...before.snapshot, sheets }, { year: previewed.year });
  const sites = folds.flatMap((fold) => fold.sites);
  return {
    sheet: folds[0].sheet,
    created: false,
    replacedMonths: sites.flatMap((site) => site.replacedMonths),
    addedMonths: sites.flatMap((site) => site.addedMonths),
    analysis: analysis.ok ? analysis.analysis : null,
    sites,
  };
}

export async function applyTelephony(context: Excel.RequestContext, previewed: TelephonyPreview, known: KnownSheets = knownSheets()): Promise<TelephonyApplyOutcome> {
  const marks: { setting?: Excel.Setting } = {};
  const before = await readBeforeWriting(context, known, () => (marks.setting = queueMarksSetting(context)));
  const marksSetting = marks.setting as Excel.Setting;
  // Before any write: a sheet read without its cells would be taken for absent, and the figures put in a new one.
  refuseOversizedTarget(before.snapshot, telephonyTarget(previewed.year), "telephony");
  if (previewed.siteChoice !== undefined) return applyToSites(context, previewed, previewed.siteChoice, before, known, marksSetting);
  const existing = findTelephonySheet(before, previewed.year);
  const plan = planTelephonyUpsert(existing?.sheet ?? null, previewed.year, previewed.months);
  const worksheets = context.workbook.worksheets;
  // A user's sheet that is not a telephony table may already bear the usual name: the new one takes another.
  const sheetName = plan.create ? pickSheetName(plan.sheetName, new Set(before.sheets.map((sheet) => sheetNameKey(sheet.name)))) : plan.sheetName;
  const worksheet = plan.create ? worksheets.add(sheetName) : worksheets.getItem((existing as { sheet: SheetSnapshot }).sheet.name);
  queuePlan(worksheet, plan, before.dateSystem);
  if (!plan.create) queueFollowMoves(context, marksSetting, before.sheets, rowsInserted(idOf(before, sheetName), plan.insertRowsBefore));
  // Read back in the same sync as the writes: the figures shown are the ones Excel holds (its formulas
  // computed), without reading the whole workbook again; the other sheets are as read before.
  const written = queueSheet(worksheet.load("id,name,visibility"), true);
  const rememberNames = queueSheetNames(context, known);
  const account = async () => {
    const said = await foldAccount(context, sheetName, plan, before.dateSystem, plan.create ? null : (existing as { sheet: SheetSnapshot }).sheet);
    if (!plan.create) await followRefusedFold(context, marksSetting, before.sheets, [{ sheet: (existing as { sheet: SheetSnapshot }).sheet, sheetId: idOf(before, sheetName), plans: [plan] }], before.dateSystem);
    return said;
  };
  await syncOrAccount(context, account, HALF_WRITTEN_TEXT.unknown(sheetName));
  rememberNames();
  const sheet = syncedSheetSnapshot(written, before.dateSystem);
  const others = before.snapshot.sheets;
  const sheets = plan.create ? [...others, sheet] : others.map((other) => (other.name === sheet.name ? sheet : other));
  const analysis = analyzeWorkbook({ ...before.snapshot, sheets }, { year: previewed.year });
  return { sheet: plan.create ? sheetName : (existing as { sheet: SheetSnapshot }).sheet.name, created: plan.create, replacedMonths: plan.replacedMonths, addedMonths: plan.addedMonths, analysis: analysis.ok ? analysis.analysis : null };
}
