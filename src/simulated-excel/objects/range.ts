/** Range and RangeAreas (merged areas, or the areas of worksheet.getRanges). */
import type { SimContext } from "../context";
import type { SimCell, SimHyperlink, SimModel, SimRangeRef, SimSheet } from "../model";
import { cellForWrite, cellKey, defaultFormat } from "../model";
import type { ChangeDirection, DataChangeType } from "../events";
import { SimError } from "../errors";
import type { Rect } from "../addresses";
import { columnCount, intersects, MAX_COLUMN, quoteSheet, rectA1, rowCount } from "../addresses";
import { assertShape, assertWritable, cellText, mapRect, readCell, sheetById, shiftRowsDown, shiftRowsUp } from "../sheet-ops";
import { DataValidationProxy } from "./data-validation";
import { interpretWrite } from "../write-value";
import { isExcelError } from "../../domain/snapshot";
import { SimClientResult, SimObject, type Loadable } from "./base";
import { SimCollection } from "./collection";
import { RangeFormatProxy } from "./format";
import { applyCellProperties, cellProperties, type CellPropertiesSpec } from "./cell-properties";
import { formulaAreas } from "./special-cells";

/**
 * "Range.values" past 5,000,000 cells: `RangeExceedsLimit`, "The cell count in the range has exceeded the
 * maximum supported number" (Excel.ErrorCodes, https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-error-handling;
 * limit in https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins).
 * Taken on every platform (the harsher reading).
 */
export const MAX_CELLS_READ = 5_000_000;
/**
 * getMergedAreasOrNullObject "will fail" when the range holds more than 512 merged areas
 * (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getmergedareasornullobject-member(1)).
 * The code is not documented: the simulator gives GeneralException, one the adapter has no special case for.
 */
export const MAX_MERGED_AREAS = 512;

function excelValue(cell: SimCell): unknown {
  if (cell.value === null) return "";
  return isExcelError(cell.value) ? cell.value.error : cell.value;
}

function valueType(cell: SimCell): string {
  if (cell.value === null) return "Empty";
  if (isExcelError(cell.value)) return "Error";
  // Excel.RangeValueType also has Integer, RichValue and Unknown
  // (https://learn.microsoft.com/javascript/api/excel/excel.rangevaluetype): a whole number comes back as Integer.
  if (typeof cell.value === "number") return Number.isInteger(cell.value) ? "Integer" : "Double";
  if (typeof cell.value === "boolean") return "Boolean";
  return "String";
}

export function referenceAddress(sheet: SimSheet, rect: Rect): string {
  return `${quoteSheet(sheet.name)}!${rectA1(rect)}`;
}

export class RangeProxy extends SimObject<SimRangeRef> {
  protected readonly typeName = "Range";
  protected readonly scalarNames = [
    "address", "rowCount", "columnCount", "rowIndex", "columnIndex", "cellCount",
    "values", "text", "numberFormat", "formulas", "valueTypes", "hyperlink",
  ];
  readonly format: RangeFormatProxy;
  readonly dataValidation: DataValidationProxy;

  constructor(context: SimContext, resolver: (model: SimModel) => SimRangeRef | null, nullable = false) {
    super(context, resolver, nullable);
    // Navigations: on a null range, what is queued on them fails the sync (base.ts navigate).
    this.dataValidation = new DataValidationProxy(context, (model) => this.navigate(model));
    this.format = new RangeFormatProxy(context, (model) => [this.navigate(model)]);
  }

