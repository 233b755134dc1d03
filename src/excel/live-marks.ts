/**
 * Marks kept up to date by a live check. Marks are on while their setting is in the workbook (from
 * « Marquer les cellules » to « Effacer les marques »); with marks off nothing is written. In the changed
 * rows only, a cell with a problem now is marked (its original kept as markIssues keeps it) and a marked
 * cell without one is restored exactly; a marked cell a person formatted or pasted over since is not
 * restored but taken as it is now. Constant syncs, whatever the number of cells: the setting is loaded with
 * the check's read, then one sync reads the cells' fill and font, one writes.
 * These writes change formats and a setting only, which raise onFormatChanged (ExcelApi 1.9,
 * https://learn.microsoft.com/javascript/api/excel/excel.worksheetformatchangedeventargs) and
 * onSettingsChanged, not onChanged; were Excel to raise onChanged for them, the check it starts finds
 * every mark in place and writes nothing.
 */
import { parseA1 } from "../domain/address";
import type { Issue, Severity } from "../domain/issues";
import type { RowSpan } from "./changed-rows";
import { markedSeverity, originalOf, queueMark, queueMarkedFormat, queueRestore, type StoredMark } from "./mark-format";
import { cellKey, current, MARKS_KEY, readMarks, sheetsNow, wantedCells } from "./marks";

export interface LiveMarksInput {
  /** The marks setting, loaded with the check's read (queueMarksSetting). */
  readonly setting: Excel.Setting;
  /** Every sheet's id and name as the check read them. */
  readonly sheets: readonly { readonly id: string; readonly name: string }[];
  /** The changed rows, by sheet name. */
  readonly rows: ReadonlyMap<string, readonly RowSpan[]>;
  /** The problems now in those rows. */
  readonly issues: readonly Issue[];
}

export interface LiveMarksOutcome {
  readonly marked: number;
  readonly restored: number;
}

/** Queued: the marks setting, to load with the check's own read. */
export function queueMarksSetting(context: Excel.RequestContext): Excel.Setting {
  return context.workbook.settings.getItemOrNullObject(MARKS_KEY).load("value");
}

interface Looked {
  readonly sheet: string;
  readonly cell: string;
  readonly stored: StoredMark | undefined;
  readonly wanted: Severity | undefined;
  readonly format: OfficeExtension.ClientResult<Excel.CellProperties[][]>;
  readonly protection: Excel.WorksheetProtection;
  readonly worksheet: Excel.Worksheet;
}

/** Null when marks are off (nothing read or written past the setting). */
export async function updateLiveMarks(context: Excel.RequestContext, input: LiveMarksInput): Promise<LiveMarksOutcome | null> {
  const { setting } = input;
  if (setting.isNullObject) return null;
  const now = sheetsNow(input.sheets);
  const idOf = new Map(input.sheets.map((sheet) => [sheet.name, sheet.id]));
  const marks = readMarks(setting).map((mark) => {
    const id = now.id(mark);
    return id === null ? mark : current(mark, id, now);
  });
  const inRows = (sheet: string, cell: string): boolean => {
    const at = parseA1(cell);
    return at !== null && (input.rows.get(sheet) ?? []).some((span) => span.first <= at.row && at.row <= span.last);
  };
  const wanted = new Map(wantedCells(input.issues).filter((cell) => idOf.has(cell.sheet) && inRows(cell.sheet, cell.cell)).map((cell) => [cellKey(idOf.get(cell.sheet) as string, cell.cell), cell]));
  const stored = new Map(marks.filter((mark) => idOf.get(mark.sheet) === mark.sheetId && inRows(mark.sheet, mark.cell)).map((mark) => [cellKey(mark.sheetId, mark.cell), mark]));
  const keys = [...new Set([...wanted.keys(), ...stored.keys()])];
  if (keys.length === 0) return { marked: 0, restored: 0 };

  const worksheets = new Map<string, { worksheet: Excel.Worksheet; protection: Excel.WorksheetProtection }>();
  const looked: Looked[] = keys.map((key) => {
    const { sheet, cell } = wanted.get(key) ?? (stored.get(key) as StoredMark);
    let found = worksheets.get(sheet);
    if (found === undefined) {
      const worksheet = context.workbook.worksheets.getItem(sheet);
      found = { worksheet, protection: worksheet.protection.load("protected") };
      worksheets.set(sheet, found);
    }
    return { sheet, cell: cell.toUpperCase(), stored: stored.get(key), wanted: wanted.get(key)?.severity, format: queueMarkedFormat(found.worksheet.getRange(cell)), ...found };
  });
  await context.sync();

  const dropped = new Set<StoredMark>();
  const added: StoredMark[] = [];
  const writes: (() => void)[] = [];
  let marked = 0;
  let restored = 0;
  for (const cell of looked) {
    // A protected sheet refuses formats: its cells stay as they are, and so do their stored marks.
    if (cell.protection.protected) continue;
    const wearing = markedSeverity(cell.format, cell.stored);
    const range = () => cell.worksheet.getRange(cell.cell);
    if (cell.wanted !== undefined) {
      if (cell.stored === undefined || wearing === null) {
        // Unmarked, or formatted over since: what the cell wears now is its original.
        if (cell.stored !== undefined) dropped.add(cell.stored);
        added.push(originalOf(cell.format, idOf.get(cell.sheet) as string, cell.sheet, cell.cell));
        marked++;
      }
      const severity = cell.wanted;
      if (wearing !== severity) writes.push(() => queueMark(range(), severity));
    } else if (cell.stored !== undefined) {
      const mark = cell.stored;
      dropped.add(mark);
      if (wearing !== null) {
        writes.push(() => queueRestore(range(), mark));
        restored++;
      }
    }
  }
  if (dropped.size === 0 && added.length === 0 && writes.length === 0) return { marked, restored };
  // The originals are saved before any cell changes, as markIssues does, so a failure midway still lets clearMarks restore.
  context.workbook.settings.add(MARKS_KEY, JSON.stringify([...marks.filter((mark) => !dropped.has(mark)), ...added]));
  for (const write of writes) write();
  await context.sync();
  return { marked, restored };
}
