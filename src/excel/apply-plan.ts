/**
 * Writes a report plan into the open workbook in ONE sync (after the sheet list, which a snapshot read
 * can provide) — or, for a plan too large for one 5 MB exchange, in a number of syncs proportional to it. The new sheets are built under temporary names and tagged "pending"; only after every
 * write are this year's old report sheets (found by tag, even renamed) deleted and the new ones renamed
 * and tagged for good. A write Excel rejects therefore leaves the old report whole; a pending leftover is
 * removed by the next generation. A user's sheet is never touched: a new sheet takes another name.
 */
import type { ReportPlan, RangeRef } from "../report/plan";
import type { GenerateOutcome } from "../taskpane/operations";
import type { SheetListing } from "./read-snapshot";
import { listSheets } from "./sheet-list";
import { finalNames, sheetsToReplace, temporaryNames } from "./sheet-naming";
import { formatTag, TAG_PROPERTY } from "./tag";
import { writeCells, writeLayout } from "./write-sheet";
import { rangeAddress, writeChart } from "./write-charts";
import { estimateBytes, PayloadBudget } from "./payload-budget";

export interface ApplyOptions {
  /** What one write sync may carry; a larger plan is written in several syncs before the swap. */
  readonly writeBudgetBytes?: number;
}

export async function applyPlan(
  context: Excel.RequestContext,
  plan: ReportPlan,
  sheets?: readonly SheetListing[],
  options: ApplyOptions = {},
): Promise<GenerateOutcome> {
  const listing = sheets ?? (await listSheets(context));
  const replaced = sheetsToReplace(listing, plan.year);
  const kept = listing.filter((sheet) => !replaced.includes(sheet));
  const names = finalNames(plan, kept);
  const finalName = (planned: string): string => names.get(planned) ?? planned;
  const temporary = temporaryNames(plan.sheets.length, listing.map((sheet) => sheet.name), names.values());

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
      await writeCells(worksheet, sheet, { styles: plan.styles, finalName }, budget);
      await budget.reserve(estimateBytes(sheet.charts, 40 * sheet.charts.length + sheet.columnWidths.length + 12));
      writeLayout(worksheet, sheet);
      for (const chart of sheet.charts) writeChart(worksheet, chart, rangeOf);
    }
    // The swap: only now are the old sheets removed and the new ones given their names.
    for (const old of replaced) worksheets.getItem(old.id).delete();
    for (const sheet of plan.sheets) {
      const worksheet = added.get(sheet.name) as Excel.Worksheet;
      worksheet.name = finalName(sheet.name);
      worksheet.customProperties.add(TAG_PROPERTY, formatTag(sheet.role, sheet.year));
    }
    added.get(plan.activeSheet)?.activate();
    await context.sync();
  } catch (error) {
    await removeLeftovers(context, temporary);
    throw error;
  }
  return { sheets: plan.sheets.map((sheet) => finalName(sheet.name)), activeSheet: finalName(plan.activeSheet) };
}

/** Best effort after a rejected write: the sheets still under a temporary name go. */
async function removeLeftovers(context: Excel.RequestContext, temporary: readonly string[]): Promise<void> {
  try {
    for (const name of temporary) context.workbook.worksheets.getItemOrNullObject(name).delete();
    await context.sync();
  } catch {
    // The next generation removes any "pending" sheet left behind.
  }
}
