/**
 * Live checks over Excel's onChanged (ExcelApi 1.7), registered on the worksheets collection so that
 * sheets added later are covered, with the collection's onAdded and onDeleted (ExcelApi 1.7) and, where
 * the host has ExcelApi 1.17, onNameChanged. A burst of edits (until `quietMs` without one) is one check:
 * the changed rows of the sheets the analysis reads, in one sync, re-checked by the engine against the
 * baseline kept from the last full read; a structural change, a sheet added, renamed or deleted, or a
 * header edit reads the workbook again. The tracker reads nothing to start: its baseline is Analyser's
 * read (`adopt`), or its own full read at the first change when Analyser has not run.
 * With marks on, the changed rows' marks follow (live-marks.ts), and the stored marks move with rows and
 * columns inserted or deleted (mark-moves.ts). A failing check is said once and retried
 * with the next change.
 */
import { isStructuralChange, issueChanges, issuesInRows, liveBaseline, movesCells, recheckRows, rowsVerdict, type LiveBaseline, type SheetRowsChange } from "../domain/live";
import { WorkbookNotUsableError, type ExcelRun, type LiveUpdate, type LiveWatch, type Settings } from "../port";
import { mergeSpans, rowsOf, type RowSpan } from "./changed-rows";
import { toCells, type RangeArrays } from "./cells";
import type { Clock } from "./clock";
import { toFrenchError } from "./errors";
import type { OwnWrites } from "./own-writes";
import { queueMarksSetting, updateLiveMarks } from "./live-marks";
import { followMoves } from "./mark-moves";
import { readWorkbook, type SheetListing, type WorkbookReading } from "./read-snapshot";
import type { Analysis } from "../domain/analysis/types";
import type { Issue } from "../domain/issues";

export interface ChangedEvent {
  readonly address: string;
  readonly changeType: string;
  readonly source: string;
  readonly worksheetId: string;
  /** Cells inserted or deleted: the way the others shifted (ExcelApi 1.14's changeDirectionState; mark-moves.ts). */
  readonly shift?: string;
  /** ExcelApi 1.14's triggerSource: "ThisLocalAddin" for the add-in's own changes, "Unknown" for the others. */
  readonly triggerSource?: string;
}

export interface TrackerOptions {
  readonly clock: Clock;
  readonly ownWrites: OwnWrites;
  /** Quiet time that ends a burst. */
  readonly quietMs: number;
  /** The host has ExcelApi 1.17, where the worksheets collection raises onNameChanged. */
  readonly nameChangedEvents?: boolean;
  /** The host has ExcelApi 1.14, where onChanged says whether the add-in triggered it (triggerSource). */
  readonly triggerSource?: boolean;
}

const CONTENT = ["values", "text", "numberFormat", "formulas", "valueTypes"] as const;

interface State {
  baseline: LiveBaseline;
  sheets: readonly SheetListing[];
  /** The workbook's, as its last full read found it: changed rows are read in it. */
  dateSystem: WorkbookReading["dateSystem"];
}

export class ChangeTracker implements LiveWatch {
  private pending: ChangedEvent[] = [];
  private timer: unknown = null;
  private running: Promise<void> = Promise.resolve();
  private failureSaid = false;
  private disposed = false;
  private handlers: OfficeExtension.EventHandlerResult<unknown>[] = [];
  private state: State | null = null;
  /** The add-in's own writes to the data so far, and how many of them the baseline has seen. */
  private dataWrites = 0;
  private dataWritesSeen = 0;
  /** The events whose moves the stored marks have followed already. */
  private readonly marksMoved = new WeakSet<ChangedEvent>();

  private constructor(
    private readonly run: ExcelRun,
    private year: number | null,
    private readonly listener: (update: LiveUpdate) => void,
    private readonly options: TrackerOptions,
  ) {}

