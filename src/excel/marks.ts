/**
 * Highlights the cells of problems, and restores them exactly. Each marked cell's original fill (pattern
 * and colour: a cell without fill reads as white, so the pattern is what says "no fill") and font colour
 * are kept in a workbook setting with the sheet's id and name. The id follows a rename within a session but
 * "will change between sessions" (https://github.com/OfficeDev/office-js-docs/issues/297,
 * https://github.com/OfficeDev/office-js/issues/1390), so a mark whose id is gone is found by its sheet's name,
 * and stored again under the id of today. A cell is restored only while it wears a mark (mark-format.ts, restorable):
 * where it does not, a person formatted it since, or its stored address no longer names the cell marked.
 * Constant syncs: three to mark, three to clear, whatever the number of cells.
 */
import { sheetNameKey } from "../report/sheet-names";
import type { Issue, Severity } from "../domain/issues";
import { markedSeverity, originalOf, queueMark, queueMarkedFormat, queueRestore, restorable, showsOriginal, type StoredMark } from "./mark-format";
import type { MarksCleared } from "../port";
import { syncOrAccount } from "./half-written";
import { HALF_WRITTEN_TEXT } from "./messages";

export type { StoredMark } from "./mark-format";

export const MARKS_KEY = "BilanQualite.marks";

export interface Wanted {
  readonly sheet: string;
  readonly cell: string;
  severity: Severity;
}

export const cellKey = (sheetId: string, cell: string): string => `${sheetId}!${cell.replace(/\$/g, "").toUpperCase()}`;

export interface SheetsNow {
  readonly id: (mark: StoredMark) => string | null;
  readonly name: (id: string) => string;
}

/** Where each stored mark's sheet is today, from every sheet's id and name. */
export function sheetsNow(sheets: readonly { readonly id: string; readonly name: string }[]): SheetsNow {
  const nameOf = new Map(sheets.map((worksheet) => [worksheet.id, worksheet.name]));
  const idOf = new Map(sheets.map((worksheet) => [sheetNameKey(worksheet.name), worksheet.id]));
  return {
    // Its own id when still there (a rename in this session), else the id of the sheet of its name (a reopened workbook).
    id: (mark) => (nameOf.has(mark.sheetId) ? mark.sheetId : (idOf.get(sheetNameKey(mark.sheet)) ?? null)),
    name: (id) => nameOf.get(id) ?? "",
  };
}

/** Queued: every sheet's id and name, to find a stored mark's sheet once synced. */
function queueSheetsNow(context: Excel.RequestContext): () => SheetsNow {
  const all = context.workbook.worksheets.load("items/id,items/name");
  return () => sheetsNow(all.items);
}

/** The mark under its sheet's id and name of today. */
export const current = (mark: StoredMark, id: string, now: SheetsNow): StoredMark => ({ ...mark, sheetId: id, sheet: now.name(id) });

export function readMarks(setting: Excel.Setting): StoredMark[] {
  if (setting.isNullObject) return [];
  try {
    const parsed: unknown = typeof setting.value === "string" ? JSON.parse(setting.value) : setting.value;
    return Array.isArray(parsed) ? (parsed as StoredMark[]) : [];
  } catch {
    return [];
  }
}

export function wantedCells(issues: readonly Issue[]): Wanted[] {
  const byCell = new Map<string, Wanted>();
  for (const issue of issues) {
    if (!issue.sheet || !issue.cell) continue;
    const key = `${issue.sheet}!${issue.cell.toUpperCase()}`;
    const known = byCell.get(key);
    if (known) {
      if (issue.severity === "error") known.severity = "error";
    } else byCell.set(key, { sheet: issue.sheet, cell: issue.cell.toUpperCase(), severity: issue.severity });
  }
  return [...byCell.values()];
}

/**
 * Sync 1: the stored marks, every sheet's id and name, and each named sheet (null when gone). Its protection is
 * read in sync 2, once the sheet is known to be there: asked of a null object, it would be a navigation on one,
 * which no Microsoft page describes
 * (https://learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model#ornullobject-methods-and-properties).
 */
async function sheetsAndMarks(context: Excel.RequestContext, names: readonly string[]) {
  const setting = context.workbook.settings.getItemOrNullObject(MARKS_KEY).load("value");
  const sheetsNow = queueSheetsNow(context);
  const sheets = new Map(names.map((name) => [name, context.workbook.worksheets.getItemOrNullObject(name).load("id,name")] as const));
  await context.sync();
  const now = sheetsNow();
  // Marks of an earlier session take the ids of today; those whose sheet is gone are kept as they were.
  const marks = readMarks(setting).map((mark) => {
    const id = now.id(mark);
    return id === null ? mark : current(mark, id, now);
  });
  return { marks, sheets };
}

