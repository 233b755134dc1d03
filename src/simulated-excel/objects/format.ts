/**
 * Range format: column width and row height (points), alignment, wrap, fill, font and borders. The same
 * proxies serve a Range (one area) and a RangeAreas (several areas of one sheet): a write applies to
 * every area, a border index to each area on its own (as Excel does for a multiple selection), and a
 * read answers one value only when every cell of every area agrees.
 */
import type { SimContext } from "../context";
import type { SimBorder, SimFormat, SimModel, SimRangeRef, SimSheet } from "../model";
import { cellForWrite } from "../model";
import { assertWritable, mapRect, readCell, sheetById } from "../sheet-ops";
import { SimObject, type Loadable } from "./base";

export const DEFAULT_COLUMN_WIDTH = 48;
export const DEFAULT_ROW_HEIGHT = 15;

/** The areas a format applies to: one for a Range, several (all on one sheet) for a RangeAreas. */
export type Areas = readonly SimRangeRef[];
type AreasResolver = (model: SimModel) => Areas | null;

function writable(model: SimModel, ref: SimRangeRef): SimSheet {
  const sheet = sheetById(model, ref.sheetId);
  assertWritable(sheet);
  return sheet;
}

/** One value for all the areas, or null when their cells differ (as Excel answers). */
function uniform(model: SimModel, areas: Areas, read: (format: SimFormat) => unknown): unknown {
  const values = new Set<string>();
  for (const ref of areas) {
    const sheet = sheetById(model, ref.sheetId);
    for (const line of mapRect(ref, (row, column) => JSON.stringify(read(readCell(sheet, row, column).format)))) for (const value of line) values.add(value);
  }
  return values.size === 1 ? JSON.parse([...values][0]) : null;
}

/** Every area is checked writable before any is changed: a protected sheet rejects the whole command. */
function editFormats(model: SimModel, areas: Areas, edit: (format: SimFormat) => void): void {
  const sheets = areas.map((ref) => writable(model, ref));
  areas.forEach((ref, index) => mapRect(ref, (row, column) => edit(cellForWrite(sheets[index], row, column).format)));
}

export class RangeFillProxy extends SimObject<Areas> {
  protected readonly typeName = "RangeFill";
  protected readonly scalarNames = ["color", "pattern"];

  constructor(context: SimContext, ref: AreasResolver) {
    super(context, ref, true);
  }

  /** "#FFFFFF" when there is no fill, as Excel reports it: not enough to restore a cell exactly. */
  get color(): string { return this.property("color"); }
  set color(color: string) {
    this.queue(color, (areas, model) => editFormats(model, areas, (format) => (format.fill = { pattern: "Solid", color: color.toUpperCase() })));
  }
  get pattern(): string { return this.property("pattern"); }

  clear(): void {
    this.queue(null, (areas, model) => editFormats(model, areas, (format) => (format.fill = { pattern: "None", color: "#FFFFFF" })));
  }

  protected fetch(name: string, areas: Areas, model: SimModel): unknown {
    return uniform(model, areas, (format) => (name === "color" ? format.fill.color : format.fill.pattern));
  }
}

type FontKey = keyof SimFormat["font"];

export class RangeFontProxy extends SimObject<Areas> {
  protected readonly typeName = "RangeFont";
  protected readonly scalarNames: readonly FontKey[] = ["name", "size", "color", "bold", "italic", "underline"];

  constructor(context: SimContext, ref: AreasResolver) {
    super(context, ref, true);
  }

  get bold(): boolean { return this.property("bold"); }
  set bold(value: boolean) { this.set("bold", value); }
  get italic(): boolean { return this.property("italic"); }
  set italic(value: boolean) { this.set("italic", value); }
  get color(): string { return this.property("color"); }
  set color(value: string) { this.set("color", value.toUpperCase()); }
  get size(): number { return this.property("size"); }
  set size(value: number) { this.set("size", value); }
  get name(): string { return this.property("name"); }
  set name(value: string) { this.set("name", value); }
  get underline(): string { return this.property("underline"); }
  set underline(value: string) { this.set("underline", value); }

  private set<K extends FontKey>(key: K, value: SimFormat["font"][K]): void {
    this.queue(value, (areas, model) => editFormats(model, areas, (format) => (format.font[key] = value)));
  }

  protected fetch(name: string, areas: Areas, model: SimModel): unknown {
    return uniform(model, areas, (format) => format.font[name as FontKey]);
  }
}

type BorderIndex = "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "InsideHorizontal" | "InsideVertical";
type Side = "top" | "bottom" | "left" | "right";