  /** Registers the handlers, in one sync; reads nothing. */
  static async start(run: ExcelRun, settings: Settings, listener: (update: LiveUpdate) => void, options: TrackerOptions): Promise<ChangeTracker> {
    const tracker = new ChangeTracker(run, settings.year, listener, options);
    await run(async (context) => {
      const worksheets = context.workbook.worksheets;
      const sheetEvent = (changeType: string) => async (args: { source: string; worksheetId: string }) => tracker.onChanged({ address: "", changeType, source: args.source, worksheetId: args.worksheetId });
      tracker.handlers = [
        worksheets.onChanged.add(async (args) => {
          // Undefined before ExcelApi 1.14 (and for other changes): the cells' move is then not placed.
          const shift = args.changeDirectionState?.insertShiftDirection ?? args.changeDirectionState?.deleteShiftDirection;
          // Undefined before ExcelApi 1.14 too: the change is then told the add-in's own by the time window (ownEvent).
          const trigger = args.triggerSource as string | undefined;
          tracker.onChanged({ address: args.address, changeType: args.changeType, source: args.source, worksheetId: args.worksheetId, ...(shift ? { shift } : {}), ...(trigger ? { triggerSource: trigger } : {}) });
        }),
        worksheets.onAdded.add(sheetEvent("WorksheetAdded")),
        worksheets.onDeleted.add(sheetEvent("WorksheetDeleted")),
        ...(options.nameChangedEvents ? [worksheets.onNameChanged.add(sheetEvent("WorksheetNameChanged"))] : []),
      ];
      await context.sync();
    });
    return tracker;
  }

  get watching(): boolean {
    return !this.disposed;
  }

  /** Takes a full read made by Analyser as the baseline, once the check under way is over; gives its analysis. */
  adopt(reading: WorkbookReading, year: number | null): Promise<Analysis> {
    const adopted = this.running.then(() => {
      this.state = stateOf(reading, year);
      this.dataWritesSeen = this.dataWrites;
      this.year = year;
      return this.state.baseline.analysis;
    });
    this.running = adopted.then(
      () => undefined,
      () => undefined,
    );
    return adopted;
  }

  /**
   * The add-in wrote into the workbook's data (a fold, survey answers, a report): the changes it raises are
   * not checked, so the kept baseline no longer matches the workbook and the next check reads it whole.
   */
  dataWritten(): void {
    this.dataWrites++;
  }

  /** Resolves once the check under way, if any, is over. */
  idle(): Promise<void> {
    return this.running;
  }

  async dispose(): Promise<void> {
    this.disposed = true;
    if (this.timer !== null) this.options.clock.clearTimeout(this.timer);
    this.timer = null;
    const handlers = this.handlers;
    this.handlers = [];
    if (handlers.length === 0) return;
    for (const handler of handlers) handler.remove();
    await handlers[0].context.sync();
  }

  private onChanged(event: ChangedEvent): void {
    if (this.disposed) return;
    if (this.ownEvent(event)) return;
    this.pending.push({ address: event.address, changeType: event.changeType, source: event.source, worksheetId: event.worksheetId, ...(event.shift ? { shift: event.shift } : {}) });
    if (this.timer !== null) this.options.clock.clearTimeout(this.timer);
    this.timer = this.options.clock.setTimeout(() => {
      this.timer = null;
      this.running = this.running.then(() => this.check());
    }, this.options.quietMs);
  }

  /**
   * A change the add-in made itself, whose check it needs not. From ExcelApi 1.14 onChanged says so in
   * triggerSource: "ThisLocalAddin", "the event is triggered by the Office JS API of the current add-in"; any
   * other change, "Unknown", is a person's (or another add-in's), followed even during the add-in's write
   * (https://learn.microsoft.com/javascript/api/excel/excel.worksheetchangedeventargs#excel-excel-worksheetchangedeventargs-triggersource-member,
   * https://learn.microsoft.com/javascript/api/excel/excel.eventtriggersource). So a late event of the add-in's own
   * row insertion, whose marks its write moved already, moves none again. Below 1.14, and for onAdded, onDeleted
   * and onNameChanged, which have no triggerSource: every Local change during a write and its grace period
   * (own-writes.ts), a person's included.
   */
  private ownEvent(event: ChangedEvent): boolean {
    if (this.options.triggerSource && event.triggerSource !== undefined) return event.triggerSource === "ThisLocalAddin";
    return event.source === "Local" && this.options.ownWrites.inProgress;
  }

