/**
 * Reads the open workbook into the same WorkbookSnapshot the file reader gives. The read is planned from
 * what is cheap to ask, never from an error:
 * - on a host without a payload limit (Excel for Windows or Mac), two syncs: the sheet list, then every
 *   sheet's tag, used range content and merged areas;
 * - otherwise (Excel on the web: 5 MB per response, `ResponsePayloadSizeLimitExceeded`), three syncs
 *   when the workbook fits: the sheet list, the shapes (used-range sizes, tags, merged areas), then the
 *   content; a workbook past the budget is read in row blocks chosen up front from those shapes. The
 *   content leaves out `text` (a quarter of its bytes): the display is derived from value and number
 *   format (derived-text.ts), and Excel's own text read, in one more sync, only for the cells where it
 *   cannot be (underived-text.ts).
 * The shape sync also asks which cells hold a formula (formula-areas.ts): the content syncs load `formulas`
 * only there, and whole when Excel refuses to say.
 * A range is never read past Excel's 5,000,000 cells (`RangeExceedsLimit`), and a sheet whose used range
 * passes them (a value typed far from the table) is not read cell by cell: the shape sync gives its size, its
 * content is left out and it comes into the snapshot with its extent (sheet-extent.ts), no sync added on the
 * web; on the desktop the one-sync read is refused for it and the planned read follows (4 syncs instead of 2).
 * Merged areas are read from
 * `areas` (https://github.com/OfficeDev/office-js/issues/1590); when Excel refuses them (more than 512
 * areas fail, https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getmergedareasornullobject-member(1))
 * the sheets are read without merges rather than not at all.
 */
import { oversizedExtent } from "../domain/sheet-extent";
import type { Cell, CellRange, OversizedExtent, SheetSnapshot, WorkbookSnapshot } from "../domain/snapshot";
import { toCells, type RangeArrays } from "./cells";
import { growToMerges } from "./sheet-grid";
import { PLAN_MEMORY_PROPERTY, TAG_PROPERTY } from "./tag";
import { FINGERPRINT_PROPERTY, FINGERPRINT_SETTING } from "../report/annotations/fingerprint";
import { planBlocks, type Block, type SheetShape } from "./read-plan";
import { deriveTexts, readUnderivedTexts, type RangeArraysWithoutText, type ReadBlock } from "./underived-text";
import { queueDateSystem, type DateSystem } from "./date-system";
import { areasInBlock, cellsIn, formulaAreasOf, formulasGrid, queueFormulaAreas, type Area } from "./formula-areas";

export interface SheetListing {
  /** Excel's id: stable within a session only (it changes when the workbook is reopened). */
  readonly id: string;
  readonly name: string;
  readonly visible: boolean;
  readonly tag: string | null;
  /** The action plan's memory (PLAN_MEMORY_PROPERTY), when the snapshot read gave it. */
  readonly planMemory?: string | null;
  /** What a generation wrote there (FINGERPRINT_PROPERTY), when the snapshot read gave it. */
  readonly fingerprint?: string | null;
  /** The sheet's comments (threaded, with their replies), when the snapshot read counted them. */
  readonly comments?: number;
  /** The sheet's notes, when the snapshot read counted them (ExcelApi 1.18). */
  readonly notes?: number;
}

export interface WorkbookReading {
  /** The file name, as the report's subtitles show it. */
  readonly workbookName: string;
  /** Its dates in the 1900 system whatever the workbook's (date-system.ts). */
  readonly snapshot: WorkbookSnapshot;
  /** The workbook's own date system: what a date written back into it must be counted in. */
  readonly dateSystem: DateSystem;
  readonly sheets: readonly SheetListing[];
  /** False when Excel refused the merged areas: the sheets were read without them. */
  readonly mergesRead: boolean;
  /** The per-cell fingerprints of the report sheets (FINGERPRINT_SETTING), when asked for; null if none. */
  readonly fingerprintDetails?: unknown;
}

export interface ReadOptions {
  /** What one content sync may carry back; below Excel on the web's 5 MB. */
  readonly syncBudgetBytes?: number;
  /** False on a host without the 5 MB limit (desktop); unknown hosts are treated as limited. */
  readonly payloadLimited?: boolean;
  /** Also read the report sheets' per-cell fingerprints (a workbook setting), in the first sync. */
  readonly withFingerprintDetails?: boolean;
  /** Also count each sheet's notes: only where ExcelApi 1.18 is supported (worksheet.notes). */
  readonly withNotes?: boolean;
}

