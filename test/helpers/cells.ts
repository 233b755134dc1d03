/**
 * The tests' one set of cell builders: cells, sheets and workbooks as the readers would give them.
 * In a grid (`grid(name, rows)`) each entry is
 *   string          → a text cell ("#N/A", "#DIV/0!"… become Excel error values)
 *   number          → a number cell in General format (shown with a decimal comma)
 *   null or ""      → an empty cell
 *   CellSpec        → full control: { value, numberFormat?, text?, formula? }
 * and a single cell is built from the same CellSpec (`toCell`), or by the shortcuts below.
 */
import type { Cell, CellRange, CellValue, SheetSnapshot, WorkbookSnapshot } from "../../src/domain/snapshot";

export interface CellSpec {
  readonly value: CellValue;
  readonly numberFormat?: string;
  readonly text?: string;
  readonly formula?: string | null;
}

export type GridEntry = string | number | null | CellSpec;

export interface GridOptions {
  readonly origin?: { readonly row: number; readonly column: number };
  readonly merges?: readonly CellRange[];
  readonly generatedTag?: string | null;
  readonly visible?: boolean;
}

const EXCEL_ERRORS = ["#N/A", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#NULL!", "#SPILL!", "#CALC!"];

/** A number as Excel shows it in General format in French: decimal comma. */
const shown = (value: number): string => String(value).replace(".", ",");

export function toCell(entry: GridEntry): Cell {
  if (entry === null || entry === "") return { value: null, text: "", numberFormat: "General", formula: null };
  if (typeof entry === "number") return { value: entry, text: shown(entry), numberFormat: "General", formula: null };
  if (typeof entry === "string") {
    const value: CellValue = EXCEL_ERRORS.includes(entry) ? { error: entry } : entry;
    return { value, text: entry, numberFormat: "General", formula: null };
  }
  const text = entry.text ?? defaultText(entry.value);
  return { value: entry.value, text, numberFormat: entry.numberFormat ?? "General", formula: entry.formula ?? null };
}

function defaultText(value: CellValue): string {
  if (value === null) return "";
  if (typeof value === "number") return shown(value);
  if (typeof value === "string") return value;
  if (typeof value === "boolean") return value ? "VRAI" : "FAUX";
  return value.error;
}

/** A text cell holding exactly this text (an error's spelling stays text). */
export function textCell(text: string): Cell {
  return toCell({ value: text, text });
}

/** A number cell, its text as given (by default the number as JavaScript writes it). */
export function numberCell(value: number, numberFormat = "General", text = String(value)): Cell {
  return toCell({ value, numberFormat, text });
}

/** Any value, with the text Excel would show beside it (none by default). */
export function cell(value: CellValue, numberFormat = "General", text = ""): Cell {
  return toCell({ value, numberFormat, text });
}

/** An Excel date serial: 44197 is 1 January 2021. */
export function serial(year: number, month: number, day: number): number {
  return Math.round((Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / 86_400_000);
}

/** A number in a percent-formatted cell: percentCell(0.94) shows "94 %". */
export function percentCell(fraction: number): CellSpec {
  return { value: fraction, numberFormat: "0%", text: `${shown(Math.round(fraction * 10000) / 100)}\u00a0%` };
}

export function grid(name: string, rows: readonly (readonly GridEntry[])[], options: GridOptions = {}): SheetSnapshot {
  const width = Math.max(0, ...rows.map((row) => row.length));
  const cells = rows.map((row) => Array.from({ length: width }, (_, i) => toCell(row[i] ?? null)));
  return {
    name,
    origin: options.origin ?? { row: 1, column: 1 },
    cells,
    merges: options.merges ?? [],
    generatedTag: options.generatedTag ?? null,
    visible: options.visible ?? true,
  };
}

export function workbook(...sheets: SheetSnapshot[]): WorkbookSnapshot {
  return { sheets };
}
