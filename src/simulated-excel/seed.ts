/** Builds a simulated workbook from a WorkbookSnapshot (what the file reader or a test gives). */
import type { WorkbookSnapshot } from "../domain/snapshot";
import type { SimModel } from "./model";
import { cellKey, defaultFormat, emptyModel, newSheet } from "./model";
import { SimulatedExcel, type SimOptions } from "./host";

export const DEFAULT_TAG_KEY = "BilanQualite";

export function modelFromSnapshot(snapshot: WorkbookSnapshot, tagKey = DEFAULT_TAG_KEY): SimModel {
  const model = emptyModel();
  for (const source of snapshot.sheets) {
    const sheet = newSheet(model, source.name);
    sheet.visibility = source.visible ? "Visible" : "Hidden";
    if (source.generatedTag !== null) sheet.customProperties.push({ key: tagKey, value: source.generatedTag });
    sheet.merges = source.merges.map((merge) => ({ ...merge }));
    source.cells.forEach((line, rowOffset) =>
      line.forEach((cell, columnOffset) => {
        if (cell.value === null && cell.formula === null && cell.numberFormat === "General" && cell.text === "") return;
        sheet.cells.set(cellKey(source.origin.row + rowOffset, source.origin.column + columnOffset), {
          value: cell.value,
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
  return new SimulatedExcel(modelFromSnapshot(snapshot, tagKey), options);
}