  private async check(): Promise<void> {
    const burst = this.pending;
    this.pending = [];
    if (burst.length === 0 || this.disposed) return;
    const fromCoAuthor = burst.some((event) => event.source === "Remote");
    try {
      const update = await this.checkBurst(burst, fromCoAuthor);
      this.failureSaid = false;
      if (update !== null && !this.disposed) this.listener(update);
    } catch (error) {
      // Retried with the next change: the burst's events wait with it.
      this.pending = [...burst, ...this.pending];
      if (this.failureSaid || this.disposed) return;
      this.failureSaid = true;
      this.listener({ kind: "failed", message: toFrenchError(error).message });
    }
  }

  private async checkBurst(burst: readonly ChangedEvent[], fromCoAuthor: boolean): Promise<LiveUpdate | null> {
    const state = this.state;
    const changes = this.dataWritesSeen < this.dataWrites ? "full" : rowsToCheck(state, burst);
    if (changes !== "full" && changes.size === 0) return null;
    if (state !== null && changes !== "full") {
      const outcome = await this.run(async (context) => {
        // Loaded with the rows: with marks off, the check takes that one sync and writes nothing.
        const setting = queueMarksSetting(context);
        const rechecked = recheckRows(state.baseline, await readRows(context, state, changes));
        if (rechecked.kind === "rows") await updateLiveMarks(context, { setting, sheets: state.sheets, rows: changes, issues: rechecked.changedRowIssues });
        return rechecked;
      });
      if (outcome.kind === "none") return null;
      if (outcome.kind === "rows") {
        this.state = { ...state, baseline: outcome.baseline };
        const { analysis, changedRowIssues, added, removed } = outcome;
        return { kind: "rows", analysis, changedRowIssues, added, removed, fromCoAuthor };
      }
    }
    const movedCells = burst.some((event) => movesCells(event.changeType));
    // A write of the add-in's during this read may or may not be in it: only those before count as seen.
    const writesBefore = this.dataWrites;
    const { fresh, edited } = await this.run(async (context) => {
      // Loaded with the sheet list, readWorkbook's first sync: a failure there fails the whole read anyway.
      const setting = queueMarksSetting(context);
      const reading = await readWorkbook(context);
      // The stored marks follow their cells, once per event even when this check fails later and is retried.
      const moves = burst.filter((event) => movesCells(event.changeType) && !this.marksMoved.has(event));
      if (moves.length > 0) {
        await followMoves(context, setting, reading.sheets, moves);
        for (const event of moves) this.marksMoved.add(event);
      }
      const read = stateOf(reading, this.year);
      // Where cells moved, the edited rows' addresses may name other rows now: their marks wait for their next edit.
      const spans = movedCells ? new Map<string, RowSpan[]>() : (rowSpans(read, burst.filter((event) => event.changeType === "RangeEdited")) ?? new Map<string, RowSpan[]>());
      if (spans.size > 0) await updateLiveMarks(context, { setting, sheets: read.sheets, rows: spans, issues: issuesInSpans(read.baseline.analysis.issues, spans) });
      return { fresh: read, edited: spans };
    });
    this.state = fresh;
    this.dataWritesSeen = writesBefore;
    const { issues } = fresh.baseline.analysis;
    if (movedCells) return { kind: "full", analysis: fresh.baseline.analysis, changedRowIssues: [], added: [], removed: [], fromCoAuthor };
    const changedRowIssues = issuesInSpans(issues, edited);
    const compared = state === null ? { added: changedRowIssues, removed: [] } : issueChanges(state.baseline.analysis.issues, issues);
    return { kind: "full", analysis: fresh.baseline.analysis, changedRowIssues, ...compared, fromCoAuthor };
  }
}

