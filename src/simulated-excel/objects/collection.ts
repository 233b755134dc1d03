/** A collection proxy: `load("items/name")` (or `load("name")`) fills `items`, each item loaded too. */
import type { Execution, SimContext } from "../context";
import { jsonBytes } from "../json-bytes";
import type { SimModel } from "../model";
import { propertyNotLoaded } from "../errors";
import type { Absent, LoadSpec } from "./base";
import { loadPaths, SimObject } from "./base";

export abstract class SimCollection<Item extends SimObject<unknown>> {
  protected abstract readonly typeName: string;
  private loadedItems: Item[] | null = null;

  constructor(readonly context: SimContext) {}

  /** The items as they are at sync time, each bound to its object. */
  protected abstract list(model: SimModel): Item[];

  get items(): Item[] {
    if (this.loadedItems === null) throw propertyNotLoaded("items", this.typeName);
    return this.loadedItems;
  }

  load(spec?: LoadSpec): this {
    this.loadGuarded(spec, () => false);
    return this;
  }

  /** A load through a parent's load path: nothing comes back when the parent is a null object (base.ts). */
  loadGuarded(spec: LoadSpec | undefined, absent: Absent): void {
    const paths = loadPaths(spec);
    const names = paths === null ? null : paths.map((path) => path.replace(/^items\//, "")).filter((path) => path !== "items");
    this.context.enqueue({
      requestBytes: jsonBytes(paths),
      readOnly: true,
      execute: (execution: Execution) => {
        if (absent(execution.model)) return;
        const items = this.list(execution.model);
        const values = items.map((item) => item.readScalars(names && names.length > 0 ? names : null, execution.model));
        execution.stage(() => {
          items.forEach((item, index) => item.absorb(values[index]));
          this.loadedItems = items;
        }, jsonBytes(values));
      },
    });
  }

  toJSON(): { items: Record<string, unknown>[] } {
    return { items: (this.loadedItems ?? []).map((item) => item.toJSON()) };
  }
}