const CONTENT = ["values", "text", "numberFormat", "formulas", "valueTypes"] as const;
/** What the web's planned read loads: `text` only where it cannot be derived (derived-text.ts). */
export const CONTENT_WITHOUT_TEXT = ["values", "numberFormat", "formulas", "valueTypes"] as const;
/** The same, where `formulas` is loaded only for the cells that hold one (formula-areas.ts). */
const CONTENT_BUT_FORMULAS = ["values", "numberFormat", "valueTypes"] as const;
const SHAPE = ["address", "rowIndex", "columnIndex", "rowCount", "columnCount"] as const;
const AREA_SHAPE = ["areas/items/rowIndex", "areas/items/columnIndex", "areas/items/rowCount", "areas/items/columnCount"];
/** About 53 % of the 5 MB (5 242 880 bytes): the estimate per cell may miss by a few percent. */
const DEFAULT_BUDGET = 2_800_000;
const MAX_BYTES_PER_CELL = 400_000;
/**
 * First guess of the JSON bytes one cell costs in one of the four arrays without text (30 to 45 measured
 * across the four): a cell counts three entries, four where `formulas` is loaded for it.
 */
const INITIAL_BYTES_PER_ENTRY = 45 / 4;
const MAX_BYTES_PER_ENTRY = MAX_BYTES_PER_CELL / 4;

export interface QueuedSheet {
  readonly worksheet: Excel.Worksheet;
  readonly tag: Excel.WorksheetCustomProperty;
  readonly planMemory: Excel.WorksheetCustomProperty;
  readonly fingerprint: Excel.WorksheetCustomProperty;
  /** worksheet.comments (ExcelApi 1.10) counts the threaded comments of the sheet; null when not asked. */
  readonly comments: OfficeExtension.ClientResult<number> | null;
  /** worksheet.notes (ExcelApi 1.18), when asked for. */
  readonly notes: OfficeExtension.ClientResult<number> | null;
  readonly used: Excel.Range;
  readonly merges: Excel.RangeAreas | null;
  /** The cells holding a formula (formula-areas.ts), when asked for; null: `formulas` is loaded whole. */
  readonly formulaAreas: Excel.RangeAreas | null;
}

function isPayloadTooLarge(error: unknown): boolean {
  const code = typeof error === "object" && error !== null ? (error as { code?: unknown }).code : null;
  return code === "ResponsePayloadSizeLimitExceeded" || code === "RequestPayloadSizeLimitExceeded";
}

/**
 * `withContent`: true for every array, "derivedText" for all but `text` (derived-text.ts). `withComments`
 * false where the comments are not counted (the fold's one-sync read, read-in-one-sync.ts).
 */
export function queueSheet(worksheet: Excel.Worksheet, withContent: boolean | "derivedText", withMerges = true, withNotes = false, withComments = true, withFormulaAreas = false): QueuedSheet {
  const content = withContent === "derivedText" ? CONTENT_WITHOUT_TEXT : withContent ? CONTENT : [];
  const used = worksheet.getUsedRangeOrNullObject(true).load([...SHAPE, ...content]);
  let merges: Excel.RangeAreas | null = null;
  if (withMerges) {
    // Asked of `getUsedRange(true)`, never a null object ("If the entire worksheet is blank, this function will
    // return the top left cell (i.e. it will not throw an error)",
    // https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-getusedrange-member(1)),
    // not of `used`, null on an empty sheet: what a call on a null object does is not documented. The areas are
    // loaded through the merged areas' own load, not by navigating `merges.areas`, as they are null without merges.
    merges = worksheet.getUsedRange(true).getMergedAreasOrNullObject().load(["areaCount", ...AREA_SHAPE]);
  }
  return {
    worksheet,
    tag: worksheet.customProperties.getItemOrNullObject(TAG_PROPERTY).load("value"),
    planMemory: worksheet.customProperties.getItemOrNullObject(PLAN_MEMORY_PROPERTY).load("value"),
    fingerprint: worksheet.customProperties.getItemOrNullObject(FINGERPRINT_PROPERTY).load("value"),
    comments: withComments ? worksheet.comments.getCount() : null,
    notes: withNotes ? worksheet.notes.getCount() : null,
    used,
    merges,
    formulaAreas: withFormulaAreas ? queueFormulaAreas(worksheet) : null,
  };
}

