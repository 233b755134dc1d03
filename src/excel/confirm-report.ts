/**
 * After the report is in place, ONE more sync: the print setup (best effort) and the read-back that
 * confirms the report — each written sheet's tag, and every text that Excel could take for a formula
 * ("=…", "+…", "-…", "@…", Range.values: https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-values-member)
 * read as `values` + `valueTypes`. A failing batch fails all its loads, so when Excel refuses the print
 * setup the read-back runs again alone: two syncs then; when that is refused too, the sheets are listed and, if
 * a co-author deleted some of the report's meanwhile, the others read back: two more. Only texts past one exchange's budget (thousands
 * of them) take more syncs. Nothing here rolls the report back: each finding is a French notice for the pane.
 */
import { a1 } from "../domain/address";
import type { PlannedCell, PlannedSheet } from "../report/plan";
import { ADAPTER_TEXT } from "./messages";
import { parseTag, TAG_PROPERTY } from "./tag";
import { writePrintSetup } from "./write-sheet";
import { COMMAND_OVERHEAD_BYTES, DEFAULT_WRITE_BUDGET, estimateBytes } from "./payload-budget";

/** Cells written as text that Excel reads as a formula (or a number) when it does not keep them as text. */
const FORMULA_LIKE = /^[=+\-@]/;

export interface WrittenSheet {
  /** The name the sheet bears once written. */
  readonly name: string;
  readonly planned: PlannedSheet;
  readonly worksheet: Excel.Worksheet;
}

/** Cells outside the report's own sheets whose texts are read back too (the action plan's appended rows). */
export interface WrittenCells {
  readonly name: string;
  /** By getItem: a sheet gone fails the read-back, then is left out (finishReport). */
  readonly worksheet: Excel.Worksheet;
  readonly cells: readonly PlannedCell[];
}

function formulaLike(cells: readonly PlannedCell[]): { cell: PlannedCell; text: string }[] {
  return cells.flatMap((cell) => (cell.value.kind === "text" && cell.value.text.length > 1 && FORMULA_LIKE.test(cell.value.text) ? [{ cell, text: cell.value.text }] : []));
}

interface TextToCheck {
  readonly sheet: string;
  readonly worksheet: Excel.Worksheet;
  readonly cell: string;
  readonly text: string;
}

/** The texts to read back, in groups that each fit one exchange (one group for any usual report). */
function textGroups(context: Excel.RequestContext, sheets: readonly WrittenSheet[], others: readonly WrittenCells[], budget: number): TextToCheck[][] {
  // By name with getItem: a sheet a co-author deleted meanwhile fails the read-back with ItemNotFound, as
  // documented, and is then found missing from the list of sheets (finishReport). Not getItemOrNullObject: its
  // tag and cells would be asked of a null object, which no Microsoft page describes
  // (https://learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model#ornullobject-methods-and-properties).
  const byName = (name: string) => context.workbook.worksheets.getItem(name);
  const all = [...sheets.map((sheet) => ({ name: sheet.name, worksheet: byName(sheet.name), cells: sheet.planned.cells })), ...others].flatMap(({ name, worksheet, cells }) =>
    formulaLike(cells).map(({ cell, text }) => ({ sheet: name, worksheet, cell: a1(cell.row, cell.column), text })),
  );
  const groups: TextToCheck[][] = [[]];
  let bytes = 0;
  for (const text of all) {
    // getRange and load, then the value and its type coming back.
    const cost = 2 * COMMAND_OVERHEAD_BYTES + 2 * estimateBytes(text.text, 0);
    if (bytes + cost > budget && groups[groups.length - 1].length > 0) {
      groups.push([]);
      bytes = 0;
    }
    groups[groups.length - 1].push(text);
    bytes += cost;
  }
  return groups;
}

type Judge = () => { missing: string[]; notText: TextToCheck[] };

