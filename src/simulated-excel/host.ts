/**
 * A strict simulated Excel host: `run(batch)` like `Excel.run`, counted syncs, the 5 MB payload limit of
 * Excel on the web, protected sheets, injected conflicts, and inspection of the resulting workbook.
 * No Node APIs here: the playground bundles it for the browser.
 */
import type { Execution, Op } from "./context";
import { SimContext } from "./context";
import { SimError, type SimErrorCode } from "./errors";
import type { SimModel } from "./model";
import { emptyModel, sameName } from "./model";
import type { ExcelRun } from "../port";
import { ChangeEvents, type EventSource } from "./events";
import { cellForWrite, cellKey, keyPosition, type SimSheet } from "./model";
import { parseRect, rectA1 } from "./addresses";
import { interpretWrite } from "./write-value";
import { SimulatedOfficeContext } from "./office-environment";

export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;

export interface SyncRecord {
  readonly requestBytes: number;
  readonly responseBytes: number;
  readonly outcome: "ok" | SimErrorCode;
}

export class SimulatedExcel {
  model: SimModel;
  readonly syncLog: SyncRecord[] = [];
  private readonly failures = new Map<number, SimErrorCode>();
  private readonly edits = new Map<number, (model: SimModel) => void>();
  payloadLimit = PAYLOAD_LIMIT_BYTES;
  /** The onChanged handlers registered by the add-in (see events.ts). */
  readonly events = new ChangeEvents();
  /** What `Office.context` answers beside this workbook (diagnostics, requirement sets). */
  readonly office = new SimulatedOfficeContext();

  constructor(model: SimModel = emptyModel()) {
    this.model = model;
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

  /** Makes the nth sync (1-based, counted from the host's creation) fail, as a co-author's edit would. */
  failSync(number: number, code: SimErrorCode = "Conflict"): void {
    this.failures.set(number, code);
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
    const injected = this.failures.get(number);
    if (injected) return this.reject(requestBytes, 0, injected, "The request could not be processed because of a conflict with another user's edit.");
    if (requestBytes > this.payloadLimit) return this.reject(requestBytes, 0, "RequestPayloadSizeLimitExceeded", "The request payload size has exceeded the limit.");

    const backup = ops.every((op) => op.readOnly) ? this.model : structuredClone(this.model);
    const commits: (() => void)[] = [];
    let responseBytes = 0;
    const changes: { sheetId: string; address: string }[] = [];
    const execution: Execution = {
      model: this.model,
      events: this.events,
      stage(commit, bytes) {
        commits.push(commit);
        responseBytes += bytes;
      },
      changed(sheetId, address) {
        changes.push({ sheetId, address });
      },
    };
    try {
      for (const op of ops) op.execute(execution);
    } catch (error) {
      // Excel keeps what ran before the failing command; a payload overflow applies nothing.
      const code = error instanceof SimError ? error.code : "InvalidOperation";
      if (code === "RequestPayloadSizeLimitExceeded") this.model = backup;
      this.syncLog.push({ requestBytes, responseBytes, outcome: code });
      throw error;
    }
    if (requestBytes + responseBytes > this.payloadLimit) {
      this.model = backup;
      return this.reject(requestBytes, responseBytes, "RequestPayloadSizeLimitExceeded", "The response payload size has exceeded the limit.");
    }
    this.syncLog.push({ requestBytes, responseBytes, outcome: "ok" });
    for (const commit of commits) commit();
    // The add-in's own writes raise onChanged with source Local, as Excel does (see events.ts).
    for (const { sheetId, address } of changes) this.events.raise({ type: "WorksheetChanged", address, changeType: "RangeEdited", source: "Local", worksheetId: sheetId });
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
    this.events.raise({ type: "WorksheetChanged", address: rectA1(rect), changeType: "RangeEdited", source, worksheetId: sheet.id });
  }

  /** A person deletes whole rows: the rows below move up; one RowDeleted event for the block ("5:6"). */
  deleteRows(sheetName: string, firstRow: number, count = 1, source: EventSource = "Local"): void {
    const sheet = this.sheetNamed(sheetName);
    const moved: SimSheet["cells"] = new Map();
    for (const [key, cell] of sheet.cells) {
      const { row, column } = keyPosition(key);
      if (row < firstRow) moved.set(key, cell);
      else if (row >= firstRow + count) moved.set(cellKey(row - count, column), cell);
    }
    sheet.cells = moved;
    this.events.raise({ type: "WorksheetChanged", address: `${firstRow}:${firstRow + count - 1}`, changeType: "RowDeleted", source, worksheetId: sheet.id });
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
