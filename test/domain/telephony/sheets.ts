/** Builds sheet snapshots for telephony tests from rows of plain values. */
import type { Cell, CellValue, SheetSnapshot } from "../../../src/domain/snapshot";

export type Written = CellValue | { readonly value: CellValue; readonly format?: string; readonly formula?: string; readonly text?: string };

function cellOf(written: Written): Cell {
  if (written !== null && typeof written === "object" && "value" in written) {
    return {
      value: written.value,
      text: written.text ?? displayed(written.value),
      numberFormat: written.format ?? "General",
      formula: written.formula ?? null,
    };
  }
  return { value: written, text: displayed(written), numberFormat: "General", formula: null };
}

function displayed(value: CellValue): string {
  if (value === null) return "";
  if (typeof value === "object") return value.error;
  return String(value);
}

export function sheetOf(name: string, rows: readonly (readonly Written[])[], origin = { row: 1, column: 1 }): SheetSnapshot {
  const width = Math.max(0, ...rows.map((row) => row.length));
  return {
    name,
    origin,
    cells: rows.map((row) => Array.from({ length: width }, (_, i) => cellOf(row[i] ?? null))),
    merges: [],
    generatedTag: null,
    visible: true,
  };
}

/** An Excel date serial: 44197 is 1 January 2021. */
export function serial(year: number, month: number, day: number): number {
  return Math.round((Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / 86_400_000);
}
