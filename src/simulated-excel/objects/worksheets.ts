/** Worksheets collection and worksheet. */
import { SimEvent, type SimChangedEventArgs, type SimWorksheetAddedEventArgs, type SimWorksheetDeletedEventArgs, type SimWorksheetNameChangedEventArgs } from "../events";
import type { SimContext } from "../context";
import type { SimModel, SimSheet } from "../model";
import { newSheet, sameName } from "../model";
import { SimError } from "../errors";
import { parseRect, splitSheet, MAX_COLUMN, MAX_ROWS } from "../addresses";
import { assertWritable, sheetById, sheetByKey, usedRect } from "../sheet-ops";
import { SimObject, type Loadable } from "./base";
import { SimCollection } from "./collection";
import { RangeAreasProxy, RangeProxy } from "./range";
import { ChartCollectionProxy } from "./charts";
import { CommentCollectionProxy } from "./comments";
import { NoteCollectionProxy } from "./notes";
import { CustomPropertyCollectionProxy, FreezePanesProxy, PageBreakCollectionProxy, PageLayoutProxy, ProtectionProxy } from "./sheet-parts";

const FORBIDDEN = /[:\\/?*[\]]/;

function checkName(model: SimModel, name: string, except: string | null): void {
  if (name.length === 0 || name.length > 31 || FORBIDDEN.test(name) || name.startsWith("'") || name.endsWith("'")) {
    throw new SimError("InvalidArgument", `The worksheet name '${name}' is not valid.`);
  }
  if (model.sheets.some((sheet) => sheet.id !== except && sameName(sheet.name, name))) {
    throw new SimError("ItemAlreadyExists", `A worksheet named '${name}' already exists.`);
  }
}

export function activeSheet(model: SimModel): SimSheet {
  const active = model.sheets.find((sheet) => sheet.id === model.activeSheetId);
  const sheet = active ?? model.sheets.find((candidate) => candidate.visibility === "Visible");
  if (!sheet) throw new SimError("ItemNotFound", "The workbook has no visible worksheet.");
  return sheet;
}

export class WorksheetProxy extends SimObject<string> {
  protected readonly typeName = "Worksheet";
  protected readonly scalarNames = ["id", "name", "visibility", "position", "tabColor", "showGridlines"];
  readonly customProperties: CustomPropertyCollectionProxy;
  readonly charts: ChartCollectionProxy;
  readonly freezePanes: FreezePanesProxy;
  readonly pageLayout: PageLayoutProxy;
  readonly onChanged: SimEvent<SimChangedEventArgs>;
  readonly horizontalPageBreaks: PageBreakCollectionProxy;
  readonly protection: ProtectionProxy;
  readonly comments: CommentCollectionProxy;
  readonly notes: NoteCollectionProxy;

  constructor(context: SimContext, resolver: (model: SimModel) => string | null, nullable = false) {
    super(context, resolver, nullable);
    // Every part of a sheet is a navigation: on a null sheet, what is queued on it fails the sync (base.ts).
    const sheet = (model: SimModel) => this.navigate(model);
    this.customProperties = new CustomPropertyCollectionProxy(context, sheet);
    this.charts = new ChartCollectionProxy(context, this);
    this.freezePanes = new FreezePanesProxy(context, sheet);
    this.pageLayout = new PageLayoutProxy(context, sheet);
    this.onChanged = new SimEvent(context, "WorksheetChanged", (model) => this.navigate(model));
    this.horizontalPageBreaks = new PageBreakCollectionProxy(context, sheet);
    this.protection = new ProtectionProxy(context, sheet);
    this.comments = new CommentCollectionProxy(context, (model) => this.navigate(model));
    this.notes = new NoteCollectionProxy(context, (model) => this.navigate(model));
  }

