/** Excel's parallel arrays for a range (values, text, numberFormat, formulas, valueTypes) → snapshot cells. */
import { EMPTY_CELL, type Cell, type CellValue } from "../domain/snapshot";
import { snapshotNumber, type DateSystem } from "./date-system";

export interface RangeArrays {
  readonly values: readonly (readonly unknown[])[];
  readonly text: readonly (readonly string[])[];
  readonly numberFormat: readonly (readonly unknown[])[];
  readonly formulas: readonly (readonly unknown[])[];
  readonly valueTypes: readonly (readonly string[])[];
}

/**
 * A formula's result is a value whatever it is: `valueTypes` is "Empty" only for a cell with no formula
 * and no data (Excel.EmptyCellValue, https://learn.microsoft.com/javascript/api/excel/excel.emptycellvalue),
 * so `=SI(E2="";"";…)` gives "String" and "", kept as "" like the file reader keeps it.
 */
function valueOf(raw: unknown, text: string, type: string, formula: string | null, numberFormat: string, dateSystem: DateSystem): CellValue {
  switch (type) {
    case "Empty":
      return null;
    case "Error":
      return { error: typeof raw === "string" && raw.startsWith("#") ? raw : text };
    // Excel.RangeValueType also has Integer, RichValue and Unknown
    // (https://learn.microsoft.com/javascript/api/excel/excel.rangevaluetype): an Integer is a number; a rich
    // value (an entity, an image) and an unknown type are read as the text Excel shows.
    case "Double":
    case "Integer":
      return snapshotNumber(typeof raw === "number" ? raw : Number(raw), numberFormat, dateSystem);
    case "RichValue":
    case "Unknown":
      return text === "" ? null : text;
    case "Boolean":
      return raw === true || raw === "TRUE";
    default:
      if (raw === "" || raw === null || raw === undefined) return formula === null ? null : "";
      return String(raw);
  }
}

/**
 * A cell holds a formula when `formulas` gives a string starting with "=" that differs from its value:
 * a text cell reading "=HYPERLINK(…)" gives the same string in both, and is text.
 */
function formulaOf(formula: unknown, raw: unknown): string | null {
  return typeof formula === "string" && formula.startsWith("=") && formula !== raw ? formula : null;
}

/** A date in a 1904 workbook comes back in the 1900 system (date-system.ts), as the snapshot holds it. */
export function toCell(arrays: RangeArrays, row: number, column: number, dateSystem: DateSystem): Cell {
  const raw = arrays.values[row][column];
  const type = arrays.valueTypes[row][column];
  const formula = formulaOf(arrays.formulas[row][column], raw);
  if (type === "Empty" && formula === null) return EMPTY_CELL;
  const text = arrays.text[row][column] ?? "";
  const numberFormat = String(arrays.numberFormat[row][column] ?? "General") || "General";
  return { value: valueOf(raw, text, type, formula, numberFormat, dateSystem), text, numberFormat, formula };
}

export function toCells(arrays: RangeArrays, dateSystem: DateSystem): Cell[][] {
  return arrays.values.map((line, row) => line.map((_, column) => toCell(arrays, row, column, dateSystem)));
}
