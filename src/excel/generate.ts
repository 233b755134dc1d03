/** Generate: read (3 syncs on the web, 2 on the desktop), analyse, plan, write (1 sync), whatever the workbook's size. */
import { planReport } from "../report";
import type { GenerateOutcome, Settings } from "../port";
import { analyzeReading } from "./analyze-reading";
import { applyPlan } from "./apply-plan";
import { readWorkbook } from "./read-snapshot";
import { sheetsToReplace } from "./sheet-naming";
import { existingActionPlan } from "./action-plan";

export async function generateReport(context: Excel.RequestContext, settings: Settings, now: () => Date): Promise<GenerateOutcome> {
  const reading = await readWorkbook(context);
  const analysis = analyzeReading(reading, settings.year);
  const replaced = new Set(sheetsToReplace(reading.sheets, analysis.year).map((sheet) => sheet.id));
  const plan = planReport(analysis, {
    sourceName: reading.workbookName,
    generatedAt: now(),
    tolerance: settings.tolerance,
    linkToSource: true,
    existingSheetNames: reading.sheets.filter((sheet) => !replaced.has(sheet.id)).map((sheet) => sheet.name),
    actionPlan: existingActionPlan(reading),
  });
  return applyPlan(context, plan, reading.sheets);
}