function queueTags(context: Excel.RequestContext, sheets: readonly WrittenSheet[]): () => string[] {
  const worksheets = context.workbook.worksheets;
  const tags = sheets.map((sheet) => ({ name: sheet.name, tag: worksheets.getItem(sheet.name).customProperties.getItemOrNullObject(TAG_PROPERTY).load("value") }));
  return () => tags.filter(({ tag }) => tag.isNullObject || parseTag(String(tag.value)) === null).map(({ name }) => name);
}

function queueTexts(texts: readonly TextToCheck[]): () => TextToCheck[] {
  const read = texts.map((text) => ({ text, range: text.worksheet.getRange(text.cell).load(["values", "valueTypes"]) }));
  return () => read.filter(({ text, range }) => !(range.valueTypes?.[0]?.[0] === "String" && range.values?.[0]?.[0] === text.text)).map(({ text }) => text);
}

function queueFirst(context: Excel.RequestContext, sheets: readonly WrittenSheet[], texts: readonly TextToCheck[]): Judge {
  const missing = queueTags(context, sheets);
  const notText = queueTexts(texts);
  return () => ({ missing: missing(), notText: notText() });
}

function notices(missing: readonly string[], notText: readonly TextToCheck[]): string[] {
  const wrong = notText.filter((text) => !missing.includes(text.sheet));
  return [
    ...missing.map((name) => ADAPTER_TEXT.reportSheetMissing(name)),
    ...[...new Set(wrong.map((text) => text.sheet))].map((sheet) => ADAPTER_TEXT.textTakenForFormula(sheet, wrong.filter((text) => text.sheet === sheet))),
  ];
}

/**
 * After a read-back refused twice: the sheets listed (one sync), and when some of the report's are gone (a
 * co-author deleted them), the read-back of the others (one more); null when none is gone or Excel refuses again.
 */
async function withoutSheetsGone(context: Excel.RequestContext, sheets: readonly WrittenSheet[], texts: readonly TextToCheck[]): Promise<ReturnType<Judge> | null> {
  try {
    const listed = context.workbook.worksheets.load("items/name");
    await context.sync();
    const names = new Set(listed.items.map((worksheet) => worksheet.name));
    const gone = sheets.filter((sheet) => !names.has(sheet.name)).map((sheet) => sheet.name);
    if (gone.length === 0) return null;
    const judge = queueFirst(context, sheets.filter((sheet) => names.has(sheet.name)), texts.filter((text) => names.has(text.sheet)));
    await context.sync();
    const found = judge();
    return { missing: [...gone, ...found.missing], notText: found.notText };
  } catch {
    return null;
  }
}

/** The print setup, then the confirmation; the notices the pane shows (empty when all is as written). */
export async function finishReport(
  context: Excel.RequestContext,
  sheets: readonly WrittenSheet[],
  others: readonly WrittenCells[] = [],
  budget: number = DEFAULT_WRITE_BUDGET,
): Promise<string[]> {
  const [first, ...rest] = textGroups(context, sheets, others, budget);
  for (const { worksheet, planned } of sheets) writePrintSetup(worksheet, planned);
  const warnings: string[] = [];
  let judge = queueFirst(context, sheets, first);
  let found: ReturnType<Judge>;
  try {
    await context.sync();
    found = judge();
  } catch {
    // Refused: the print setup ran up to the refused command (nothing says a batch is undone), and none of
    // the loads came back. The report itself was written in the syncs before.
    warnings.push(ADAPTER_TEXT.printSetupRefused(sheets.map((sheet) => sheet.name)));
    judge = queueFirst(context, sheets, first);
    try {
      await context.sync();
      found = judge();
    } catch {
      const left = await withoutSheetsGone(context, sheets, first);
      if (left === null) return [...warnings, ADAPTER_TEXT.reportNotConfirmed];
      found = left;
    }
  }
  const notText = [...found.notText];
  for (const group of rest) {
    const more = queueTexts(group);
    try {
      // One group per exchange's budget of texts: a usual report has a single one, read in the sync above.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
      notText.push(...more());
    } catch {
      return [...warnings, ...notices(found.missing, notText), ADAPTER_TEXT.reportNotConfirmed];
    }
  }
  return [...warnings, ...notices(found.missing, notText)];
}