  get address(): string { return this.property("address"); }
  get rowCount(): number { return this.property("rowCount"); }
  get columnCount(): number { return this.property("columnCount"); }
  get rowIndex(): number { return this.property("rowIndex"); }
  get columnIndex(): number { return this.property("columnIndex"); }
  get cellCount(): number { return this.property("cellCount"); }
  get values(): unknown[][] { return this.property("values"); }
  set values(values: unknown[][]) { this.write("values", values); }
  get formulas(): unknown[][] { return this.property("formulas"); }
  set formulas(formulas: unknown[][]) { this.write("formulas", formulas); }
  get text(): string[][] { return this.property("text"); }
  get valueTypes(): string[][] { return this.property("valueTypes"); }
  get numberFormat(): unknown[][] { return this.property("numberFormat"); }
  set numberFormat(formats: unknown[][]) {
    this.queue(formats, (ref, model) => {
      const sheet = writable(model, ref);
      const input = assertShape(ref, formats, "numberFormat");
      mapRect(ref, (row, column) => {
        const format = input[row - ref.top][column - ref.left];
        // As in Excel, null in a 2-D input leaves that cell's number format as it is.
        if (format === null) return;
        const cell = cellForWrite(sheet, row, column);
        cell.numberFormat = String(format);
        cell.seededText = null;
      });
    });
  }
  get hyperlink(): SimHyperlink | null { return this.property("hyperlink"); }
  set hyperlink(link: SimHyperlink | null) {
    this.queue(link, (ref, model) => {
      const sheet = writable(model, ref);
      mapRect(ref, (row, column) => {
        const cell = cellForWrite(sheet, row, column);
        cell.hyperlink = link ? { ...link } : null;
        if (link?.textToDisplay !== undefined) {
          cell.value = link.textToDisplay;
          cell.formula = null;
          cell.seededText = null;
        }
      });
    });
  }

  private write(property: string, input: unknown[][]): void {
    this.queue(input, (ref, model, execution) => {
      const sheet = writable(model, ref);
      const rows = assertShape(ref, input, property);
      execution.changed?.(ref.sheetId, rectA1(ref));
      mapRect(ref, (row, column) => {
        const cell = cellForWrite(sheet, row, column);
        const written = interpretWrite(rows[row - ref.top][column - ref.left], cell.numberFormat, execution.behaviour?.textFormatKeepsText ?? true);
        if (written === "unchanged") return;
        cell.value = written.value;
        cell.formula = written.formula;
        if (written.numberFormat) cell.numberFormat = written.numberFormat;
        cell.seededText = null;
      });
    });
  }

  getCell(row: number, column: number): RangeProxy {
    return new RangeProxy(this.context, (model) => {
      const ref = this.navigate(model);
      const top = ref.top + row;
      const left = ref.left + column;
      return { sheetId: ref.sheetId, top, left, bottom: top, right: left };
    });
  }

  getMergedAreasOrNullObject(): RangeAreasProxy {
    return new RangeAreasProxy(this.context, (model) => {
      const ref = this.navigate(model);
      const rects = sheetById(model, ref.sheetId).merges.filter((merge) => intersects(merge, ref));
      if (rects.length > MAX_MERGED_AREAS) throw new SimError("GeneralException", "There was an internal error while processing the request.");
      return rects.length === 0 ? null : { sheetId: ref.sheetId, rects, topLeftAddresses: true };
    });
  }

  /** Only `formulas` of every value type is modelled (special-cells.ts); other kinds are refused. */
  getSpecialCellsOrNullObject(cellType: Excel.SpecialCellType | "Formulas", cellValueType?: Excel.SpecialCellValueType | "All"): RangeAreasProxy {
    if (cellType !== "Formulas" || (cellValueType !== undefined && cellValueType !== "All")) {
      throw new SimError("InvalidArgument", `The simulator models getSpecialCellsOrNullObject for Formulas only, not ${cellType} ${cellValueType ?? ""}.`);
    }
    return new RangeAreasProxy(this.context, (model) => {
      const ref = this.navigate(model);
      const rects = formulaAreas(sheetById(model, ref.sheetId), ref);
      return rects.length === 0 ? null : { sheetId: ref.sheetId, rects };
    });
  }

  merge(across = false): void {
    this.queue(across, (ref, model) => {
      const sheet = writable(model, ref);
      const blocks: Rect[] = across ? mapRect({ ...ref, right: ref.left }, (row) => ({ ...ref, top: row, bottom: row })).flat() : [ref];
      sheet.merges = sheet.merges.filter((merge) => !intersects(merge, ref));
      for (const block of blocks) {
        sheet.merges.push({ top: block.top, left: block.left, bottom: block.bottom, right: block.right });
        mapRect(block, (row, column) => {
          if (row === block.top && column === block.left) return;
          sheet.cells.delete(cellKey(row, column));
        });
      }
    });
  }

