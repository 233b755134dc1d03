/** Small hand-built snapshots for the simulator's and the adapter's tests. */
import type { Cell, CellValue, SheetSnapshot, WorkbookSnapshot } from "../../src/domain/snapshot";

export function textCell(text: string): Cell {
  return { value: text, text, numberFormat: "General", formula: null };
}

export function numberCell(value: number, text = String(value).replace(".", ","), numberFormat = "General"): Cell {
  return { value, text, numberFormat, formula: null };
}

export function cellOf(value: CellValue): Cell {
  if (value === null) return { value: null, text: "", numberFormat: "General", formula: null };
  if (typeof value === "number") return numberCell(value);
  if (typeof value === "string") return textCell(value);
  if (typeof value === "boolean") return { value, text: value ? "VRAI" : "FAUX", numberFormat: "General", formula: null };
  return { value, text: value.error, numberFormat: "General", formula: null };
}

export function sheetOf(name: string, rows: readonly (readonly CellValue[])[], extra: Partial<SheetSnapshot> = {}): SheetSnapshot {
  const width = Math.max(0, ...rows.map((row) => row.length));
  return {
    name,
    origin: { row: 1, column: 1 },
    cells: rows.map((row) => Array.from({ length: width }, (_, index) => cellOf(row[index] ?? null))),
    merges: [],
    generatedTag: null,
    visible: true,
    ...extra,
  };
}

export function workbookOf(...sheets: SheetSnapshot[]): WorkbookSnapshot {
  return { sheets };
}
