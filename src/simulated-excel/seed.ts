/** Builds a simulated workbook from a WorkbookSnapshot (what the file reader or a test gives). */
import type { WorkbookSnapshot } from "../domain/snapshot";
import { toWorkbookSerial, type DateSystem } from "../domain/date-system";
import type { SimModel } from "./model";
import { cellKey, defaultFormat, emptyModel, newSheet } from "./model";
import { SimulatedExcel, type SimOptions } from "./host";

export const DEFAULT_TAG_KEY = "BilanQualite";

/** A snapshot's dates are in the 1900 system; a 1904 workbook holds them 1 462 days lower, as Excel would. */
export function modelFromSnapshot(snapshot: WorkbookSnapshot, tagKey = DEFAULT_TAG_KEY, dateSystem: DateSystem = 1900): SimModel {
  const model = emptyModel();
  model.dateSystem = dateSystem;
  for (const source of snapshot.sheets) {
    const sheet = newSheet(model, source.name);
    sheet.visibility = source.visible ? "Visible" : "Hidden";
    if (source.generatedTag !== null) sheet.customProperties.push({ key: tagKey, value: source.generatedTag });
    sheet.merges = source.merges.map((merge) => ({ ...merge }));
    source.cells.forEach((line, rowOffset) =>
      line.forEach((cell, columnOffset) => {
        if (cell.value === null && cell.formula === null && cell.numberFormat === "General" && cell.text === "") return;
        sheet.cells.set(cellKey(source.origin.row + rowOffset, source.origin.column + columnOffset), {
          value: typeof cell.value === "number" ? toWorkbookSerial(cell.value, cell.numberFormat, dateSystem) : cell.value,
          formula: cell.formula,
          numberFormat: cell.numberFormat,
          seededText: cell.text,
          format: defaultFormat(),
          hyperlink: null,
          note: null,
          validation: null,
        });
      }),
    );
  }
  return model;
}

export function simulateWorkbook(snapshot: WorkbookSnapshot, tagKey = DEFAULT_TAG_KEY, options: SimOptions = {}): SimulatedExcel {
  return new SimulatedExcel(modelFromSnapshot(snapshot, tagKey, options.dateSystem), options);
}