  unmerge(): void {
    this.queue(null, (ref, model) => {
      const sheet = writable(model, ref);
      sheet.merges = sheet.merges.filter((merge) => !intersects(merge, ref));
    });
  }

  select(): void {
    this.queue(null, (ref, model) => {
      const sheet = sheetById(model, ref.sheetId);
      if (sheet.visibility !== "Visible") throw new SimError("InvalidOperation", "A range on a hidden worksheet cannot be selected.");
      model.activeSheetId = sheet.id;
      model.selection = { sheetId: sheet.id, address: rectA1(ref) };
    });
  }

  /** Only "Down" is modelled: the cells at and below the range, across its columns, move down. */
  insert(shift: "Down"): RangeProxy {
    if (shift !== "Down") throw new SimError("InvalidArgument", "The simulator only inserts with shift Down.");
    this.queue(shift, (ref, model, execution) => {
      shiftRowsDown(writable(model, ref), ref.top, ref.left, ref.right, rowCount(ref));
      execution.changed?.(ref.sheetId, ...movedCells(ref, "Inserted"));
    });
    return new RangeProxy(this.context, (model) => this.navigate(model));
  }

  /**
   * Only "Up" is modelled: the range's cells go and those below it, across its columns, move up
   * (https://learn.microsoft.com/en-us/javascript/api/excel/excel.range#excel-excel-range-delete-member(1)).
   */
  delete(shift: "Up"): void {
    if (shift !== "Up") throw new SimError("InvalidArgument", "The simulator only deletes with shift Up.");
    this.queue(shift, (ref, model, execution) => {
      shiftRowsUp(writable(model, ref), ref.top, ref.left, ref.right, rowCount(ref));
      execution.changed?.(ref.sheetId, ...movedCells(ref, "Deleted"));
    });
  }

  clear(applyTo: "All" | "Contents" | "Formats" = "All"): void {
    this.queue(applyTo, (ref, model) => {
      const sheet = writable(model, ref);
      mapRect(ref, (row, column) => {
        const cell = sheet.cells.get(cellKey(row, column));
        if (!cell) return;
        if (applyTo !== "Formats") Object.assign(cell, { value: null, formula: null, seededText: null, hyperlink: null });
        if (applyTo !== "Contents") Object.assign(cell, { format: defaultFormat(), numberFormat: "General" });
        if (applyTo === "All") cell.note = null;
      });
    });
  }

  getCellProperties(spec: CellPropertiesSpec): SimClientResult<unknown[][]> {
    const result = new SimClientResult<unknown[][]>();
    this.context.enqueue({
      requestBytes: 80,
      readOnly: true,
      execute: (execution) => {
        const ref = this.navigate(execution.model);
        const sheet = sheetById(execution.model, ref.sheetId);
        const properties = mapRect(ref, (row, column) => cellProperties(sheet, row, column, spec));
        execution.stage(() => result.set(properties), JSON.stringify(properties).length);
      },
    });
    return result;
  }

  setCellProperties(properties: unknown[][]): void {
    this.queue(properties, (ref, model) => {
      const sheet = writable(model, ref);
      const rows = assertShape(ref, properties, "cellProperties");
      mapRect(ref, (row, column) => applyCellProperties(sheet, row, column, rows[row - ref.top][column - ref.left]));
    });
  }

  protected fetch(name: string, ref: SimRangeRef, model: SimModel): unknown {
    const sheet = sheetById(model, ref.sheetId);
    const perCell = (read: (cell: SimCell) => unknown) => {
      if (rowCount(ref) * columnCount(ref) > MAX_CELLS_READ) {
        throw new SimError("RangeExceedsLimit", "The cell count in the range has exceeded the maximum supported number.");
      }
      return mapRect(ref, (row, column) => read(readCell(sheet, row, column)));
    };
    switch (name) {
      case "address": return referenceAddress(sheet, ref);
      case "rowCount": return rowCount(ref);
      case "columnCount": return columnCount(ref);
      case "rowIndex": return ref.top - 1;
      case "columnIndex": return ref.left - 1;
      case "cellCount": return rowCount(ref) * columnCount(ref);
      case "values": return perCell(excelValue);
      case "text": return perCell((cell) => cellText(cell, model.dateSystem));
      case "numberFormat": return perCell((cell) => cell.numberFormat);
      case "formulas": return perCell((cell) => cell.formula ?? excelValue(cell));
      case "valueTypes": return perCell(valueType);
      case "hyperlink": return readCell(sheet, ref.top, ref.left).hyperlink;
      default: return undefined;
    }
  }

