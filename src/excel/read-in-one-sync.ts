/**
 * The whole workbook in ONE sync, for an operation that must then write (folding pasted telephony figures
 * in), when the sheets' names are known from an earlier read of the pane (known-sheets.ts): each sheet is
 * asked for by name (`worksheets.getItem`, which fails the sync when a sheet of that name is gone), with its
 * tag, used range content (text only where it cannot be derived, derived-text.ts) and merged areas, and the
 * same sync lists the sheets' names (`worksheets` `items/name`) to confirm nothing was added, removed,
 * renamed or moved since. Only documented calls: an earlier version walked `getFirst()` then
 * `getNextOrNullObject()` past the last sheet, asking a null object for its next one, which no Microsoft page
 * describes.
 *
 * A sheet the last read found past 5,000,000 cells (`oversized`, known-sheets.ts) is asked only its size: Excel
 * refuses its content (RangeExceedsLimit), which fails the whole sync; it comes, as from readWorkbook, with its
 * extent and no cells.
 *
 * Null — the caller then reads as readWorkbook does, planned from the shapes — when no names are known, when
 * the sheets changed, when a sheet asked only its size is no longer past the limit, and when Excel refuses the
 * sync: nothing is known of the sizes before it, so Excel on the web may refuse it past 5 MB
 * (ResponsePayloadSizeLimitExceeded), a sheet newly past 5,000,000 cells (RangeExceedsLimit) or more than 512
 * merged areas.
 */
import type { Cell } from "../domain/snapshot";
import { toCells, type RangeArrays } from "./cells";
import { oversizedOf, reading, queueSheet, type WorkbookReading } from "./read-snapshot";
import { deriveTexts, readUnderivedTexts, type RangeArraysWithoutText, type ReadBlock } from "./underived-text";
import { queueDateSystem } from "./date-system";

export async function readWorkbookInOneSync(context: Excel.RequestContext, names: readonly string[] | null, oversized: ReadonlySet<string> = new Set()): Promise<WorkbookReading | null> {
  if (names === null || names.length === 0) return null;
  const collection = context.workbook.worksheets.load("items/name");
  const workbook = context.workbook.load("name");
  const withContent = names.map((name) => !oversized.has(name));
  const queued = names.map((name, index) => queueSheet(context.workbook.worksheets.getItem(name).load("id,name,visibility"), withContent[index] && "derivedText", true, false, false));
  const dateSystemAnswer = queueDateSystem(context);
  try {
    await context.sync();
  } catch {
    return null;
  }
  const now = collection.items.map((worksheet) => worksheet.name);
  if (now.length !== names.length || now.some((name, index) => name !== names[index])) return null;
  // Its content was not asked for: a sheet brought back under the limit since is read as readWorkbook does.
  if (queued.some((sheet, index) => !withContent[index] && !sheet.used.isNullObject && oversizedOf(sheet) === null)) return null;
  const dateSystem = dateSystemAnswer();
  const read: ReadBlock[] = [];
  queued.forEach((sheet, index) => {
    if (sheet.used.isNullObject || !withContent[index]) return;
    const { values, numberFormat, formulas, valueTypes } = sheet.used as unknown as RangeArraysWithoutText;
    const arrays = { values, numberFormat, formulas, valueTypes };
    read.push({ block: { sheet: index, firstRow: 0, rowCount: values.length }, arrays, text: deriveTexts(arrays, dateSystem) });
  });
  await readUnderivedTexts(context, queued, read);
  const cells: (Cell[][] | null)[] = queued.map(() => null);
  for (const { block, arrays, text } of read) cells[block.sheet] = toCells({ ...arrays, text: text as string[][] } satisfies RangeArrays, dateSystem);
  return reading(workbook.name, queued, cells, null, dateSystem);
}