  get id(): string { return this.property("id"); }
  get name(): string { return this.property("name"); }
  set name(name: string) {
    this.queue(name, (id, model, execution) => {
      checkName(model, name, id);
      const sheet = sheetById(model, id);
      if (sheet.name !== name) execution.sheetEvent?.({ type: "WorksheetNameChanged", source: "Local", worksheetId: id, nameBefore: sheet.name, nameAfter: name });
      sheet.name = name;
    });
  }
  get visibility(): string { return this.property("visibility"); }
  set visibility(visibility: SimSheet["visibility"]) {
    this.queue(visibility, (id, model) => (sheetById(model, id).visibility = visibility));
  }
  get position(): number { return this.property("position"); }
  set position(position: number) {
    this.queue(position, (id, model) => {
      const sheet = sheetById(model, id);
      model.sheets.splice(model.sheets.indexOf(sheet), 1);
      model.sheets.splice(Math.max(0, Math.min(position, model.sheets.length)), 0, sheet);
    });
  }
  get tabColor(): string { return this.property("tabColor"); }
  set tabColor(color: string) {
    this.queue(color, (id, model) => (sheetById(model, id).tabColor = color));
  }
  get showGridlines(): boolean { return this.property("showGridlines"); }
  set showGridlines(show: boolean) {
    this.queue(show, (id, model) => (sheetById(model, id).showGridlines = show));
  }

  getRange(address?: string): RangeProxy {
    return new RangeProxy(
      this.context,
      (model) => {
        const id = this.navigate(model);
        const rect = address === undefined ? { top: 1, left: 1, bottom: MAX_ROWS, right: MAX_COLUMN } : parseRect(address);
        return { sheetId: id, ...rect };
      },
      true,
    );
  }

  /**
   * "A1:B2, D4:D9" (commas, spaces allowed; a sheet prefix must name this sheet). The call is a command
   * of its own, as in Office.js: its address travels in the request once, and a bad address fails the sync.
   */
  getRanges(address: string): RangeAreasProxy {
    const areas = new RangeAreasProxy(
      this.context,
      (model) => {
        const id = this.navigate(model);
        const sheet = sheetById(model, id);
        const rects = address.split(",").map((part) => {
          const { sheet: named, local } = splitSheet(part);
          if (named !== null && !sameName(named, sheet.name)) throw new SimError("InvalidArgument", `The address '${part.trim()}' is not on this worksheet.`);
          return parseRect(local);
        });
        return { sheetId: id, rects };
      },
      false,
    );
    this.context.enqueue({ requestBytes: 40 + address.length, execute: ({ model }) => void areas.resolve(model) });
    return areas;
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): RangeProxy {
    return new RangeProxy(
      this.context,
      (model) => {
        const id = this.navigate(model);
        return { sheetId: id, top: startRow + 1, left: startColumn + 1, bottom: startRow + rowCount, right: startColumn + columnCount };
      },
      true,
    );
  }

  getCell(row: number, column: number): RangeProxy {
    return this.getRangeByIndexes(row, column, 1, 1);
  }

  getUsedRange(valuesOnly = false): RangeProxy {
    return new RangeProxy(this.context, (model) => {
      const id = this.navigate(model);
      return { sheetId: id, ...(usedRect(sheetById(model, id), valuesOnly) ?? { top: 1, left: 1, bottom: 1, right: 1 }) };
    });
  }

  getUsedRangeOrNullObject(valuesOnly = false): RangeProxy {
    return new RangeProxy(
      this.context,
      (model) => {
        const id = this.navigate(model);
        const rect = usedRect(sheetById(model, id), valuesOnly);
        return rect === null ? null : { sheetId: id, ...rect };
      },
      true,
    );
  }

  /**
   * The sheet after this one, or a null object after the last
   * (https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-getnextornullobject-member(1)).
   * Asked of a null object (past the last sheet), the sync fails with GeneralException, as any call on a null
   * object does in the simulator (undocumented: the harsher reading, errors.ts nullObjectCall).
   */
  getNextOrNullObject(visibleOnly = false): WorksheetProxy {
    return new WorksheetProxy(
      this.context,
      (model) => {
        const id = this.navigate(model);
        const after = model.sheets.slice(model.sheets.indexOf(sheetById(model, id)) + 1);
        return after.find((sheet) => !visibleOnly || sheet.visibility === "Visible")?.id ?? null;
      },
      true,
    );
  }

  activate(): void {
    this.queue(null, (id, model) => {
      if (sheetById(model, id).visibility !== "Visible") throw new SimError("InvalidOperation", "A hidden worksheet cannot be activated.");
      model.activeSheetId = id;
    });
  }

