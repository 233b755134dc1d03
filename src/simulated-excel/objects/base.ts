/**
 * What every simulated proxy shares with Office.js: properties are readable only once loaded and synced
 * (else PropertyNotLoaded), writes are queued, and a proxy is bound to its object when its first queued
 * command runs (a worksheet fetched by name stays the same sheet after a rename).
 */
import type { Execution, SimContext } from "../context";
import { jsonBytes } from "../json-bytes";
import type { SimModel } from "../model";
import { SimError, nullObjectCall, propertyNotLoaded } from "../errors";

export type LoadSpec = string | string[] | { select?: string; expand?: string };

export function loadPaths(spec: LoadSpec | undefined): string[] | null {
  if (spec === undefined) return null;
  const raw = typeof spec === "string" ? spec.split(",") : Array.isArray(spec) ? spec : [spec.select ?? "", spec.expand ?? ""].join(",").split(",");
  const paths = raw.map((path) => path.trim()).filter((path) => path !== "");
  return paths.length > 0 ? paths : null;
}

/** True at sync time when an object a load went through is a null object: the load then brings nothing back. */
export type Absent = (model: SimModel) => boolean;

const NEVER_ABSENT: Absent = () => false;

/**
 * What a load path can go through (`load("areas/items/rowIndex")`): loaded as part of its parent's load, so
 * on a null parent it brings nothing back rather than fail, as loading a null object's properties does.
 */
export interface Loadable {
  loadGuarded(spec: LoadSpec | undefined, absent: Absent): void;
}

export abstract class SimObject<T> {
  protected abstract readonly typeName: string;
  /** The scalar properties a load can bring back. */
  protected abstract readonly scalarNames: readonly string[];
  private readonly loaded = new Map<string, unknown>();
  private bound: T | null | undefined;

  constructor(
    readonly context: SimContext,
    private readonly resolver: (model: SimModel) => T | null,
    private readonly nullable = false,
  ) {}

  /** The value of a loaded property. */
  protected property<V>(name: string): V {
    if (!this.loaded.has(name)) throw propertyNotLoaded(name, this.typeName);
    return this.loaded.get(name) as V;
  }

  protected abstract fetch(name: string, target: T, model: SimModel): unknown;

  protected navigation(_name: string): Loadable | null {
    return null;
  }

  get isNullObject(): boolean {
    return this.property<boolean>("isNullObject");
  }

  /** Runs at sync time, in queue order. */
  resolve(model: SimModel): T | null {
    if (this.bound === undefined) this.bound = this.resolver(model);
    if (this.bound === null && !this.nullable) throw new SimError("ItemNotFound", `The requested ${this.typeName} does not exist.`);
    return this.bound;
  }

  /**
   * The object for a method call, a property set or a navigation queued on this proxy: a null object fails
   * the sync (errors.ts, nullObjectCall: undocumented, the harsher reading). Loads use resolve.
   */
  navigate(model: SimModel): T {
    const target = this.resolve(model);
    if (target === null) throw nullObjectCall(this.typeName);
    return target;
  }

  /** Binds a proxy to an object created by a queued command (worksheets.add). */
  bind(target: T): void {
    this.bound = target;
  }

  load(spec?: LoadSpec): this {
    this.loadGuarded(spec, NEVER_ABSENT);
    return this;
  }

  loadGuarded(spec: LoadSpec | undefined, absent: Absent): void {
    const paths = loadPaths(spec) ?? [...this.scalarNames];
    const scalars: string[] = [];
    const through = new Map<string, string[]>();
    for (const path of paths) {
      const [head, ...rest] = path.split("/");
      if (this.scalarNames.includes(head)) {
        scalars.push(head);
        continue;
      }
      if (!this.navigation(head)) throw new SimError("InvalidArgument", `${this.typeName} has no property '${head}' to load.`);
      through.set(head, [...(through.get(head) ?? []), ...(rest.length > 0 ? [rest.join("/")] : [])]);
    }
    const here: Absent = (model) => absent(model) || this.resolve(model) === null;
    for (const [head, rest] of through) (this.navigation(head) as Loadable).loadGuarded(rest.length > 0 ? rest : undefined, here);
    this.queueLoad(scalars, absent);
  }

  protected queueLoad(names: readonly string[], absent: Absent = NEVER_ABSENT): void {
    this.context.enqueue({
      requestBytes: jsonBytes(names),
      readOnly: true,
      execute: (execution: Execution) => {
        if (absent(execution.model)) return;
        const target = this.resolve(execution.model);
        const values = names.map((name) => [name, target === null ? null : this.fetch(name, target, execution.model)] as const);
        execution.stage(() => {
          for (const [name, value] of values) this.loaded.set(name, value);
          this.loaded.set("isNullObject", target === null);
        }, jsonBytes(Object.fromEntries(values)));
      },
    });
  }

  /** Queues a command on the object; on a null object it fails the sync (navigate). */
  protected queue(payload: unknown, apply: (target: T, model: SimModel, execution: Execution) => void): void {
    this.context.enqueue({
      requestBytes: 40 + jsonBytes(payload),
      execute: (execution: Execution) => apply(this.navigate(execution.model), execution.model, execution),
    });
  }

  /** Used by collections: fills an item with what the collection's load returned. */
  absorb(values: Readonly<Record<string, unknown>>): void {
    for (const [name, value] of Object.entries(values)) this.loaded.set(name, value);
    this.loaded.set("isNullObject", false);
  }

  /** Used by collections: the scalars of a resolved item, at sync time. */
  readScalars(names: readonly string[] | null, model: SimModel): Record<string, unknown> {
    const target = this.resolve(model) as T;
    const wanted = names ?? this.scalarNames;
    return Object.fromEntries(wanted.map((name) => [name, this.fetch(name, target, model)]));
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loaded);
  }
}

/** The result of a method returning a value (getCellProperties): readable after the sync. */
export class SimClientResult<V> {
  private hasValue = false;
  private content: V | undefined;

  get value(): V {
    if (!this.hasValue) throw propertyNotLoaded("value", "ClientResult");
    return this.content as V;
  }

  set(value: V): void {
    this.content = value;
    this.hasValue = true;
  }
}
