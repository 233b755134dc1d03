/**
 * worksheet.onChanged and workbook.worksheets.onChanged (ExcelApi 1.7), as Excel raises them.
 *
 * - The handler receives Excel.WorksheetChangedEventArgs: address (A1, without the sheet), changeType
 *   (Excel.DataChangeType: RangeEdited, RowInserted, RowDeleted, ColumnInserted, ColumnDeleted,
 *   CellInserted, CellDeleted), source (Excel.EventSource: "Local" for this session, "Remote" for a
 *   co-author), worksheetId and type "WorksheetChanged"
 *   (learn.microsoft.com/javascript/api/excel/excel.worksheetchangedeventargs, excel.eventsource).
 * - A handler is registered by `onChanged.add(handler)` and takes effect at the next sync; it is removed
 *   with the returned EventHandlerResult's `remove()` and a sync of the same context
 *   (learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-events, "Remove an event handler").
 * - The add-in's own writes raise onChanged too, with source Local: Excel does not tell them apart from
 *   the user's typing (same page: events fire "each time certain types of changes occur", and the
 *   sample's `context.runtime.enableEvents = false` is the documented way to silence them).
 * - Events are delivered asynchronously, after the change is committed; Microsoft gives no bound on the delay,
 *   so a test may hold them back (`hold`) and deliver them later, as a busy host could.
 * - From ExcelApi 1.14, onChanged also says who triggered the change in `triggerSource` (Excel.EventTriggerSource):
 *   "ThisLocalAddin" when "the event is triggered by the Office JS API of the current add-in", "Unknown" when
 *   "the event trigger source is unknown or currently unsupported"
 *   (learn.microsoft.com/javascript/api/excel/excel.worksheetchangedeventargs#excel-excel-worksheetchangedeventargs-triggersource-member,
 *   learn.microsoft.com/javascript/api/excel/excel.eventtriggersource). Below 1.14 the property is absent: the
 *   harsher reading of a property a host without the set does not know. A person's change (in this session or a
 *   co-author's) says "Unknown"; onAdded, onDeleted and onNameChanged have no such property.
 * - The add-in's own range.insert and range.delete raise onChanged as a person's insertion or deletion does:
 *   RowInserted / RowDeleted for whole rows ("3:4"), CellInserted / CellDeleted with the direction (1.14) for
 *   cells (learn.microsoft.com/javascript/api/excel/excel.datachangetype).
 * - The worksheets collection also raises onAdded and onDeleted (ExcelApi 1.7; Excel.WorksheetAddedEventArgs
 *   and WorksheetDeletedEventArgs: source, type "WorksheetAdded" / "WorksheetDeleted", worksheetId —
 *   learn.microsoft.com/javascript/api/excel/excel.worksheetaddedeventargs, excel.worksheetdeletedeventargs)
 *   and onNameChanged (ExcelApi 1.17; Excel.WorksheetNameChangedEventArgs: nameBefore, nameAfter, source,
 *   type, worksheetId — learn.microsoft.com/javascript/api/excel/excel.worksheetnamechangedeventargs), for
 *   the add-in's own adds, deletes and renames (source Local) as for a person's.
 */
import type { SimContext } from "./context";
import type { SimModel } from "./model";

export type DataChangeType = "RangeEdited" | "RowInserted" | "RowDeleted" | "ColumnInserted" | "ColumnDeleted" | "CellInserted" | "CellDeleted";
export type EventSource = "Local" | "Remote";
export type EventTriggerSource = "ThisLocalAddin" | "Unknown";

export interface SimChangedEventArgs {
  readonly type: "WorksheetChanged";
  readonly address: string;
  readonly changeType: DataChangeType;
  readonly source: EventSource;
  readonly worksheetId: string;
  /**
   * ExcelApi 1.14: the direction the other cells shifted when cells were inserted or deleted; "insertShiftDirection
   * and deleteShiftDirection are exclusive" (https://learn.microsoft.com/javascript/api/excel/excel.changedirectionstate).
   */
  readonly changeDirectionState?: ChangeDirection;
  /** ExcelApi 1.14: "ThisLocalAddin" for the add-in's own changes, "Unknown" for the others; absent below 1.14. */
  readonly triggerSource?: EventTriggerSource;
}

