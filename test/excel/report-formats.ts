/**
 * The per-cell formatting (fill, font, alignment, wrap, borders, number format) of every sheet a
 * generation added, read straight from the simulator's model: two generations that style alike give
 * equal maps, whatever commands they used.
 */
import type { SimulatedExcel } from "../../src/simulated-excel";
import { keyPosition } from "../../src/simulated-excel/model";
import { columnLetters } from "../../src/domain/address";

export type SheetFormats = Record<string, string>;

export function reportFormats(excel: SimulatedExcel, sheetNames: readonly string[]): Record<string, SheetFormats> {
  const result: Record<string, SheetFormats> = {};
  for (const sheet of excel.model.sheets) {
    if (!sheetNames.includes(sheet.name)) continue;
    const formats: SheetFormats = {};
    for (const [key, cell] of [...sheet.cells.entries()].sort((a, b) => a[0] - b[0])) {
      const { row, column } = keyPosition(key);
      formats[`${columnLetters(column)}${row}`] = JSON.stringify({ format: cell.format, numberFormat: cell.numberFormat });
    }
    result[sheet.name] = formats;
  }
  return result;
}
