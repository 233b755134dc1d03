/** What tests look at after the adapter ran: cells, formats, merges, tags, charts, sheets — straight from the model. */
import type { Cell, WorkbookSnapshot } from "../domain/snapshot";
import { parseA1 } from "../domain/address";
import type { SimulatedExcel } from "./host";
import type { SimCell, SimSheet } from "./model";
import { sameName } from "./model";
import { cellText, readCell, usedRect } from "./sheet-ops";
import { DEFAULT_TAG_KEY } from "./seed";
import { to1900Serial } from "../domain/date-system";

export function sheetNames(excel: SimulatedExcel): string[] {
  return excel.model.sheets.map((sheet) => sheet.name);
}

export function simSheet(excel: SimulatedExcel, name: string): SimSheet {
  const sheet = excel.model.sheets.find((candidate) => sameName(candidate.name, name));
  if (!sheet) throw new Error(`No sheet named ${name}; sheets: ${sheetNames(excel).join(", ")}`);
  return sheet;
}

export function simCell(excel: SimulatedExcel, sheet: string, address: string): SimCell & { text: string } {
  const position = parseA1(address);
  if (!position) throw new Error(`Bad address ${address}`);
  const cell = readCell(simSheet(excel, sheet), position.row, position.column);
  return { ...cell, text: cellText(cell, excel.model.dateSystem) };
}

export function sheetTag(excel: SimulatedExcel, sheet: string, key = DEFAULT_TAG_KEY): string | null {
  return simSheet(excel, sheet).customProperties.find((property) => property.key.toLowerCase() === key.toLowerCase())?.value ?? null;
}

export function activeSheetName(excel: SimulatedExcel): string | null {
  return excel.model.sheets.find((sheet) => sheet.id === excel.model.activeSheetId)?.name ?? null;
}

/** Everything about a sheet, serialised: equal fingerprints mean the sheet is unchanged. */
export function sheetFingerprint(excel: SimulatedExcel, name: string): string {
  const sheet = simSheet(excel, name);
  const position = excel.model.sheets.indexOf(sheet);
  return JSON.stringify({
    ...sheet,
    position,
    cells: [...sheet.cells.entries()].sort((a, b) => a[0] - b[0]),
    columnWidths: [...sheet.columnWidths.entries()].sort((a, b) => a[0] - b[0]),
    rowHeights: [...sheet.rowHeights.entries()].sort((a, b) => a[0] - b[0]),
  });
}

/** The workbook as a snapshot, read from the model (not through the API): dates in the 1900 system, as a snapshot holds them. */
export function modelSnapshot(excel: SimulatedExcel, tagKey = DEFAULT_TAG_KEY): WorkbookSnapshot {
  return {
    sheets: excel.model.sheets.map((sheet) => {
      const rect = usedRect(sheet, true);
      const cells: Cell[][] = [];
      if (rect) {
        for (let row = rect.top; row <= rect.bottom; row++) {
          const line: Cell[] = [];
          for (let column = rect.left; column <= rect.right; column++) {
            const cell = readCell(sheet, row, column);
            const value = typeof cell.value === "number" ? to1900Serial(cell.value, cell.numberFormat, excel.model.dateSystem) : cell.value;
            line.push({ value, text: cellText(cell, excel.model.dateSystem), numberFormat: cell.numberFormat, formula: cell.formula });
          }
          cells.push(line);
        }
      }
      return {
        name: sheet.name,
        origin: rect ? { row: rect.top, column: rect.left } : { row: 1, column: 1 },
        cells,
        merges: sheet.merges.map((merge) => ({ ...merge })),
        generatedTag: sheet.customProperties.find((property) => property.key.toLowerCase() === tagKey.toLowerCase())?.value ?? null,
        visible: sheet.visibility === "Visible",
      };
    }),
  };
}
