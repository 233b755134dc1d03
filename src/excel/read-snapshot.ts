/**
 * Reads the open workbook into the same WorkbookSnapshot the file reader gives, in two syncs whatever
 * its size: (1) the sheet list; (2) every sheet's tags, used range (values, text, formats, formulas,
 * value types) and merged areas. Only when Excel refuses that second exchange as too large (5 MB on the
 * web) does it fall back to reading in row blocks, a number of syncs proportional to the size.
 */
import type { Cell, CellRange, SheetSnapshot, WorkbookSnapshot } from "../domain/snapshot";
import { parseAreas } from "./addresses";
import { toCells, type RangeArrays } from "./cells";
import { growToMerges } from "./sheet-grid";
import { PLAN_MEMORY_PROPERTY, TAG_PROPERTY } from "./tag";

export interface SheetListing {
  /** Excel's stable id: the same after a rename. */
  readonly id: string;
  readonly name: string;
  readonly visible: boolean;
  readonly tag: string | null;
  /** The action plan's memory (PLAN_MEMORY_PROPERTY), when the snapshot read gave it. */
  readonly planMemory?: string | null;
}

export interface WorkbookReading {
  /** The file name, as the report's subtitles show it. */
  readonly workbookName: string;
  readonly snapshot: WorkbookSnapshot;
  readonly sheets: readonly SheetListing[];
}

export interface ReadOptions {
  /** What one fallback sync may carry back; below Excel on the web's 5 MB. */
  readonly syncBudgetBytes?: number;
}

const CONTENT = ["values", "text", "numberFormat", "formulas", "valueTypes"] as const;
const SHAPE = ["address", "rowIndex", "columnIndex", "rowCount", "columnCount"] as const;
const DEFAULT_BUDGET = 3_500_000;
/** First guess of the JSON bytes one cell costs across the five arrays, before measuring. */
const INITIAL_BYTES_PER_CELL = 120;
const MAX_BYTES_PER_CELL = 400_000;

export interface QueuedSheet {
  readonly worksheet: Excel.Worksheet;
  readonly tag: Excel.WorksheetCustomProperty;
  readonly planMemory: Excel.WorksheetCustomProperty;
  readonly used: Excel.Range;
  readonly merges: Excel.RangeAreas;
}

function isPayloadTooLarge(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "RequestPayloadSizeLimitExceeded";
}

export function queueSheet(worksheet: Excel.Worksheet, withContent: boolean): QueuedSheet {
  return {
    worksheet,
    tag: worksheet.customProperties.getItemOrNullObject(TAG_PROPERTY).load("value"),
    planMemory: worksheet.customProperties.getItemOrNullObject(PLAN_MEMORY_PROPERTY).load("value"),
    used: worksheet.getUsedRangeOrNullObject(true).load(withContent ? [...SHAPE, ...CONTENT] : [...SHAPE]),
    merges: worksheet.getRange().getMergedAreasOrNullObject().load("address"),
  };
}

function listing(queued: QueuedSheet): SheetListing {
  return {
    id: queued.worksheet.id,
    name: queued.worksheet.name,
    visible: queued.worksheet.visibility === "Visible",
    tag: queued.tag.isNullObject ? null : String(queued.tag.value),
    planMemory: queued.planMemory.isNullObject ? null : String(queued.planMemory.value),
  };
}

function sheetSnapshot(queued: QueuedSheet, cells: Cell[][] | null): SheetSnapshot {
  const merges: CellRange[] = queued.merges.isNullObject ? [] : parseAreas(queued.merges.address);
  const base = listing(queued);
  const grid =
    queued.used.isNullObject || cells === null
      ? { origin: { row: 1, column: 1 }, cells: [] }
      : growToMerges({ origin: { row: queued.used.rowIndex + 1, column: queued.used.columnIndex + 1 }, cells }, merges);
  return { name: base.name, origin: grid.origin, cells: grid.cells, merges, generatedTag: base.tag, visible: base.visible };
}

/** A sheet queued with its content, once synced. */
export function syncedSheetSnapshot(queued: QueuedSheet): SheetSnapshot {
  return sheetSnapshot(queued, queued.used.isNullObject ? null : toCells(queued.used as RangeArrays));
}