function issuesInSpans(issues: readonly Issue[], spans: ReadonlyMap<string, readonly RowSpan[]>): Issue[] {
  return issuesInRows(issues, (sheet, row) => (spans.get(sheet) ?? []).some((span) => span.first <= row && row <= span.last));
}

/** One sync for every changed row of every sheet, each run of rows read as one range as wide as the kept used range. */
async function readRows(context: Excel.RequestContext, state: State, spans: ReadonlyMap<string, readonly RowSpan[]>): Promise<SheetRowsChange[]> {
  const kept = new Map(state.baseline.snapshot.sheets.map((sheet) => [sheet.name, sheet]));
  const queued: { sheet: string; span: RowSpan; range: Excel.Range }[] = [];
  const untouched: SheetRowsChange[] = [];
  for (const [name, sheetSpans] of spans) {
    const sheet = kept.get(name);
    const width = sheet?.cells[0]?.length ?? 0;
    if (sheet === undefined || width === 0) {
      untouched.push({ sheet: name, rows: [] });
      continue;
    }
    const worksheet = context.workbook.worksheets.getItem(name);
    for (const span of mergeSpans(sheetSpans)) {
      const range = worksheet.getRangeByIndexes(span.first - 1, sheet.origin.column - 1, span.last - span.first + 1, width).load([...CONTENT]);
      queued.push({ sheet: name, span, range });
    }
  }
  if (queued.length > 0) await context.sync();
  const bySheet = new Map<string, { row: number; cells: ReturnType<typeof toCells>[number] }[]>();
  for (const { sheet, span, range } of queued) {
    const rows = toCells(range as unknown as RangeArrays, state.dateSystem).map((cells, index) => ({ row: span.first + index, cells }));
    bySheet.set(sheet, [...(bySheet.get(sheet) ?? []), ...rows]);
  }
  // A sheet the baseline holds empty cannot be patched: recheckRows then asks for a full read.
  return [...untouched.map(({ sheet }) => ({ sheet, rows: [{ row: 1, cells: [] }] })), ...[...bySheet].map(([sheet, rows]) => ({ sheet, rows }))];
}

function stateOf(reading: WorkbookReading, year: number | null): State {
  const outcome = liveBaseline(reading.snapshot, year === null ? {} : { year });
  if (!outcome.ok) throw new WorkbookNotUsableError(outcome.message);
  return { baseline: outcome.baseline, sheets: reading.sheets, dateSystem: reading.dateSystem };
}

/** The changed rows to re-check, by sheet; "full" when the workbook is to be read whole; none when only report sheets changed. */
function rowsToCheck(state: State | null, burst: readonly ChangedEvent[]): Map<string, RowSpan[]> | "full" {
  const spans = state === null || burst.some((event) => isStructuralChange(event.changeType)) ? null : rowSpans(state, burst);
  if (state === null || spans === null) return "full";
  const rows = new Map<string, RowSpan[]>();
  for (const [sheet, sheetSpans] of spans) {
    const verdict = rowsVerdict(state.baseline, sheet, Math.min(...sheetSpans.map((span) => span.first)));
    // A header, or a sheet without a table, known before reading: the workbook is read whole at once.
    if (verdict !== "rows" && verdict !== "generated") return "full";
    // Report sheets the add-in wrote are neither read nor checked.
    if (verdict === "rows") rows.set(sheet, sheetSpans);
  }
  return rows;
}

/** The changed rows per sheet name; null when a change cannot be placed (an unknown sheet, whole columns). */
function rowSpans(state: State, burst: readonly ChangedEvent[]): Map<string, RowSpan[]> | null {
  const names = new Map(state.sheets.map((sheet) => [sheet.id, sheet.name]));
  const spans = new Map<string, RowSpan[]>();
  for (const event of burst) {
    const name = names.get(event.worksheetId);
    const rows = rowsOf(event.address);
    if (name === undefined || rows === null) return null;
    spans.set(name, [...(spans.get(name) ?? []), rows]);
  }
  return spans;
}

