/**
 * Live checks over Excel's onChanged (ExcelApi 1.7), registered on the worksheets collection so that
 * sheets added later are covered. A burst of edits (until `quietMs` without one) is one check: the
 * changed rows of the sheets the analysis reads, in one sync, re-checked by the engine against the
 * baseline kept from the last full read; a structural change or a header edit reads the workbook again.
 * A failing check is said once and retried with the next change.
 */
import { isStructuralChange, liveBaseline, recheckRows, type LiveBaseline, type SheetRowsChange } from "../domain/live";
import { WorkbookNotUsableError, type ExcelRun, type LiveUpdate, type LiveWatch, type Settings } from "../port";
import { mergeSpans, rowsOf, type RowSpan } from "./changed-rows";
import { toCells, type RangeArrays } from "./cells";
import type { Clock } from "./clock";
import { toFrenchError } from "./errors";
import type { OwnWrites } from "./own-writes";
import { readWorkbook, type SheetListing } from "./read-snapshot";

export interface ChangedEvent {
  readonly address: string;
  readonly changeType: string;
  readonly source: string;
  readonly worksheetId: string;
}

export interface TrackerOptions {
  readonly clock: Clock;
  readonly ownWrites: OwnWrites;
  /** Quiet time that ends a burst. */
  readonly quietMs: number;
}

const CONTENT = ["values", "text", "numberFormat", "formulas", "valueTypes"] as const;

interface State {
  baseline: LiveBaseline;
  sheets: readonly SheetListing[];
}

export class ChangeTracker implements LiveWatch {
  private pending: ChangedEvent[] = [];
  private timer: unknown = null;
  private running: Promise<void> = Promise.resolve();
  private failureSaid = false;
  private disposed = false;
  private handler: OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs> | null = null;

  private constructor(
    private readonly run: ExcelRun,
    private readonly settings: Settings,
    private readonly listener: (update: LiveUpdate) => void,
    private readonly options: TrackerOptions,
    private state: State,
  ) {}

  /** Reads the workbook once (the baseline) and registers the handler. */
  static async start(run: ExcelRun, settings: Settings, listener: (update: LiveUpdate) => void, options: TrackerOptions): Promise<ChangeTracker> {
    let tracker: ChangeTracker | null = null;
    await run(async (context) => {
      const state = await readState(context, settings);
      tracker = new ChangeTracker(run, settings, listener, options, state);
      const created = tracker;
      created.handler = context.workbook.worksheets.onChanged.add(async (args) => created.onChanged(args));
      await context.sync();
    });
    return tracker as unknown as ChangeTracker;
  }

  /** Resolves once the check under way, if any, is over. */
  idle(): Promise<void> {
    return this.running;
  }

  async dispose(): Promise<void> {
    this.disposed = true;
    if (this.timer !== null) this.options.clock.clearTimeout(this.timer);
    this.timer = null;
    const handler = this.handler;
    this.handler = null;
    if (handler === null) return;
    handler.remove();
    await handler.context.sync();
  }

  private onChanged(event: ChangedEvent): void {
    if (this.disposed) return;
    if (event.source === "Local" && this.options.ownWrites.inProgress) return;
    this.pending.push({ address: event.address, changeType: event.changeType, source: event.source, worksheetId: event.worksheetId });
    if (this.timer !== null) this.options.clock.clearTimeout(this.timer);
    this.timer = this.options.clock.setTimeout(() => {
      this.timer = null;
      this.running = this.running.then(() => this.check());
    }, this.options.quietMs);
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
    const changes = burst.some((event) => isStructuralChange(event.changeType)) ? null : this.rowSpans(burst);
    if (changes !== null) {
      const outcome = recheckRows(this.state.baseline, await this.readRows(changes));
      if (outcome.kind === "none") return null;
      if (outcome.kind === "rows") {
        this.state = { ...this.state, baseline: outcome.baseline };
        const { analysis, changedRowIssues, added, removed } = outcome;
        return { kind: "rows", analysis, changedRowIssues, added, removed, fromCoAuthor };
      }
    }
    this.state = await this.run((context) => readState(context, this.settings));
    return { kind: "full", analysis: this.state.baseline.analysis, fromCoAuthor };
  }

  /** The changed rows per sheet name; null when a change cannot be placed (an unknown sheet, whole columns). */
  private rowSpans(burst: readonly ChangedEvent[]): Map<string, RowSpan[]> | null {
    const names = new Map(this.state.sheets.map((sheet) => [sheet.id, sheet.name]));
    const spans = new Map<string, RowSpan[]>();
    for (const event of burst) {
      const name = names.get(event.worksheetId);
      const rows = rowsOf(event.address);
      if (name === undefined || rows === null) return null;
      spans.set(name, [...(spans.get(name) ?? []), rows]);
    }
    return spans;
  }

  /** One sync for every changed row of every sheet, each run of rows read as one range as wide as the kept used range. */
  private readRows(spans: ReadonlyMap<string, readonly RowSpan[]>): Promise<SheetRowsChange[]> {
    const kept = new Map(this.state.baseline.snapshot.sheets.map((sheet) => [sheet.name, sheet]));
    return this.run(async (context) => {
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
        const rows = toCells(range as unknown as RangeArrays).map((cells, index) => ({ row: span.first + index, cells }));
        bySheet.set(sheet, [...(bySheet.get(sheet) ?? []), ...rows]);
      }
      // A sheet the baseline holds empty cannot be patched: recheckRows then asks for a full read.
      return [...untouched.map(({ sheet }) => ({ sheet, rows: [{ row: 1, cells: [] }] })), ...[...bySheet].map(([sheet, rows]) => ({ sheet, rows }))];
    });
  }
}

async function readState(context: Excel.RequestContext, settings: Settings): Promise<State> {
  const reading = await readWorkbook(context);
  const outcome = liveBaseline(reading.snapshot, settings.year === null ? {} : { year: settings.year });
  if (!outcome.ok) throw new WorkbookNotUsableError(outcome.message);
  return { baseline: outcome.baseline, sheets: reading.sheets };
}