function mergesOf(queued: QueuedSheet): CellRange[] {
  if (queued.merges === null || queued.merges.isNullObject || queued.used.isNullObject) return [];
  return queued.merges.areas.items
    .map((area) => ({ top: area.rowIndex + 1, left: area.columnIndex + 1, bottom: area.rowIndex + area.rowCount, right: area.columnIndex + area.columnCount }))
    .sort((a, b) => a.top - b.top || a.left - b.left);
}

function listing(queued: QueuedSheet): SheetListing {
  return {
    id: queued.worksheet.id,
    name: queued.worksheet.name,
    visible: queued.worksheet.visibility === "Visible",
    tag: queued.tag.isNullObject ? null : String(queued.tag.value),
    planMemory: queued.planMemory.isNullObject ? null : String(queued.planMemory.value),
    fingerprint: queued.fingerprint.isNullObject ? null : String(queued.fingerprint.value),
    ...(queued.comments === null ? {} : { comments: queued.comments.value }),
    ...(queued.notes === null ? {} : { notes: queued.notes.value }),
  };
}

/** The used range's extent when it is past MAX_SHEET_CELLS: its content is not read. */
export function oversizedOf(queued: QueuedSheet): OversizedExtent | null {
  if (queued.used.isNullObject) return null;
  const { rowIndex, columnIndex, rowCount, columnCount } = queued.used;
  return oversizedExtent({ top: rowIndex + 1, left: columnIndex + 1, bottom: rowIndex + rowCount, right: columnIndex + columnCount });
}

function sheetSnapshot(queued: QueuedSheet, cells: Cell[][] | null): SheetSnapshot {
  const merges = mergesOf(queued);
  const base = listing(queued);
  const oversized = oversizedOf(queued);
  const origin = queued.used.isNullObject ? { row: 1, column: 1 } : { row: queued.used.rowIndex + 1, column: queued.used.columnIndex + 1 };
  const grid = oversized !== null ? { origin, cells: [], oversized } : cells === null ? { origin: { row: 1, column: 1 }, cells: [] } : growToMerges({ origin, cells }, merges);
  return { name: base.name, origin: grid.origin, cells: grid.cells, merges, generatedTag: base.tag, visible: base.visible, ...(grid.oversized === undefined ? {} : { oversized: grid.oversized }) };
}

/** A sheet queued with its content, once synced. */
export function syncedSheetSnapshot(queued: QueuedSheet, dateSystem: DateSystem): SheetSnapshot {
  return sheetSnapshot(queued, queued.used.isNullObject ? null : toCells(queued.used as RangeArrays, dateSystem));
}

export function reading(workbookName: string, queued: readonly QueuedSheet[], cells: readonly (Cell[][] | null)[], details: Excel.Setting | null, dateSystem: DateSystem): WorkbookReading {
  return {
    ...(details === null ? {} : { fingerprintDetails: details.isNullObject ? null : details.value }),
    workbookName,
    dateSystem,
    snapshot: { sheets: queued.map((sheet, index) => sheetSnapshot(sheet, cells[index])) },
    sheets: queued.map(listing),
    mergesRead: queued.every((sheet) => sheet.merges !== null),
  };
}

/** Whether the running host limits a request to 5 MB: only Excel on the web does; unknown counts as limited. */
export function hostHasPayloadLimit(): boolean {
  if (typeof Office === "undefined" || !Office.context) return true;
  const platform = (Office.context.diagnostics?.platform ?? Office.context.platform) as unknown as string | undefined;
  return !(platform === "PC" || platform === "Mac" || platform === "Universal");
}