/** The cell sides a border index reaches in a range (an inside border is both sides of each inner line). */
function sidesOf(index: BorderIndex, ref: SimRangeRef, row: number, column: number): Side[] {
  switch (index) {
    case "EdgeTop": return row === ref.top ? ["top"] : [];
    case "EdgeBottom": return row === ref.bottom ? ["bottom"] : [];
    case "EdgeLeft": return column === ref.left ? ["left"] : [];
    case "EdgeRight": return column === ref.right ? ["right"] : [];
    case "InsideHorizontal": return [...(row > ref.top ? ["top" as const] : []), ...(row < ref.bottom ? ["bottom" as const] : [])];
    case "InsideVertical": return [...(column > ref.left ? ["left" as const] : []), ...(column < ref.right ? ["right" as const] : [])];
  }
}

export class RangeBorderProxy {
  constructor(
    private readonly context: SimContext,
    private readonly ref: AreasResolver,
    private readonly index: BorderIndex,
  ) {}

  set style(style: string) { this.edit({ style }); }
  set color(color: string) { this.edit({ color: color.toUpperCase() }); }
  set weight(weight: string) { this.edit({ weight }); }

  private edit(change: Partial<SimBorder>): void {
    this.context.enqueue({
      requestBytes: 60,
      execute: ({ model }) => {
        const areas = this.ref(model);
        if (areas === null) return;
        const sheets = areas.map((ref) => writable(model, ref));
        areas.forEach((ref, index) => mapRect(ref, (row, column) => {
          const format = cellForWrite(sheets[index], row, column).format;
          for (const side of sidesOf(this.index, ref, row, column)) {
            format.borders[side] = { ...(format.borders[side] ?? { style: "None", color: "#000000" }), ...change };
          }
        }));
      },
    });
  }
}

export class RangeFormatProxy extends SimObject<Areas> {
  protected readonly typeName = "RangeFormat";
  protected readonly scalarNames = ["columnWidth", "rowHeight", "wrapText", "horizontalAlignment", "verticalAlignment"];
  readonly fill: RangeFillProxy;
  readonly font: RangeFontProxy;
  readonly borders: { getItem(index: BorderIndex): RangeBorderProxy };

  constructor(context: SimContext, ref: AreasResolver) {
    super(context, ref, true);
    this.fill = new RangeFillProxy(context, ref);
    this.font = new RangeFontProxy(context, ref);
    this.borders = { getItem: (index) => new RangeBorderProxy(context, ref, index) };
  }

  get columnWidth(): number { return this.property("columnWidth"); }
  set columnWidth(points: number) {
    this.queue(points, (areas, model) => {
      const sheets = areas.map((ref) => writable(model, ref));
      areas.forEach((ref, index) => {
        for (let column = ref.left; column <= ref.right; column++) sheets[index].columnWidths.set(column, points);
      });
    });
  }
  get rowHeight(): number { return this.property("rowHeight"); }
  set rowHeight(points: number) {
    this.queue(points, (areas, model) => {
      const sheets = areas.map((ref) => writable(model, ref));
      areas.forEach((ref, index) => {
        for (let row = ref.top; row <= ref.bottom; row++) sheets[index].rowHeights.set(row, points);
      });
    });
  }
  get wrapText(): boolean { return this.property("wrapText"); }
  set wrapText(value: boolean) {
    this.queue(value, (areas, model) => editFormats(model, areas, (format) => (format.wrapText = value)));
  }
  get horizontalAlignment(): string { return this.property("horizontalAlignment"); }
  set horizontalAlignment(value: string) {
    this.queue(value, (areas, model) => editFormats(model, areas, (format) => (format.horizontalAlignment = value)));
  }
  get verticalAlignment(): string { return this.property("verticalAlignment"); }
  set verticalAlignment(value: string) {
    this.queue(value, (areas, model) => editFormats(model, areas, (format) => (format.verticalAlignment = value)));
  }

  /** Width and height are those of the first area's first column and row. */
  protected fetch(name: string, areas: Areas, model: SimModel): unknown {
    const sheet = sheetById(model, areas[0].sheetId);
    if (name === "columnWidth") return sheet.columnWidths.get(areas[0].left) ?? DEFAULT_COLUMN_WIDTH;
    if (name === "rowHeight") return sheet.rowHeights.get(areas[0].top) ?? DEFAULT_ROW_HEIGHT;
    return uniform(model, areas, (format) => format[name as "wrapText" | "horizontalAlignment" | "verticalAlignment"]);
  }

  protected override navigation(name: string): Loadable | null {
    if (name === "fill") return this.fill;
    if (name === "font") return this.font;
    return null;
  }
}
