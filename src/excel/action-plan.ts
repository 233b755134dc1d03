/**
 * The user's « Plan d'actions » in the open workbook: found by its tag (a worksheet custom property, which
 * survives a rename or a move), read from the snapshot the generation read anyway, and appended to in the
 * generation's write sync: the new rows' values, styles, heights and drop-down lists, and the memory of the
 * indicators listed. Nothing else of the sheet is written.
 */
import type { ExistingActionPlan } from "../report";
import type { CellStyle, PlannedActionPlan } from "../report/plan";
import { rangeA1 } from "../domain/address";
import type { SheetListing, WorkbookReading } from "./read-snapshot";
import { ACTION_PLAN_ROLE } from "./sheet-naming";
import { formatPlanMemory, parsePlanMemory, parseTag, PLAN_MEMORY_PROPERTY } from "./tag";
import { writeScatteredCells } from "./write-cells";
import type { DateSystem } from "./date-system";

export function findActionPlanSheet(sheets: readonly SheetListing[]): SheetListing | null {
  return sheets.find((sheet) => {
    const tag = parseTag(sheet.tag);
    return tag !== null && tag.role === ACTION_PLAN_ROLE && !tag.pending;
  }) ?? null;
}

/** The user's action plan as read, null when the workbook has none (the generation creates it). */
export function existingActionPlan(reading: WorkbookReading): ExistingActionPlan | null {
  const listing = findActionPlanSheet(reading.sheets);
  const sheet = listing === null ? undefined : reading.snapshot.sheets.find((candidate) => candidate.name === listing.name);
  if (listing === null || sheet === undefined) return null;
  return { sheet, remembered: parsePlanMemory(listing.planMemory ?? null) };
}

/** Drop-down list (ExcelApi 1.8): https://learn.microsoft.com/en-us/javascript/api/excel/excel.listdatavalidation. */
export function writeStateList(worksheet: Excel.Worksheet, address: string, list: readonly string[]): void {
  worksheet.getRange(address).dataValidation.rule = { list: { inCellDropDown: true, source: list.join(",") } };
}

export function rememberListed(worksheet: Excel.Worksheet, remembered: readonly string[]): void {
  worksheet.customProperties.add(PLAN_MEMORY_PROPERTY, formatPlanMemory(remembered));
}

/** Queues the append to the user's sheet (by id: its name may have changed). */
export function queueAppend(
  worksheets: Excel.WorksheetCollection,
  sheets: readonly SheetListing[],
  planned: PlannedActionPlan,
  styles: Readonly<Record<string, CellStyle>>,
  dateSystem: DateSystem,
): void {
  const listing = findActionPlanSheet(sheets);
  if (listing === null) return;
  const worksheet = worksheets.getItem(listing.id);
  const append = planned.append;
  if (append !== null) {
    writeScatteredCells(worksheet, append.cells, styles, dateSystem);
    for (const { row, height } of append.rowHeights) worksheet.getRange(`${row}:${row}`).format.rowHeight = height;
    for (const { range, list } of append.validations) writeStateList(worksheet, rangeA1(range.top, range.left, range.bottom, range.right), list);
  }
  // Last: Excel keeps the commands before a refused one, so a memory written means every row before it was.
  const memory = formatPlanMemory(planned.remembered);
  if (memory !== (listing.planMemory ?? null)) worksheet.customProperties.add(PLAN_MEMORY_PROPERTY, memory);
}
