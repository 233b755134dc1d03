/**
 * The simulated RequestContext: commands are queued by the proxies and run, in order, at `sync()`.
 */
import type { ChangeDirection, ChangeEvents, DataChangeType, SimSheetEventArgs } from "./events";
import type { SimModel } from "./model";
import type { HostBehaviour } from "./host-behaviour";
import { WorkbookProxy } from "./objects/workbook";

export interface Execution {
  readonly model: SimModel;
  /** How the host behaves where the documentation is silent (host-behaviour.ts); lenient when absent. */
  readonly behaviour?: HostBehaviour;
  /** Registers what a load returns: applied only when the whole sync succeeds. */
  stage(commit: () => void, responseBytes: number): void;
  /** The host's onChanged registrations (absent for a host without events). */
  readonly events?: ChangeEvents;
  /** Records a cell edit, or cells inserted or deleted: raised as onChanged (source Local) once the whole sync succeeds. */
  changed?(sheetId: string, address: string, move?: { readonly changeType: DataChangeType; readonly changeDirectionState?: ChangeDirection }): void;
  /** Records a sheet added, deleted or renamed: raised once the whole sync succeeds. */
  sheetEvent?(args: SimSheetEventArgs): void;
}

export interface Op {
  readonly requestBytes: number;
  /** A load changes nothing: a sync of loads only needs no undo copy. */
  readonly readOnly?: boolean;
  execute(execution: Execution): void;
}

export interface SyncHost {
  sync(ops: readonly Op[]): Promise<void>;
}

export class SimContext {
  readonly workbook: WorkbookProxy;
  /** Office.js keeps proxies alive across syncs with it; the simulator never forgets them. */
  readonly trackedObjects = { add(): void {}, remove(): void {} };
  private queue: Op[] = [];

  constructor(private readonly host: SyncHost) {
    this.workbook = new WorkbookProxy(this);
  }

  enqueue(op: Op): void {
    this.queue.push(op);
  }

  get pendingCount(): number {
    return this.queue.length;
  }

  sync<T>(passThroughValue?: T): Promise<T> {
    const ops = this.queue;
    this.queue = [];
    return this.host.sync(ops).then(() => passThroughValue as T);
  }
}
