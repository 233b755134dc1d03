/** Workbook and workbook.settings. */
import type { SimContext } from "../context";
import type { SimModel } from "../model";
import { SimError } from "../errors";
import { SimObject, type Loadable } from "./base";
import { WorksheetCollectionProxy } from "./worksheets";
import { CommentCollectionProxy } from "./comments";
import { NoteCollectionProxy } from "./notes";
import { FunctionsProxy } from "./functions";

export class SettingProxy extends SimObject<string> {
  protected readonly typeName = "Setting";
  protected readonly scalarNames = ["key", "value"];

  get key(): string {
    return this.property("key");
  }

  get value(): unknown {
    return this.property("value");
  }

  set value(value: unknown) {
    this.queue(value, (key, model) => model.settings.set(key, JSON.parse(JSON.stringify(value))));
  }

  delete(): void {
    this.queue(null, (key, model) => model.settings.delete(key));
  }

  protected fetch(name: string, key: string, model: SimModel): unknown {
    return name === "key" ? key : model.settings.get(key);
  }
}

export class SettingCollectionProxy extends SimObject<true> {
  protected readonly typeName = "SettingCollection";
  protected readonly scalarNames = [];

  constructor(context: SimContext) {
    super(context, () => true);
  }

  add(key: string, value: unknown): SettingProxy {
    this.queue({ key, value }, (_, model) => model.settings.set(key, JSON.parse(JSON.stringify(value))));
    return new SettingProxy(this.context, () => key);
  }

  getItem(key: string): SettingProxy {
    return new SettingProxy(this.context, (model) => {
      if (!model.settings.has(key)) throw new SimError("ItemNotFound", `The setting '${key}' does not exist.`);
      return key;
    });
  }

  getItemOrNullObject(key: string): SettingProxy {
    return new SettingProxy(this.context, (model) => (model.settings.has(key) ? key : null), true);
  }

  protected fetch(): unknown {
    return null;
  }
}

export class WorkbookProxy extends SimObject<true> {
  protected readonly typeName = "Workbook";
  protected readonly scalarNames = ["name"];
  readonly worksheets: WorksheetCollectionProxy;
  readonly settings: SettingCollectionProxy;
  /** Every sheet's threaded comments (ExcelApi 1.10). */
  readonly comments: CommentCollectionProxy;
  /** Every sheet's notes (ExcelApi 1.18). */
  readonly notes: NoteCollectionProxy;
  /** Worksheet functions (ExcelApi 1.2): DATE only (functions.ts). */
  readonly functions: FunctionsProxy;

  constructor(context: SimContext) {
    super(context, () => true);
    this.worksheets = new WorksheetCollectionProxy(context);
    this.settings = new SettingCollectionProxy(context);
    this.comments = new CommentCollectionProxy(context, () => null);
    this.notes = new NoteCollectionProxy(context, () => null);
    this.functions = new FunctionsProxy(context);
  }

  get name(): string {
    return this.property("name");
  }

  protected fetch(_name: string, _target: true, model: SimModel): unknown {
    return model.name;
  }

  protected override navigation(name: string): Loadable | null {
    return name === "worksheets" ? (this.worksheets) : null;
  }
}
