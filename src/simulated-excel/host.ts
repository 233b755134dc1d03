/**
 * A strict simulated Excel host: `run(batch)` like `Excel.run`, counted syncs, the 5 MB payload limit of
 * Excel on the web, protected sheets, injected conflicts, and inspection of the resulting workbook.
 * No Node APIs here: the playground bundles it for the browser.
 */
import type { Execution, Op } from "./context";
import { SimContext } from "./context";
import { SimError, type SimErrorCode } from "./errors";
import type { SimModel } from "./model";
import { emptyModel, newSheet, sameName } from "./model";
import type { ExcelRun } from "../port";
import { ChangeEvents, type ChangeDirection, type DataChangeType, type EventSource, type EventTriggerSource, type SimChangedEventArgs, type SimSheetEventArgs } from "./events";
import { cellForWrite, MAX_COLUMNS, type SimSheet } from "./model";
import { shiftColumns, shiftRowsDown, shiftRowsUp } from "./sheet-ops";
import { MAX_ROWS, parseRect, rectA1 } from "./addresses";
import { interpretWrite } from "./write-value";
import { SimulatedOfficeContext } from "./office-environment";
import { LENIENT, type HostBehaviour } from "./host-behaviour";
import type { DateSystem } from "../domain/date-system";

/**
 * Excel on the web refuses a request or a response over 5 MB: `RequestPayloadSizeLimitExceeded` /
 * `ResponsePayloadSizeLimitExceeded` (office.js host codes 5103 / 5104), each documented as "only occurs in
 * Excel on the web" (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-error-handling,
 * https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins).
 * The desktop hosts have no such limit.
 */
export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;

/** "web": Excel on the web (the 5 MB limits); "desktop": Windows or Mac (none). */
export type SimPlatform = "web" | "desktop";

export interface SimOptions {
  readonly platform?: SimPlatform;
  /** The workbook's date system when seeded from a snapshot (seed.ts); 1900 unless said. */
  readonly dateSystem?: DateSystem;
}

interface InjectedFailure {
  readonly code: SimErrorCode;
  /** How many commands of the batch run (and stay applied) before the failure. */
  readonly afterCommands: number;
}

export interface SyncRecord {
  readonly requestBytes: number;
  readonly responseBytes: number;
  readonly outcome: "ok" | SimErrorCode;
}

export class SimulatedExcel {
  model: SimModel;
  readonly syncLog: SyncRecord[] = [];
  private readonly failures = new Map<number, InjectedFailure>();
  private readonly edits = new Map<number, (model: SimModel) => void>();
  readonly platform: SimPlatform;
  payloadLimit: number;
  /** The onChanged handlers registered by the add-in (see events.ts). */
  readonly events = new ChangeEvents();
  /** What `Office.context` answers beside this workbook (diagnostics, requirement sets). */
  readonly office = new SimulatedOfficeContext();
  /** Where the documentation is silent: lenient unless a test asks for the harsher reading (host-behaviour.ts). */
  readonly behaviour: HostBehaviour = { ...LENIENT };

  constructor(model: SimModel = emptyModel(), options: SimOptions = {}) {
    this.model = model;
    this.platform = options.platform ?? "web";
    this.payloadLimit = this.platform === "web" ? PAYLOAD_LIMIT_BYTES : Number.POSITIVE_INFINITY;
  }

  /**
   * Closes and reopens the workbook: every sheet gets a new id, as a maintainer says Excel does ("The ID
   * remains constant within a single session but will change between sessions",
   * https://github.com/OfficeDev/office-js-docs/issues/297; also https://github.com/OfficeDev/office-js/issues/1390).
   * Names, cells, custom properties and settings are kept.
   */
  reopen(): void {
    const renamed = new Map<string, string>();
    for (const sheet of this.model.sheets) {
      const id = `{sheet-${this.model.nextId++}}`;
      renamed.set(sheet.id, id);
      sheet.id = id;
    }
    const remap = <T extends { sheetId: string } | null>(ref: T): T => (ref === null ? ref : { ...ref, sheetId: renamed.get(ref.sheetId) ?? ref.sheetId });
    for (const sheet of this.model.sheets)
      for (const chart of sheet.charts)
        for (const series of chart.series) {
          series.values = remap(series.values);
          series.xValues = remap(series.xValues);
        }
    this.model.activeSheetId = this.model.activeSheetId === null ? null : (renamed.get(this.model.activeSheetId) ?? null);
    this.model.selection = remap(this.model.selection);
  }