export interface ChangeDirection {
  readonly insertShiftDirection?: "Down" | "Right";
  readonly deleteShiftDirection?: "Up" | "Left";
}

export interface SimWorksheetAddedEventArgs {
  readonly type: "WorksheetAdded";
  readonly source: EventSource;
  readonly worksheetId: string;
}

export interface SimWorksheetDeletedEventArgs {
  readonly type: "WorksheetDeleted";
  readonly source: EventSource;
  readonly worksheetId: string;
}

export interface SimWorksheetNameChangedEventArgs {
  readonly type: "WorksheetNameChanged";
  readonly source: EventSource;
  readonly worksheetId: string;
  readonly nameBefore: string;
  readonly nameAfter: string;
}

export type SimSheetEventArgs = SimWorksheetAddedEventArgs | SimWorksheetDeletedEventArgs | SimWorksheetNameChangedEventArgs;
export type SimEventArgs = SimChangedEventArgs | SimSheetEventArgs;

export type ChangedHandler = (args: SimChangedEventArgs) => Promise<unknown> | void;

interface Registration {
  readonly type: SimEventArgs["type"];
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each registration's handler takes its own type's args
  readonly handler: (args: any) => Promise<unknown> | void;
  /** null: every sheet (the worksheets collection's event). */
  readonly sheetId: string | null;
}

export class ChangeEvents {
  private readonly registrations = new Set<Registration>();
  /** Events raised while held: delivered by the function `hold` returned. */
  private held: SimEventArgs[] | null = null;

  get handlerCount(): number {
    return this.registrations.size;
  }

  register(registration: Registration): void {
    this.registrations.add(registration);
  }

  unregister(registration: Registration): void {
    this.registrations.delete(registration);
  }

  /** Keeps every event raised from now on until the returned function is called, which delivers them in their order. */
  hold(): () => void {
    this.held = this.held ?? [];
    return () => {
      const held = this.held ?? [];
      this.held = null;
      for (const args of held) this.raise(args);
    };
  }

  /** Delivers the event to the handlers of its type, of its sheet and of the collection, after the current task. */
  raise(args: SimEventArgs): void {
    if (this.held !== null) {
      this.held.push(args);
      return;
    }
    const targets = [...this.registrations].filter((registration) => registration.type === args.type && (registration.sheetId === null || registration.sheetId === args.worksheetId));
    for (const { handler } of targets) {
      void Promise.resolve().then(() => handler(args));
    }
  }
}

/** The EventHandlerResult of Office.js: `remove()` is queued and takes effect at the context's next sync. */
export class SimEventHandlerResult {
  constructor(
    readonly context: SimContext,
    private readonly registration: Registration,
  ) {}

  remove(): void {
    // Registrations are not workbook data: like a load, they need no undo copy.
    this.context.enqueue({ requestBytes: 40, readOnly: true, execute: (execution) => execution.events?.unregister(this.registration) });
  }
}

/** An event property: `onChanged` of a worksheet (its id resolved at sync) or of the worksheets collection, or the collection's onAdded, onDeleted, onNameChanged. */
export class SimEvent<A extends SimEventArgs> {
  constructor(
    private readonly context: SimContext,
    private readonly type: A["type"],
    private readonly sheetId: ((model: SimModel) => string) | null,
  ) {}

  add(handler: (args: A) => Promise<unknown> | void): SimEventHandlerResult {
    const registration: { type: A["type"]; handler: (args: A) => Promise<unknown> | void; sheetId: string | null } = { type: this.type, handler, sheetId: null };
    this.context.enqueue({
      requestBytes: 40,
      readOnly: true,
      execute: (execution) => {
        registration.sheetId = this.sheetId === null ? null : this.sheetId(execution.model);
        execution.events?.register(registration);
      },
    });
    return new SimEventHandlerResult(this.context, registration);
  }
}
