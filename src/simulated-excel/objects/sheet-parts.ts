/** Parts of a worksheet: custom properties (ExcelApi 1.12), freeze panes, page layout, protection. */
import type { SimContext } from "../context";
import type { SimModel, SimSheet } from "../model";
import { SimError } from "../errors";
import { parseRect } from "../addresses";
import { assertWritable, sheetById } from "../sheet-ops";
import { SimObject } from "./base";
import { SimCollection } from "./collection";
import { isDocumentedZoom } from "../host-behaviour";

/** The sheet, resolved by WorksheetProxy.navigate: it fails the sync on a null sheet rather than return null. */
type SheetResolver = (model: SimModel) => string;

function writableSheet(model: SimModel, id: string): SimSheet {
  const sheet = sheetById(model, id);
  assertWritable(sheet);
  return sheet;
}

function findProperty(sheet: SimSheet, key: string): { key: string; value: string } | undefined {
  return sheet.customProperties.find((property) => property.key.toLowerCase() === key.toLowerCase());
}

export class CustomPropertyProxy extends SimObject<{ sheetId: string; key: string }> {
  protected readonly typeName = "WorksheetCustomProperty";
  protected readonly scalarNames = ["key", "value"];

  get key(): string { return this.property("key"); }
  get value(): string { return this.property("value"); }
  set value(value: string) {
    this.queue(value, ({ sheetId, key }, model) => {
      const property = findProperty(sheetById(model, sheetId), key);
      if (property) property.value = value;
    });
  }

  delete(): void {
    this.queue(null, ({ sheetId, key }, model) => {
      const sheet = sheetById(model, sheetId);
      sheet.customProperties = sheet.customProperties.filter((property) => property.key.toLowerCase() !== key.toLowerCase());
    });
  }

  protected fetch(name: string, { sheetId, key }: { sheetId: string; key: string }, model: SimModel): unknown {
    const property = findProperty(sheetById(model, sheetId), key);
    return name === "key" ? property?.key : property?.value;
  }
}

export class CustomPropertyCollectionProxy extends SimCollection<CustomPropertyProxy> {
  protected readonly typeName = "WorksheetCustomPropertyCollection";

  constructor(context: SimContext, private readonly sheet: SheetResolver) {
    super(context);
  }

  protected list(model: SimModel): CustomPropertyProxy[] {
    const sheetId = this.sheet(model);
    return sheetById(model, sheetId).customProperties.map((property) => {
      const proxy = new CustomPropertyProxy(this.context, () => ({ sheetId, key: property.key }));
      proxy.bind({ sheetId, key: property.key });
      return proxy;
    });
  }

  /** Adds or overwrites (keys are case-insensitive). */
  add(key: string, value: string): CustomPropertyProxy {
    this.context.enqueue({
      requestBytes: 40 + key.length + value.length,
      execute: ({ model }) => {
        const sheetId = this.sheet(model);
        if (key.length > 255) throw new SimError("InvalidArgument", "The custom property key is too long.");
        const sheet = sheetById(model, sheetId);
        const existing = findProperty(sheet, key);
        if (existing) existing.value = value;
        else sheet.customProperties.push({ key, value });
      },
    });
    return this.getItem(key);
  }

  getItem(key: string): CustomPropertyProxy {
    return new CustomPropertyProxy(this.context, (model) => {
      const sheetId = this.sheet(model);
      if (!findProperty(sheetById(model, sheetId), key)) throw new SimError("ItemNotFound", `No custom property '${key}'.`);
      return { sheetId, key };
    });
  }

  getItemOrNullObject(key: string): CustomPropertyProxy {
    return new CustomPropertyProxy(
      this.context,
      (model) => {
        const sheetId = this.sheet(model);
        return findProperty(sheetById(model, sheetId), key) ? { sheetId, key } : null;
      },
      true,
    );
  }
}

export class FreezePanesProxy extends SimObject<string> {
  protected readonly typeName = "WorksheetFreezePanes";
  protected readonly scalarNames = [];

  constructor(context: SimContext, sheet: SheetResolver) {
    super(context, sheet, true);
  }

  freezeRows(count: number): void {
    this.queue(count, (id, model) => (writableSheet(model, id).freeze = { rows: count, columns: 0 }));
  }