export async function markIssues(context: Excel.RequestContext, issues: readonly Issue[]): Promise<number> {
  const wanted = wantedCells(issues);
  if (wanted.length === 0) return 0;
  const { marks, sheets } = await sheetsAndMarks(context, [...new Set(wanted.map((cell) => cell.sheet))]);
  const sheetOf = (cell: Wanted): Excel.Worksheet => sheets.get(cell.sheet) as Excel.Worksheet;
  const present = wanted.filter((cell) => !sheetOf(cell).isNullObject);
  const protections = new Map([...new Set(present.map(sheetOf))].map((worksheet) => [worksheet, worksheet.protection.load("protected")] as const));
  const known = new Set(marks.map((mark) => cellKey(mark.sheetId, mark.cell)));
  const toRead = present
    .filter((cell) => !known.has(cellKey(sheetOf(cell).id, cell.cell)))
    .map((cell) => ({ cell, worksheet: sheetOf(cell), properties: queueMarkedFormat(sheetOf(cell).getRange(cell.cell)) }));
  await context.sync();
  const usable = present.filter((cell) => !(protections.get(sheetOf(cell)) as Excel.WorksheetProtection).protected);
  const added: StoredMark[] = toRead
    .filter(({ cell }) => usable.includes(cell))
    .map(({ cell, worksheet, properties }) => originalOf(properties, worksheet.id, worksheet.name, cell.cell));
  // The originals are saved before any cell changes, so a failure midway still lets clearMarks restore.
  context.workbook.settings.add(MARKS_KEY, JSON.stringify([...marks, ...added]));
  for (const cell of usable) queueMark(sheetOf(cell).getRange(cell.cell), cell.severity);
  const marked = usable.map((cell) => ({ cell, worksheet: sheetOf(cell) }));
  await syncOrAccount(context, () => markAccount(context, marked), HALF_WRITTEN_TEXT.marksUnknown);
  return usable.length;
}

export async function clearMarks(context: Excel.RequestContext): Promise<MarksCleared> {
  const setting = context.workbook.settings.getItemOrNullObject(MARKS_KEY).load("value");
  const sheetsNow = queueSheetsNow(context);
  await context.sync();
  const now = sheetsNow();
  const marks = readMarks(setting).map((mark) => ({ mark, id: now.id(mark) }));
  if (marks.length === 0) return { restored: 0, notFound: 0 };
  const sheets = new Map(
    [...new Set(marks.flatMap(({ id }) => (id === null ? [] : [id])))].map((id) => {
      const worksheet = context.workbook.worksheets.getItem(id);
      return [id, { worksheet, protection: worksheet.protection.load("protected") }] as const;
    }),
  );
  // Read with the protections: whether each cell still wears a mark (no extra sync).
  const wearing = marks.map(({ mark, id }) => (id === null ? null : queueMarkedFormat((sheets.get(id) as { worksheet: Excel.Worksheet }).worksheet.getRange(mark.cell))));
  await context.sync();
  const kept: StoredMark[] = [];
  const attempted: { mark: StoredMark; worksheet: Excel.Worksheet }[] = [];
  let notFound = 0;
  for (const [index, { mark, id }] of marks.entries()) {
    const found = id === null ? undefined : sheets.get(id);
    if (!found) continue;
    if (found.protection.protected) {
      kept.push(current(mark, id as string, now));
      continue;
    }
    // A cell that wears no mark is never painted: a person formatted it since, or rows or columns moved
    // while no pane listened and the stored address now names another cell. Its mark is forgotten.
    // (A restore cut between its fill and its font is finished: see restorable.)
    const format = wearing[index] as OfficeExtension.ClientResult<Excel.CellProperties[][]>;
    if (!restorable(format, mark)) {
      // Restored already (a clear refused half-way) is not « not found ».
      if (!showsOriginal(format, mark)) notFound++;
      continue;
    }
    queueRestore(found.worksheet.getRange(mark.cell), mark);
    attempted.push({ mark: current(mark, id as string, now), worksheet: found.worksheet });
  }
  if (kept.length > 0) context.workbook.settings.add(MARKS_KEY, JSON.stringify(kept));
  else context.workbook.settings.getItem(MARKS_KEY).delete();
  await syncOrAccount(context, () => clearAccount(context, attempted, setting.value), HALF_WRITTEN_TEXT.marksUnknown);
  return { restored: attempted.length, notFound };
}

/** After a refused mark: which cells bear their mark, and whether the setting keeps their originals (read back). */
async function markAccount(context: Excel.RequestContext, marked: readonly { cell: Wanted; worksheet: Excel.Worksheet }[]): Promise<string> {
  const setting = context.workbook.settings.getItemOrNullObject(MARKS_KEY).load("value");
  const read = marked.map(({ cell, worksheet }) => ({ cell, worksheet, properties: queueMarkedFormat(worksheet.getRange(cell.cell)) }));
  await context.sync();
  const stored = new Set(readMarks(setting).map((mark) => cellKey(mark.sheetId, mark.cell)));
  const done = read.filter(({ cell, properties }) => markedSeverity(properties) === cell.severity);
  const kept = done.every(({ cell, worksheet }) => stored.has(cellKey(worksheet.id, cell.cell)));
  return HALF_WRITTEN_TEXT.marked(done.map(({ cell }) => ({ sheet: cell.sheet, cell: cell.cell })), marked.length, kept);
}

/** After a refused clear: which cells have their originals back, and whether the stored list is still there (read back). */
async function clearAccount(context: Excel.RequestContext, attempted: readonly { mark: StoredMark; worksheet: Excel.Worksheet }[], storedBefore: unknown): Promise<string> {
  const setting = context.workbook.settings.getItemOrNullObject(MARKS_KEY).load("value");
  const read = attempted.map(({ mark, worksheet }) => ({ mark, properties: queueMarkedFormat(worksheet.getRange(mark.cell)) }));
  await context.sync();
  const done = read.filter(({ mark, properties }) => showsOriginal(properties, mark));
  const listKept = !setting.isNullObject && setting.value === storedBefore;
  return HALF_WRITTEN_TEXT.cleared(done.map(({ mark }) => ({ sheet: mark.sheet, cell: mark.cell })), attempted.length, listKept);
}
