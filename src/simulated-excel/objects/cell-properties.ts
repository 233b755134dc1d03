/** range.getCellProperties / setCellProperties (ExcelApi 1.9): per-cell format and hyperlink. */
import type { SimFormat, SimSheet } from "../model";
import { cellForWrite } from "../model";
import { readCell } from "../sheet-ops";
import { a1 } from "../../domain/address";

export interface CellPropertiesSpec {
  readonly address?: boolean;
  readonly hyperlink?: boolean;
  readonly format?: {
    readonly fill?: { readonly color?: boolean; readonly pattern?: boolean };
    readonly font?: Partial<Record<keyof SimFormat["font"], boolean>>;
    readonly horizontalAlignment?: boolean;
    readonly verticalAlignment?: boolean;
    readonly wrapText?: boolean;
    readonly borders?: Partial<Record<string, { readonly style?: boolean; readonly color?: boolean }>>;
  };
}

function pick<T extends object>(source: T, wanted: Partial<Record<keyof T, boolean>> | undefined): Partial<T> | undefined {
  if (!wanted) return undefined;
  const picked: Partial<T> = {};
  for (const key of Object.keys(wanted) as (keyof T)[]) if (wanted[key]) picked[key] = source[key];
  return picked;
}

export function cellProperties(sheet: SimSheet, row: number, column: number, spec: CellPropertiesSpec): Record<string, unknown> {
  const cell = readCell(sheet, row, column);
  const result: Record<string, unknown> = {};
  if (spec.address) result.address = a1(row, column);
  if (spec.hyperlink) result.hyperlink = cell.hyperlink;
  if (spec.format) {
    const format: Record<string, unknown> = {};
    const wanted = spec.format;
    if (wanted.fill) format.fill = pick(cell.format.fill, wanted.fill);
    if (wanted.font) format.font = pick(cell.format.font, wanted.font);
    if (wanted.horizontalAlignment) format.horizontalAlignment = cell.format.horizontalAlignment;
    if (wanted.verticalAlignment) format.verticalAlignment = cell.format.verticalAlignment;
    if (wanted.wrapText) format.wrapText = cell.format.wrapText;
    if (wanted.borders) {
      format.borders = Object.fromEntries(
        Object.keys(wanted.borders).map((edge) => [edge, cell.format.borders[edge] ?? { style: "None", color: "#000000" }]),
      );
    }
    result.format = format;
  }
  return result;
}

interface SettableFormat {
  fill?: { color?: string; pattern?: string };
  font?: Partial<SimFormat["font"]>;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  wrapText?: boolean;
  borders?: Record<string, { style?: string; color?: string }>;
}

export function applyCellProperties(sheet: SimSheet, row: number, column: number, input: unknown): void {
  if (!input || typeof input !== "object") return;
  const { format, hyperlink } = input as { format?: SettableFormat; hyperlink?: SimSheet["cells"] extends Map<number, infer C> ? C extends { hyperlink: infer H } ? H : never : never };
  const cell = cellForWrite(sheet, row, column);
  if (hyperlink !== undefined) cell.hyperlink = hyperlink ? { ...hyperlink } : null;
  if (!format) return;
  const target = cell.format;
  if (format.fill) {
    if (format.fill.pattern === "None") target.fill = { pattern: "None", color: "#FFFFFF" };
    else if (format.fill.color !== undefined) target.fill = { pattern: "Solid", color: format.fill.color.toUpperCase() };
  }
  if (format.font) {
    const font = { ...format.font };
    if (font.color !== undefined) font.color = font.color.toUpperCase();
    target.font = { ...target.font, ...font };
  }
  if (format.horizontalAlignment !== undefined) target.horizontalAlignment = format.horizontalAlignment;
  if (format.verticalAlignment !== undefined) target.verticalAlignment = format.verticalAlignment;
  if (format.wrapText !== undefined) target.wrapText = format.wrapText;
  if (format.borders) {
    for (const [edge, border] of Object.entries(format.borders)) {
      target.borders[edge] = { style: border.style ?? "Continuous", color: (border.color ?? "#000000").toUpperCase() };
    }
  }
}