  freezeColumns(count: number): void {
    this.queue(count, (id, model) => (writableSheet(model, id).freeze = { rows: 0, columns: count }));
  }

  /** The given range is the top-left frozen block; only a string address is modelled. */
  freezeAt(frozen: string): void {
    this.queue(frozen, (id, model) => {
      const rect = parseRect(frozen);
      writableSheet(model, id).freeze = { rows: rect.bottom, columns: rect.right };
    });
  }

  unfreeze(): void {
    this.queue(null, (id, model) => (writableSheet(model, id).freeze = { rows: 0, columns: 0 }));
  }

  protected fetch(): unknown {
    return null;
  }
}

export class PageLayoutProxy extends SimObject<string> {
  protected readonly typeName = "PageLayout";
  protected readonly scalarNames = ["orientation", "paperSize", "zoom", "centerHorizontally"];

  constructor(context: SimContext, sheet: SheetResolver) {
    super(context, sheet, true);
  }

  get orientation(): string { return this.property("orientation"); }
  set orientation(value: string) {
    this.queue(value, (id, model) => (writableSheet(model, id).pageLayout.orientation = value));
  }
  get paperSize(): string { return this.property("paperSize"); }
  set paperSize(value: string) {
    this.queue(value, (id, model) => (writableSheet(model, id).pageLayout.paperSize = value));
  }
  get zoom(): SimSheet["pageLayout"]["zoom"] { return this.property("zoom"); }
  set zoom(value: SimSheet["pageLayout"]["zoom"]) {
    this.queue(value, (id, model, { behaviour }) => {
      const refuse = behaviour?.refusePrintZoom ?? "never";
      if (refuse === "any" || (refuse === "undocumented" && !isDocumentedZoom(value))) {
        throw new SimError("InvalidArgument", "The argument is invalid or missing or has an incorrect format.");
      }
      writableSheet(model, id).pageLayout.zoom = { ...value };
    });
  }

  /** ExcelApi 1.9, a boolean (https://learn.microsoft.com/javascript/api/excel/excel.pagelayout#excel-excel-pagelayout-centerhorizontally-member). */
  get centerHorizontally(): boolean { return this.property<boolean>("centerHorizontally"); }
  set centerHorizontally(value: boolean) {
    this.queue(value, (id, model) => (writableSheet(model, id).pageLayout.centerHorizontally = value));
  }

  setPrintTitleRows(rows: string): void {
    this.queue(rows, (id, model) => {
      parseRect(rows);
      writableSheet(model, id).pageLayout.printTitleRows = rows;
    });
  }

  protected fetch(name: string, id: string, model: SimModel): unknown {
    return sheetById(model, id).pageLayout[name as "orientation" | "paperSize" | "zoom" | "centerHorizontally"];
  }
}

/** worksheet.horizontalPageBreaks (ExcelApi 1.9): only add() is modelled, by string address. */
export class PageBreakCollectionProxy extends SimObject<string> {
  protected readonly typeName = "PageBreakCollection";
  protected readonly scalarNames = [];

  constructor(context: SimContext, sheet: SheetResolver) {
    super(context, sheet, true);
  }

  add(pageBreakRange: string): void {
    this.queue(pageBreakRange, (id, model) => {
      const { top } = parseRect(pageBreakRange);
      const breaks = writableSheet(model, id).pageLayout.rowBreaks;
      if (!breaks.includes(top)) breaks.push(top);
    });
  }

  protected fetch(): unknown {
    return null;
  }
}

export class ProtectionProxy extends SimObject<string> {
  protected readonly typeName = "WorksheetProtection";
  protected readonly scalarNames = ["protected"];

  constructor(context: SimContext, sheet: SheetResolver) {
    super(context, sheet, true);
  }

  get protected(): boolean { return this.property("protected"); }

  protect(): void {
    this.queue(null, (id, model) => (sheetById(model, id).protected = true));
  }

  unprotect(): void {
    this.queue(null, (id, model) => (sheetById(model, id).protected = false));
  }

  protected fetch(_name: string, id: string, model: SimModel): unknown {
    return sheetById(model, id).protected;
  }
}