  /** Like Excel.run: a fresh context, the batch, then a final sync when commands are left in the queue. */
  readonly run: ExcelRun = async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    const context = new SimContext({ sync: (ops) => this.sync(ops) });
    const result = await batch(context as unknown as Excel.RequestContext);
    if (context.pendingCount > 0) await context.sync();
    return result;
  };

  /** A new context for tests that drive the simulated API step by step. */
  newContext(): SimContext {
    return new SimContext({ sync: (ops) => this.sync(ops) });
  }

  get syncCount(): number {
    return this.syncLog.length;
  }

  /** The largest request + response of any sync, in bytes. */
  get largestPayload(): number {
    return Math.max(0, ...this.syncLog.map((record) => record.requestBytes + record.responseBytes));
  }

  /**
   * Makes the nth sync (1-based, counted from the host's creation) fail, as a co-author's edit would
   * (Excel.ErrorCodes `Conflict`, `InsertDeleteConflict`). With `afterCommands`, that many of the batch's
   * commands run first and STAY applied: no Microsoft page we found says a failing batch is rolled back, so
   * the simulator takes the harsher reading (no rollback), as issue 13 records.
   * Without it the failure meets the batch's first command. Co-authoring may also lose changes with no
   * error at all (https://github.com/OfficeDev/office-js/issues/1813): see `editBeforeSync`.
   */
  failSync(number: number, code: SimErrorCode = "Conflict", afterCommands = 0): void {
    this.failures.set(number, { code, afterCommands });
  }

  /** A co-author's edit that lands just before the nth sync (1-based) runs: the batch then meets the changed workbook. */
  editBeforeSync(number: number, edit: (model: SimModel) => void): void {
    this.edits.set(number, edit);
  }

  protectSheet(name: string, isProtected = true): void {
    const sheet = this.model.sheets.find((candidate) => sameName(candidate.name, name));
    if (!sheet) throw new Error(`No sheet ${name}`);
    sheet.protected = isProtected;
  }

  async sync(ops: readonly Op[]): Promise<void> {
    const number = this.syncLog.length + 1;
    const requestBytes = ops.reduce((sum, op) => sum + op.requestBytes, 0);
    this.edits.get(number)?.(this.model);
    if (requestBytes > this.payloadLimit) return this.reject(requestBytes, 0, "RequestPayloadSizeLimitExceeded", "The request payload size has exceeded the limit.");
    const injected = this.failures.get(number);

    const commits: (() => void)[] = [];
    let responseBytes = 0;
    const changes: { sheetId: string; address: string; move?: { changeType: DataChangeType; changeDirectionState?: ChangeDirection } }[] = [];
    const sheetEvents: SimSheetEventArgs[] = [];
    const execution: Execution = {
      model: this.model,
      behaviour: this.behaviour,
      events: this.events,
      stage(commit, bytes) {
        commits.push(commit);
        responseBytes += bytes;
      },
      changed(sheetId, address, move) {
        changes.push({ sheetId, address, move });
      },
      sheetEvent(args) {
        sheetEvents.push(args);
      },
    };
    try {
      ops.forEach((op, index) => {
        if (injected && index === injected.afterCommands) throw new SimError(injected.code, "The request could not be processed because of a conflict with another user's edit.");
        op.execute(execution);
      });
      if (injected && injected.afterCommands >= ops.length) throw new SimError(injected.code, "The request could not be processed because of a conflict with another user's edit.");
    } catch (error) {
      // Excel keeps what ran before the failing command.
      const code = error instanceof SimError ? error.code : "InvalidOperation";
      this.syncLog.push({ requestBytes, responseBytes, outcome: code });
      throw error;
    }
    // The response is too large only once the commands have run: the harsher reading (the documentation is
    // silent) keeps their writes applied, and no load delivers its values.
    if (responseBytes > this.payloadLimit) {
      return this.reject(requestBytes, responseBytes, "ResponsePayloadSizeLimitExceeded", "The response payload size has exceeded the limit.");
    }
    this.syncLog.push({ requestBytes, responseBytes, outcome: "ok" });
    for (const commit of commits) commit();
    // The add-in's own writes raise onChanged with source Local, as Excel does (see events.ts).
    for (const { sheetId, address, move } of changes) {
      this.raiseChanged({ address, changeType: move?.changeType ?? "RangeEdited", source: "Local", worksheetId: sheetId, changeDirectionState: move?.changeDirectionState }, "ThisLocalAddin");
    }
    for (const args of sheetEvents) this.events.raise(args);
  }

  /**
   * A person types or pastes into the workbook (in this session, or a co-author with source "Remote"):
   * strings are read as Excel reads typed text (write-value.ts); a protected sheet refuses.
   */
  userEdit(sheetName: string, address: string, values: readonly (readonly unknown[])[], source: EventSource = "Local"): void {
    const sheet = this.sheetNamed(sheetName);
    if (sheet.protected) throw new SimError("AccessDenied", `The sheet ${sheetName} is protected.`);
    const rect = parseRect(address);
    for (let row = rect.top; row <= rect.bottom; row++) {
      for (let column = rect.left; column <= rect.right; column++) {
        const cell = cellForWrite(sheet, row, column);
        const written = interpretWrite(values[row - rect.top]?.[column - rect.left] ?? "", cell.numberFormat);
        if (written === "unchanged") continue;
        cell.value = written.value;
        cell.formula = written.formula;
        if (written.numberFormat) cell.numberFormat = written.numberFormat;
        cell.seededText = null;
      }
    }
    this.raiseChanged({ address: rectA1(rect), changeType: "RangeEdited", source, worksheetId: sheet.id });
  }

  /**
   * A person (or a co-author) adds a threaded comment to one cell, as Excel's « Nouveau commentaire » does;
   * it stays with the sheet (objects/comments.ts). A reply is added to the cell's thread when there is one.
   */
  userComment(sheetName: string, address: string, content: string, authorName = "Coauteur"): void {
    const sheet = this.sheetNamed(sheetName);
    const { top, left } = parseRect(address);
    const thread = sheet.comments.find((comment) => comment.row === top && comment.column === left);
    if (thread) thread.replies.push({ content, authorName });
    else sheet.comments.push({ id: `{comment-${this.model.nextId++}}`, row: top, column: left, content, authorName, resolved: false, replies: [] });
  }

  /** A person inserts whole rows before `firstRow`: cells and comments below move down; one RowInserted event. */
  insertRows(sheetName: string, firstRow: number, count = 1, source: EventSource = "Local"): void {
    const sheet = this.sheetNamed(sheetName);
    shiftRowsDown(sheet, firstRow, 1, MAX_COLUMNS, count);
    for (const comment of sheet.comments) if (comment.row >= firstRow) comment.row += count;
    this.raiseChanged({ address: `${firstRow}:${firstRow + count - 1}`, changeType: "RowInserted", source, worksheetId: sheet.id });
  }

  /** A person deletes whole rows: the rows below (cells, merges, comments) move up; one RowDeleted event for the block ("5:6"). */
  deleteRows(sheetName: string, firstRow: number, count = 1, source: EventSource = "Local"): void {
    const sheet = this.sheetNamed(sheetName);
    shiftRowsUp(sheet, firstRow, 1, MAX_COLUMNS, count);
    sheet.comments = sheet.comments.filter((comment) => comment.row < firstRow || comment.row >= firstRow + count);
    for (const comment of sheet.comments) if (comment.row >= firstRow + count) comment.row -= count;
    this.raiseChanged({ address: `${firstRow}:${firstRow + count - 1}`, changeType: "RowDeleted", source, worksheetId: sheet.id });
  }

  /**
   * A person inserts whole columns before `firstColumn` ("C"): what is at and right of it moves right; one
   * ColumnInserted event for the block ("C:D"), written as rectA1 writes whole columns. Microsoft documents the
   * change type (https://learn.microsoft.com/javascript/api/excel/excel.datachangetype) and "the range address
   * that represents the changed area" (https://learn.microsoft.com/javascript/api/excel/excel.worksheetchangedeventargs),
   * not its spelling: the adapter also reads "C1:D1048576".
   */
  insertColumns(sheetName: string, firstColumn: string, count = 1, source: EventSource = "Local"): void {
    this.columnsChanged(sheetName, firstColumn, count, "ColumnInserted", source);
  }

  /** A person deletes whole columns: those right of them move left; one ColumnDeleted event for the block ("C:D"). */
  deleteColumns(sheetName: string, firstColumn: string, count = 1, source: EventSource = "Local"): void {
    this.columnsChanged(sheetName, firstColumn, count, "ColumnDeleted", source);
  }

  private columnsChanged(sheetName: string, firstColumn: string, count: number, changeType: "ColumnInserted" | "ColumnDeleted", source: EventSource): void {
    const sheet = this.sheetNamed(sheetName);
    const { left } = parseRect(`${firstColumn}:${firstColumn}`);
    shiftColumns(sheet, left, changeType === "ColumnInserted" ? count : -count);
    this.raiseChanged({ address: rectA1({ top: 1, left, bottom: MAX_ROWS, right: left + count - 1 }), changeType, source, worksheetId: sheet.id });
  }

  /**
   * A person inserts cells shifting the cells below down (« Insérer des cellules › Décaler les cellules vers le
   * bas »): one CellInserted event with the cells' address, and, on a host with ExcelApi 1.14, the direction in
   * changeDirectionState (events.ts).
   */
  insertCells(sheetName: string, address: string, source: EventSource = "Local"): void {
    const sheet = this.sheetNamed(sheetName);
    const rect = parseRect(address);
    shiftRowsDown(sheet, rect.top, rect.left, rect.right, rect.bottom - rect.top + 1);
    this.cellsChanged(sheet, rectA1(rect), "CellInserted", { insertShiftDirection: "Down" }, source);
  }

  /** A person deletes cells shifting the cells below up: one CellDeleted event, as insertCells. */
  deleteCells(sheetName: string, address: string, source: EventSource = "Local"): void {
    const sheet = this.sheetNamed(sheetName);
    const rect = parseRect(address);
    shiftRowsUp(sheet, rect.top, rect.left, rect.right, rect.bottom - rect.top + 1);
    this.cellsChanged(sheet, rectA1(rect), "CellDeleted", { deleteShiftDirection: "Up" }, source);
  }

  private cellsChanged(sheet: SimSheet, address: string, changeType: "CellInserted" | "CellDeleted", direction: ChangeDirection, source: EventSource): void {
    this.raiseChanged({ address, changeType, source, worksheetId: sheet.id, changeDirectionState: direction });
  }

  /**
   * onChanged, with what only a host with ExcelApi 1.14 gives: the cells' shift in changeDirectionState and
   * who triggered the change in triggerSource, "Unknown" for a person's (events.ts).
   */
  private raiseChanged(args: Omit<SimChangedEventArgs, "type" | "triggerSource">, trigger: EventTriggerSource = "Unknown"): void {
    const { changeDirectionState, ...rest } = args;
    const at114 = this.office.requirements.isSetSupported("ExcelApi", "1.14");
    this.events.raise({ type: "WorksheetChanged", ...rest, ...(at114 && changeDirectionState ? { changeDirectionState } : {}), ...(at114 ? { triggerSource: trigger } : {}) });
  }

  /** A person adds a sheet (in this session, or a co-author): onAdded, then onChanged for its filled cells. */
  userAddSheet(name: string, rows: readonly (readonly unknown[])[] = [], source: EventSource = "Local"): void {
    const sheet = newSheet(this.model, name);
    this.events.raise({ type: "WorksheetAdded", source, worksheetId: sheet.id });
    const width = Math.max(0, ...rows.map((row) => row.length));
    if (rows.length > 0 && width > 0) this.userEdit(name, rectA1({ top: 1, left: 1, bottom: rows.length, right: width }), rows, source);
  }

  /** A person deletes a sheet: onDeleted with the id it had. */
  userDeleteSheet(name: string, source: EventSource = "Local"): void {
    const sheet = this.sheetNamed(name);
    this.model.sheets.splice(this.model.sheets.indexOf(sheet), 1);
    this.events.raise({ type: "WorksheetDeleted", source, worksheetId: sheet.id });
  }

  /** A person renames a sheet: onNameChanged with the names before and after. */
  userRenameSheet(name: string, newName: string, source: EventSource = "Local"): void {
    const sheet = this.sheetNamed(name);
    sheet.name = newName;
    this.events.raise({ type: "WorksheetNameChanged", source, worksheetId: sheet.id, nameBefore: name, nameAfter: newName });
  }

  private sheetNamed(name: string): SimSheet {
    const sheet = this.model.sheets.find((candidate) => sameName(candidate.name, name));
    if (!sheet) throw new Error(`No sheet ${name}`);
    return sheet;
  }

  private reject(requestBytes: number, responseBytes: number, code: SimErrorCode, message: string): Promise<never> {
    this.syncLog.push({ requestBytes, responseBytes, outcome: code });
    return Promise.reject(new SimError(code, message));
  }
}
