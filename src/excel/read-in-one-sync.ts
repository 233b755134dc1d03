/**
 * The whole workbook in ONE sync, for an operation that must then write (folding pasted telephony figures
 * in): the sheets are reached without knowing their names, from the first one
 * (https://learn.microsoft.com/javascript/api/excel/excel.worksheetcollection#excel-excel-worksheetcollection-getfirst-member(1))
 * to each next one (getNextOrNullObject, a null object past the last), each with its tag, used range
 * content (text only where it cannot be derived, derived-text.ts) and merged areas.
 *
 * Nothing is known of the sizes before that sync, so Excel on the web may refuse it past 5 MB
 * (ResponsePayloadSizeLimitExceeded), a sheet past 5,000,000 cells (RangeExceedsLimit) or more than
 * 512 merged areas: the caller then reads as readWorkbook does, planned from the shapes. Null then, and
 * when the workbook has more sheets than the chain follows.
 */
import type { Cell } from "../domain/snapshot";
import { toCells, type RangeArrays } from "./cells";
import { reading, queueSheet, type WorkbookReading } from "./read-snapshot";
import { deriveTexts, readUnderivedTexts, type RangeArraysWithoutText, type ReadBlock } from "./underived-text";
import { queueDateSystem } from "./date-system";

/** Sheets the chain follows: a workbook with more is read as readWorkbook reads it. */
export const MAX_CHAINED_SHEETS = 60;

export async function readWorkbookInOneSync(context: Excel.RequestContext): Promise<WorkbookReading | null> {
  const collection = context.workbook.worksheets.load("items/id");
  const workbook = context.workbook.load("name");
  const chained = [];
  let worksheet = context.workbook.worksheets.getFirst();
  for (let index = 0; index < MAX_CHAINED_SHEETS; index++) {
    chained.push(queueSheet(worksheet.load("id,name,visibility"), "derivedText", true, false, false));
    worksheet = worksheet.getNextOrNullObject();
  }
  const dateSystemAnswer = queueDateSystem(context);
  try {
    await context.sync();
  } catch {
    return null;
  }
  const dateSystem = dateSystemAnswer();
  if (collection.items.length > MAX_CHAINED_SHEETS) return null;
  const queued = chained.filter((sheet) => !sheet.worksheet.isNullObject);
  const read: ReadBlock[] = [];
  queued.forEach((sheet, index) => {
    if (sheet.used.isNullObject) return;
    const { values, numberFormat, formulas, valueTypes } = sheet.used as unknown as RangeArraysWithoutText;
    const arrays = { values, numberFormat, formulas, valueTypes };
    read.push({ block: { sheet: index, firstRow: 0, rowCount: values.length }, arrays, text: deriveTexts(arrays, dateSystem) });
  });
  await readUnderivedTexts(context, queued, read);
  const cells: (Cell[][] | null)[] = queued.map(() => null);
  for (const { block, arrays, text } of read) cells[block.sheet] = toCells({ ...arrays, text: text as string[][] } satisfies RangeArrays, dateSystem);
  return reading(workbook.name, queued, cells, null, dateSystem);
}