function reading(workbookName: string, queued: readonly QueuedSheet[], cells: readonly (Cell[][] | null)[]): WorkbookReading {
  return { workbookName, snapshot: { sheets: queued.map((sheet, index) => sheetSnapshot(sheet, cells[index])) }, sheets: queued.map(listing) };
}

export async function readWorkbook(context: Excel.RequestContext, options: ReadOptions = {}): Promise<WorkbookReading> {
  const collection = context.workbook.worksheets.load("items/id,items/name,items/visibility");
  const workbook = context.workbook.load("name");
  await context.sync();
  const worksheets = collection.items;
  const whole = worksheets.map((worksheet) => queueSheet(worksheet, true));
  try {
    await context.sync();
    return reading(workbook.name, whole, whole.map((sheet) => (sheet.used.isNullObject ? null : toCells(sheet.used as RangeArrays))));
  } catch (error) {
    if (!isPayloadTooLarge(error)) throw error;
  }
  return readInBlocks(context, workbook.name, worksheets, options.syncBudgetBytes ?? DEFAULT_BUDGET);
}

export async function readSnapshot(context: Excel.RequestContext): Promise<WorkbookSnapshot> {
  return (await readWorkbook(context)).snapshot;
}

interface Block {
  readonly sheet: number;
  readonly firstRow: number;
  readonly rowCount: number;
}

/** The fallback: shapes first, then row blocks packed into syncs under the budget; bytes per cell measured as it goes. */
async function readInBlocks(context: Excel.RequestContext, workbookName: string, worksheets: readonly Excel.Worksheet[], budget: number): Promise<WorkbookReading> {
  const queued = worksheets.map((worksheet) => queueSheet(worksheet, false));
  await context.sync();
  const rows: Cell[][][] = queued.map(() => []);
  const pending: Block[] = [];
  queued.forEach((sheet, index) => {
    if (!sheet.used.isNullObject) pending.push({ sheet: index, firstRow: 0, rowCount: sheet.used.rowCount });
  });
  let bytesPerCell = INITIAL_BYTES_PER_CELL;
  while (pending.length > 0) {
    const batch: { block: Block; range: Excel.Range }[] = [];
    let planned = 0;
    while (pending.length > 0 && planned < budget) {
      const block = pending.shift() as Block;
      const used = queued[block.sheet].used;
      const rowsFitting = Math.max(1, Math.floor((budget - planned) / (used.columnCount * bytesPerCell)));
      const take = Math.min(block.rowCount, rowsFitting);
      if (take < block.rowCount) pending.unshift({ ...block, firstRow: block.firstRow + take, rowCount: block.rowCount - take });
      const range = queued[block.sheet].worksheet
        .getRangeByIndexes(used.rowIndex + block.firstRow, used.columnIndex, take, used.columnCount)
        .load([...CONTENT]);
      batch.push({ block: { ...block, rowCount: take }, range });
      planned += take * used.columnCount * bytesPerCell;
    }
    try {
      // Only past Excel on the web's 5 MB limit: one sync per block that fits, so syncs grow with the size.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (error) {
      // The guess was too low (long texts): put the blocks back and try smaller ones.
      if (!isPayloadTooLarge(error) || bytesPerCell > MAX_BYTES_PER_CELL) throw error;
      pending.unshift(...batch.map(({ block }) => block));
      bytesPerCell *= 4;
      continue;
    }
    let bytes = 0;
    let cellCount = 0;
    for (const { block, range } of batch) {
      const arrays = range as unknown as RangeArrays;
      rows[block.sheet].push(...toCells(arrays));
      bytes += CONTENT.reduce((sum, name) => sum + JSON.stringify(arrays[name]).length, 0);
      cellCount += block.rowCount * queued[block.sheet].used.columnCount;
    }
    bytesPerCell = Math.max(bytesPerCell, Math.ceil((bytes / Math.max(1, cellCount)) * 1.25));
  }
  return reading(workbookName, queued, rows.map((sheetRows, index) => (queued[index].used.isNullObject ? null : sheetRows)));
}
