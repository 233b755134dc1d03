/** Cell builders for the value grammar's tests. */
import type { Cell, CellValue } from "../../../src/domain/snapshot";

export function textCell(text: string): Cell {
  return { value: text, text, numberFormat: "General", formula: null };
}

export function numberCell(value: number, numberFormat = "General", text = String(value)): Cell {
  return { value, text, numberFormat, formula: null };
}

export function cell(value: CellValue, numberFormat = "General", text = ""): Cell {
  return { value, text, numberFormat, formula: null };
}