  protected override navigation(name: string): Loadable | null {
    return name === "format" ? (this.format) : null;
  }
}

function writable(model: SimModel, ref: SimRangeRef): SimSheet {
  const sheet = sheetById(model, ref.sheetId);
  assertWritable(sheet);
  return sheet;
}

export interface SimAreas {
  readonly sheetId: string;
  readonly rects: readonly Rect[];
  /**
   * Merged areas whose address names only each area's top-left cell, as reported in
   * https://github.com/OfficeDev/office-js/issues/1590 (the maintainers point to `areas` instead).
   */
  readonly topLeftAddresses?: boolean;
}

/** RangeAreas.areas: one Range per area, with rowIndex, columnIndex, rowCount, columnCount. */
export class RangeCollectionProxy extends SimCollection<RangeProxy> {
  protected readonly typeName = "RangeCollection";

  constructor(
    context: SimContext,
    private readonly owner: RangeAreasProxy,
  ) {
    super(context);
  }

  protected list(model: SimModel): RangeProxy[] {
    const areas = this.owner.navigate(model);
    return areas.rects.map((rect) => {
      const ref: SimRangeRef = { sheetId: areas.sheetId, top: rect.top, left: rect.left, bottom: rect.bottom, right: rect.right };
      const proxy = new RangeProxy(this.context, () => ref);
      proxy.bind(ref);
      return proxy;
    });
  }
}

export class RangeAreasProxy extends SimObject<SimAreas> {
  protected readonly typeName = "RangeAreas";
  protected readonly scalarNames = ["address", "areaCount", "cellCount"];
  /** Writes apply to every area; border indexes to each area on its own. */
  readonly format: RangeFormatProxy;
  readonly areas: RangeCollectionProxy;

  constructor(context: SimContext, resolver: (model: SimModel) => SimAreas | null, nullable = true) {
    super(context, resolver, nullable);
    this.areas = new RangeCollectionProxy(context, this);
    this.format = new RangeFormatProxy(context, (model) => {
      const areas = this.navigate(model);
      return areas.rects.map((rect) => ({ sheetId: areas.sheetId, ...rect }));
    });
  }

  get address(): string { return this.property("address"); }
  get areaCount(): number { return this.property("areaCount"); }
  get cellCount(): number { return this.property("cellCount"); }

  protected fetch(name: string, areas: SimAreas, model: SimModel): unknown {
    const sheet = sheetById(model, areas.sheetId);
    if (name === "areaCount") return areas.rects.length;
    if (name === "cellCount") return areas.rects.reduce((sum, rect) => sum + rowCount(rect) * columnCount(rect), 0);
    const shown = areas.topLeftAddresses ? areas.rects.map((rect) => ({ ...rect, bottom: rect.top, right: rect.left })) : areas.rects;
    return shown.map((rect) => referenceAddress(sheet, rect)).join(",");
  }

  protected override navigation(name: string): Loadable | null {
    if (name === "areas") return this.areas;
    return name === "format" ? this.format : null;
  }
}

/** The onChanged of cells the add-in inserted (shifting down) or deleted (shifting up): whole rows, or cells with their direction (events.ts). */
function movedCells(ref: SimRangeRef, kind: "Inserted" | "Deleted"): [string, { changeType: DataChangeType; changeDirectionState?: ChangeDirection }] {
  if (ref.left === 1 && ref.right === MAX_COLUMN) return [`${ref.top}:${ref.bottom}`, { changeType: `Row${kind}` }];
  return [rectA1(ref), { changeType: `Cell${kind}`, changeDirectionState: kind === "Inserted" ? { insertShiftDirection: "Down" } : { deleteShiftDirection: "Up" } }];
}
