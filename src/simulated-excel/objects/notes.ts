/**
 * Notes, the yellow notes of older Excel (ExcelApi 1.18): `workbook.notes` and `worksheet.notes`, each a
 * NoteCollection (https://learn.microsoft.com/javascript/api/excel/excel.notecollection). "Notes are tied to
 * an individual cell" (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-notes): the
 * simulator keeps them on the cell (SimCell.note). Modelled: add (one cell, as comments) and getCount. The
 * requirement set is not checked here: the adapter asks for notes only where ExcelApi 1.18 is supported.
 */
import type { SimContext } from "../context";
import type { SimModel, SimSheet } from "../model";
import { cellForWrite } from "../model";
import { SimError } from "../errors";
import { parseRect, splitSheet } from "../addresses";
import { sheetById, sheetByKey } from "../sheet-ops";
import { SimClientResult } from "./base";
import type { RangeProxy } from "./range";
import { jsonBytes } from "../json-bytes";

/** The sheet a collection belongs to, or null for the whole workbook. */
type Scope = (model: SimModel) => string | null;

export class NoteCollectionProxy {
  constructor(
    readonly context: SimContext,
    private readonly scope: Scope,
  ) {}

  private sheets(model: SimModel): SimSheet[] {
    const id = this.scope(model);
    return id === null ? model.sheets : [sheetById(model, id)];
  }

  getCount(): SimClientResult<number> {
    const result = new SimClientResult<number>();
    this.context.enqueue({
      requestBytes: 40,
      readOnly: true,
      execute: (execution) => {
        const count = this.sheets(execution.model).reduce((sum, sheet) => sum + [...sheet.cells.values()].filter((cell) => cell.note !== null).length, 0);
        execution.stage(() => result.set(count), jsonBytes(count));
      },
    });
    return result;
  }

  add(cellAddress: RangeProxy | string, content: string): void {
    this.context.enqueue({
      requestBytes: 40 + jsonBytes(content),
      execute: ({ model }) => {
        let sheet: SimSheet | null;
        let rect: { top: number; left: number; bottom: number; right: number };
        if (typeof cellAddress === "string") {
          const { sheet: named, local } = splitSheet(cellAddress);
          sheet = named === null ? null : sheetByKey(model, named);
          rect = parseRect(local);
        } else {
          const ref = cellAddress.resolve(model);
          if (ref === null) throw new SimError("ItemNotFound", "The range does not exist.");
          sheet = sheetById(model, ref.sheetId);
          rect = ref;
        }
        const scoped = this.scope(model);
        if (sheet === null || (scoped !== null && sheet.id !== scoped)) throw new SimError("InvalidArgument", `The address must name a cell of this workbook with its sheet.`);
        if (rect.top !== rect.bottom || rect.left !== rect.right) throw new SimError("InvalidArgument", "A note can only be added to a single cell.");
        cellForWrite(sheet, rect.top, rect.left).note = content;
      },
    });
  }
}