export async function readWorkbook(context: Excel.RequestContext, options: ReadOptions = {}): Promise<WorkbookReading> {
  const collection = context.workbook.worksheets.load("items/id,items/name,items/visibility");
  const workbook = context.workbook.load("name");
  const details = options.withFingerprintDetails ? context.workbook.settings.getItemOrNullObject(FINGERPRINT_SETTING).load("value") : null;
  const dateSystemAnswer = queueDateSystem(context);
  await context.sync();
  const dateSystem = dateSystemAnswer();
  const worksheets = collection.items;
  const limited = options.payloadLimited ?? hostHasPayloadLimit();
  if (!limited) {
    const whole = worksheets.map((worksheet) => queueSheet(worksheet, true, true, options.withNotes));
    try {
      await context.sync();
      return reading(workbook.name, whole, whole.map((sheet) => (sheet.used.isNullObject ? null : toCells(sheet.used as RangeArrays, dateSystem))), details, dateSystem);
    } catch {
      // A sheet past 5,000,000 cells or refused merged areas: the planned read below copes with both,
      // and an error that persists (a conflict) surfaces from it.
    }
  }
  const queued = await readShapes(context, worksheets, options.withNotes ?? false, limited);
  const shapes: SheetShape[] = queued.map((sheet) =>
    sheet.used.isNullObject || oversizedOf(sheet) !== null ? { rowCount: 0, columnCount: 0 } : { rowCount: sheet.used.rowCount, columnCount: sheet.used.columnCount },
  );
  const budget = !limited ? Number.POSITIVE_INFINITY : (options.syncBudgetBytes ?? DEFAULT_BUDGET);
  const rows = await readBlocks(context, queued, shapes, budget, dateSystem);
  return reading(workbook.name, queued, rows.map((sheetRows, index) => (queued[index].used.isNullObject ? null : sheetRows)), details, dateSystem);
}

/**
 * What the shape sync asks, first to last: a refused sync does not say which part Excel refused. Without
 * merges second, so that refused merges (documented past 512) cost one sync more, as before formula areas
 * were asked; refused formula areas (undocumented) cost two more, three with refused merges, and the content
 * then loads `formulas` whole. The last is the plain shapes: an error that persists (a conflict) surfaces
 * from it, after four syncs instead of two.
 */
const SHAPE_ATTEMPTS = [
  { merges: true, formulaAreas: true },
  { merges: false, formulaAreas: true },
  { merges: true, formulaAreas: false },
  { merges: false, formulaAreas: false },
] as const;

/** The shape-only sync; merged areas or formula areas Excel refuses are left out. */
async function readShapes(context: Excel.RequestContext, worksheets: readonly Excel.Worksheet[], withNotes: boolean, withFormulaAreas: boolean): Promise<QueuedSheet[]> {
  const attempts = withFormulaAreas ? SHAPE_ATTEMPTS : SHAPE_ATTEMPTS.filter((attempt) => !attempt.formulaAreas);
  const queue = (attempt: (typeof attempts)[number]) => worksheets.map((worksheet) => queueSheet(worksheet, false, attempt.merges, withNotes, true, attempt.formulaAreas));
  for (const attempt of attempts.slice(0, -1)) {
    const queued = queue(attempt);
    try {
      // One sync, and another only when Excel refused the one before.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
      return queued;
    } catch {
      // The next attempt asks for less.
    }
  }
  const plain = queue(attempts[attempts.length - 1]);
  await context.sync();
  return plain;
}

export async function readSnapshot(context: Excel.RequestContext): Promise<WorkbookSnapshot> {
  return (await readWorkbook(context)).snapshot;
}

/** A block's content: `formulas` whole, or one range per formula area within its rows. */
interface QueuedBlock {
  readonly block: Block;
  readonly range: Excel.Range;
  readonly formulaParts: readonly { area: Area; range: Excel.Range }[] | null;
}

function queueBlock(queued: QueuedSheet, block: Block, areas: readonly Area[] | null): QueuedBlock {
  const { worksheet, used } = queued;
  const range = worksheet.getRangeByIndexes(used.rowIndex + block.firstRow, used.columnIndex, block.rowCount, used.columnCount).load(areas === null ? [...CONTENT_WITHOUT_TEXT] : [...CONTENT_BUT_FORMULAS]);
  const formulaParts = areas === null ? null : areasInBlock(areas, block, used.rowIndex).map((area) => ({ area, range: worksheet.getRangeByIndexes(area.rowIndex, area.columnIndex, area.rowCount, area.columnCount).load("formulas") }));
  return { block, range, formulaParts };
}

