/**
 * Generate: read (3 syncs on the web, 2 on the desktop), analyse, plan, write (1 sync), whatever the workbook's size.
 * A report sheet about to be replaced that someone wrote in since (report/annotations/sheet-changes.ts) stops the generation
 * before any write, unless the user has chosen: keep it under « … (annotée) », or replace it.
 */
import { planReport } from "../report";
import { publicFiguresOf, type AnnotatedSheet, type AnnotationChoice, type GenerateResult, type Settings } from "../port";
import { analyzeReading } from "./analyze-reading";
import { applyPlan } from "./apply-plan";
import { readWorkbook, type WorkbookReading } from "./read-snapshot";
import { annotatedNames, sheetsToReplace } from "./sheet-naming";
import { existingActionPlan } from "./action-plan";
import { sheetChanges, type SheetChanges } from "../report/annotations/sheet-changes";
import { describeChanges } from "../report/annotations/describe-changes";
import { parseDetails } from "../report/annotations/fingerprint";
import { parseTag } from "./tag";
import type { SheetListing } from "./read-snapshot";

export interface GenerateOptions {
  /** What to do with annotated report sheets; without it, finding one stops the generation. */
  readonly choice?: AnnotationChoice;
  /** Whether the host can count notes (ExcelApi 1.18); elsewhere only cells, rows and comments are checked. */
  readonly notes?: boolean;
}

export async function generateReport(context: Excel.RequestContext, settings: Settings, now: () => Date, options: GenerateOptions = {}): Promise<GenerateResult> {
  const { choice } = options;
  const reading = await readWorkbook(context, { withFingerprintDetails: true, withNotes: options.notes ?? false });
  const analysis = analyzeReading(reading, settings.year);
  const replacing = sheetsToReplace(reading.sheets, analysis.year);
  const replaced = new Set(replacing.map((sheet) => sheet.id));
  const plan = planReport(analysis, {
    sourceName: reading.workbookName,
    generatedAt: now(),
    tolerance: settings.tolerance,
    linkToSource: true,
    existingSheetNames: reading.sheets.filter((sheet) => !replaced.has(sheet.id)).map((sheet) => sheet.name),
    actionPlan: existingActionPlan(reading),
    publicFigures: publicFiguresOf(settings),
  });
  const annotated = annotatedSheets(reading, replacing);
  const taken = [...reading.sheets.filter((sheet) => !annotated.some((entry) => entry.sheet.id === sheet.id)).map((sheet) => sheet.name), ...plan.sheets.map((sheet) => sheet.name)];
  const keepAs = annotatedNames(annotated.map((entry) => entry.sheet), taken);
  if (annotated.length > 0 && choice === undefined) {
    const found: AnnotatedSheet[] = annotated.map(({ sheet, changes }) => ({ sheet: sheet.name, changes: describeChanges(changes), keepAs: keepAs.get(sheet.id) as string }));
    return { kind: "annotated", annotated: found };
  }
  return applyPlan(context, plan, reading.sheets, {
    keep: choice === "keep" ? keepAs : new Map(),
    fingerprintDetails: reading.fingerprintDetails,
    dateSystem: reading.dateSystem,
  });
}

/** The sheets to replace that someone wrote in (a leftover of an interrupted generation is never one). */
function annotatedSheets(reading: WorkbookReading, replacing: readonly SheetListing[]): { sheet: SheetListing; changes: SheetChanges }[] {
  const details = parseDetails(reading.fingerprintDetails);
  const found: { sheet: SheetListing; changes: SheetChanges }[] = [];
  for (const sheet of replacing) {
    if (parseTag(sheet.tag)?.pending !== false) continue;
    const snapshot = reading.snapshot.sheets[reading.sheets.indexOf(sheet)];
    const changes = sheetChanges({ sheet: snapshot, tag: sheet.tag as string, fingerprint: sheet.fingerprint ?? null, comments: sheet.comments ?? 0, notes: sheet.notes ?? 0 }, details);
    if (changes !== null) found.push({ sheet, changes });
  }
  return found;
}
