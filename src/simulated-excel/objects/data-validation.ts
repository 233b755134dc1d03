/**
 * range.dataValidation (ExcelApi 1.8), list rules only:
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.datavalidation and
 * https://learn.microsoft.com/en-us/office/dev/add-ins/excel/excel-add-ins-data-validation.
 * Setting `rule` applies it to every cell of the range; `type` is "None" when no cell has a rule, the
 * rule's type when every cell has the same, else "Inconsistent"; `clear()` removes the rules. A list's
 * `source` is "a string that contains a comma-separated number, boolean, or date" or a Range
 * (https://learn.microsoft.com/en-us/javascript/api/excel/excel.listdatavalidation); only the string is modelled.
 */
import type { SimContext } from "../context";
import type { SimListValidation, SimModel, SimRangeRef } from "../model";
import { cellForWrite } from "../model";
import { SimError } from "../errors";
import { assertWritable, mapRect, readCell, sheetById } from "../sheet-ops";
import { SimObject } from "./base";

interface ListRule {
  readonly list?: { readonly inCellDropDown?: boolean; readonly source: string | unknown };
}

function listOf(rule: ListRule): SimListValidation {
  const list = rule.list;
  if (list === undefined) throw new SimError("InvalidArgument", "The simulator models list data validation rules only.");
  if (typeof list.source !== "string") throw new SimError("InvalidArgument", "The simulator models a list source given as text only.");
  return { inCellDropDown: list.inCellDropDown ?? true, source: list.source };
}

export class DataValidationProxy extends SimObject<SimRangeRef> {
  protected readonly typeName = "DataValidation";
  protected readonly scalarNames = ["type", "rule"];

  constructor(context: SimContext, resolver: (model: SimModel) => SimRangeRef | null) {
    super(context, resolver);
  }

  get type(): string { return this.property("type"); }
  get rule(): { list?: SimListValidation } { return this.property("rule"); }
  set rule(rule: ListRule) {
    const validation = listOf(rule);
    this.queue(rule, (ref, model) => {
      const sheet = sheetById(model, ref.sheetId);
      assertWritable(sheet);
      mapRect(ref, (row, column) => (cellForWrite(sheet, row, column).validation = { ...validation }));
    });
  }

  clear(): void {
    this.queue(null, (ref, model) => {
      const sheet = sheetById(model, ref.sheetId);
      assertWritable(sheet);
      // readCell gives a detached empty cell where none is stored: nothing to clear there.
      mapRect(ref, (row, column) => (readCell(sheet, row, column).validation = null));
    });
  }

  protected fetch(name: string, ref: SimRangeRef, model: SimModel): unknown {
    const sheet = sheetById(model, ref.sheetId);
    const rules = new Set(mapRect(ref, (row, column) => JSON.stringify(readCell(sheet, row, column).validation)).flat());
    if (name === "type") return rules.size > 1 ? "Inconsistent" : rules.has("null") ? "None" : "List";
    const first = readCell(sheet, ref.top, ref.left).validation;
    return first === null ? {} : { list: { ...first } };
  }
}