  delete(): void {
    this.queue(null, (id, model, execution) => {
      const sheet = sheetById(model, id);
      const visible = model.sheets.filter((candidate) => candidate.visibility === "Visible");
      if (visible.length === 1 && visible[0] === sheet) throw new SimError("InvalidOperation", "The last visible worksheet cannot be deleted.");
      model.sheets.splice(model.sheets.indexOf(sheet), 1);
      execution.sheetEvent?.({ type: "WorksheetDeleted", source: "Local", worksheetId: id });
      if (model.activeSheetId === id) model.activeSheetId = null;
      if (model.selection?.sheetId === id) model.selection = null;
    });
  }

  protected fetch(name: string, id: string, model: SimModel): unknown {
    const sheet = sheetById(model, id);
    if (name === "position") return model.sheets.indexOf(sheet);
    return sheet[name as "id" | "name" | "visibility" | "tabColor" | "showGridlines"];
  }

  protected override navigation(name: string): Loadable | null {
    const parts: Record<string, Loadable> = { pageLayout: this.pageLayout, protection: this.protection, freezePanes: this.freezePanes };
    return parts[name] ?? null;
  }

  /** Used by proxies of this sheet that write. */
  writable(model: SimModel): SimSheet {
    const sheet = sheetById(model, this.navigate(model));
    assertWritable(sheet);
    return sheet;
  }
}

export class WorksheetCollectionProxy extends SimCollection<WorksheetProxy> {
  protected readonly typeName = "WorksheetCollection";
  readonly onChanged = new SimEvent<SimChangedEventArgs>(this.context, "WorksheetChanged", null);
  readonly onAdded = new SimEvent<SimWorksheetAddedEventArgs>(this.context, "WorksheetAdded", null);
  readonly onDeleted = new SimEvent<SimWorksheetDeletedEventArgs>(this.context, "WorksheetDeleted", null);
  readonly onNameChanged = new SimEvent<SimWorksheetNameChangedEventArgs>(this.context, "WorksheetNameChanged", null);

  protected list(model: SimModel): WorksheetProxy[] {
    return model.sheets.map((sheet) => {
      const proxy = new WorksheetProxy(this.context, () => sheet.id);
      proxy.bind(sheet.id);
      return proxy;
    });
  }

  getItem(key: string): WorksheetProxy {
    return new WorksheetProxy(this.context, (model) => {
      const sheet = sheetByKey(model, key);
      if (!sheet) throw new SimError("ItemNotFound", `The worksheet '${key}' does not exist.`);
      return sheet.id;
    });
  }

  getItemOrNullObject(key: string): WorksheetProxy {
    return new WorksheetProxy(this.context, (model) => sheetByKey(model, key)?.id ?? null, true);
  }

  /** The first sheet (https://learn.microsoft.com/javascript/api/excel/excel.worksheetcollection#excel-excel-worksheetcollection-getfirst-member(1)). */
  getFirst(visibleOnly = false): WorksheetProxy {
    return new WorksheetProxy(this.context, (model) => {
      const first = model.sheets.find((sheet) => !visibleOnly || sheet.visibility === "Visible");
      if (!first) throw new SimError("ItemNotFound", "The workbook has no worksheet.");
      return first.id;
    });
  }

  getActiveWorksheet(): WorksheetProxy {
    return new WorksheetProxy(this.context, (model) => activeSheet(model).id);
  }

  add(name?: string): WorksheetProxy {
    const proxy: WorksheetProxy = new WorksheetProxy(this.context, () => {
      throw new SimError("InvalidOperation", "The worksheet was not added.");
    });
    this.context.enqueue({
      requestBytes: 40 + (name?.length ?? 0),
      execute: ({ model, sheetEvent }) => {
        const chosen = name ?? nextDefaultName(model);
        checkName(model, chosen, null);
        const sheet = newSheet(model, chosen);
        sheetEvent?.({ type: "WorksheetAdded", source: "Local", worksheetId: sheet.id });
        proxy.bind(sheet.id);
      },
    });
    return proxy;
  }
}

function nextDefaultName(model: SimModel): string {
  for (let n = 1; ; n++) {
    const name = `Feuil${n}`;
    if (!model.sheets.some((sheet) => sameName(sheet.name, name))) return name;
  }
}