function syncedArrays({ block, range, formulaParts }: QueuedBlock, used: Excel.Range): RangeArraysWithoutText {
  const { values, numberFormat, valueTypes } = range as unknown as RangeArraysWithoutText;
  const formulas =
    formulaParts === null
      ? (range as unknown as RangeArraysWithoutText).formulas
      : formulasGrid(block.rowCount, used.columnCount, { row: used.rowIndex + block.firstRow, column: used.columnIndex }, formulaParts.map((part) => ({ area: part.area, formulas: part.range.formulas })));
  return { values, numberFormat, formulas, valueTypes };
}

/** The JSON bytes Excel sends back for a block's arrays: `formulas` only where it was loaded. */
function bytesOf(arrays: RangeArraysWithoutText, formulaParts: QueuedBlock["formulaParts"]): number {
  const others = CONTENT_BUT_FORMULAS.reduce((sum, name) => sum + JSON.stringify(arrays[name]).length, 0);
  const formulas = formulaParts === null ? JSON.stringify(arrays.formulas).length : formulaParts.reduce((sum, part) => sum + JSON.stringify(part.range.formulas).length, 0);
  return others + formulas;
}

/**
 * Row blocks packed into syncs under the budget, planned from the shapes; bytes per array entry measured as
 * it goes. A cell costs three entries (values, numberFormat, valueTypes), four where `formulas` is loaded.
 */
async function readBlocks(context: Excel.RequestContext, queued: readonly QueuedSheet[], shapes: readonly SheetShape[], budget: number, dateSystem: DateSystem): Promise<Cell[][][]> {
  const read: ReadBlock[] = [];
  const areas = queued.map((sheet) => formulaAreasOf(sheet.formulaAreas));
  const entries = (block: Block): number => {
    const cells = block.rowCount * shapes[block.sheet].columnCount;
    const sheetAreas = areas[block.sheet];
    return cells * 3 + (sheetAreas === null ? cells : cellsIn(areasInBlock(sheetAreas, block, queued[block.sheet].used.rowIndex)));
  };
  const pending: Block[] = planBlocks(shapes);
  let bytesPerEntry: number | null = null;
  while (pending.length > 0) {
    const batch = nextBatch(pending, entries, budget, bytesPerEntry).map((block) => queueBlock(queued[block.sheet], block, areas[block.sheet]));
    try {
      // One sync when the workbook fits the budget; past it, a number of syncs proportional to the size.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (error) {
      // The estimate was too low (long texts): put the blocks back and read smaller ones.
      const current: number = bytesPerEntry ?? INITIAL_BYTES_PER_ENTRY;
      if (!isPayloadTooLarge(error) || current > MAX_BYTES_PER_ENTRY) throw error;
      pending.unshift(...batch.map(({ block }) => block));
      bytesPerEntry = current * 4;
      continue;
    }
    let bytes = 0;
    let entryCount = 0;
    for (const queuedBlock of batch) {
      const arrays = syncedArrays(queuedBlock, queued[queuedBlock.block.sheet].used);
      read.push({ block: queuedBlock.block, arrays, text: deriveTexts(arrays, dateSystem) });
      bytes += bytesOf(arrays, queuedBlock.formulaParts);
      entryCount += entries(queuedBlock.block);
    }
    bytesPerEntry = Math.max(bytesPerEntry ?? 0, (bytes / Math.max(1, entryCount)) * 1.25);
  }
  await readUnderivedTexts(context, queued, read);
  const rows: Cell[][][] = queued.map(() => []);
  for (const { block, arrays, text } of read) rows[block.sheet].push(...toCells({ ...arrays, text: text as string[][] }, dateSystem));
  return rows;
}

/** Takes blocks (or the first rows of one) while their estimated bytes fit what is left of the budget. */
function nextBatch(pending: Block[], entries: (block: Block) => number, budget: number, measured: number | null): Block[] {
  const perEntry = measured ?? INITIAL_BYTES_PER_ENTRY;
  const batch: Block[] = [];
  let planned = 0;
  while (pending.length > 0 && planned < budget) {
    const block = pending.shift() as Block;
    const rowsFitting = Math.max(1, Math.floor((budget - planned) / Math.max(1, (entries(block) / block.rowCount) * perEntry)));
    const take = Math.min(block.rowCount, rowsFitting);
    if (take < block.rowCount) pending.unshift({ ...block, firstRow: block.firstRow + take, rowCount: block.rowCount - take });
    const taken = { ...block, rowCount: take };
    batch.push(taken);
    planned += entries(taken) * perEntry;
  }
  return batch;
}
