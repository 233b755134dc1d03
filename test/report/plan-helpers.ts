/** Reading a planned sheet in tests: the text at a cell, the row holding a text. */
import type { PlannedCell, PlannedSheet, ReportPlan } from "../../src/report/plan";

export function sheetByRole(plan: ReportPlan, role: PlannedSheet["role"]): PlannedSheet {
  const sheet = plan.sheets.find((candidate) => candidate.role === role);
  if (!sheet) throw new Error(`no ${role} sheet in the plan`);
  return sheet;
}

export function cellAt(sheet: PlannedSheet, row: number, column: number): PlannedCell | undefined {
  return sheet.cells.find((cell) => cell.row === row && cell.column === column);
}

export function textAt(sheet: PlannedSheet, row: number, column: number): string | number | undefined {
  const value = cellAt(sheet, row, column)?.value;
  if (!value) return undefined;
  return value.kind === "text" ? value.text : value.kind === "number" ? value.number : value.kind === "blank" ? "" : value.formula;
}

/** The row whose cell in `column` holds exactly `text`. */
export function rowOf(sheet: PlannedSheet, text: string, column = 1): number {
  const cell = sheet.cells.find((c) => c.column === column && c.value.kind === "text" && c.value.text === text);
  if (!cell) throw new Error(`"${text}" not found in column ${column} of ${sheet.name}`);
  return cell.row;
}

export function rowTexts(sheet: PlannedSheet, row: number): string[] {
  return sheet.cells
    .filter((cell) => cell.row === row)
    .sort((a, b) => a.column - b.column)
    .map((cell) => (cell.value.kind === "text" ? cell.value.text : String(cell.value.kind === "number" ? cell.value.number : "")));
}

export function allTexts(sheet: PlannedSheet): string[] {
  return sheet.cells.flatMap((cell) => (cell.value.kind === "text" ? [cell.value.text] : []));
}

/** Spaces of any kind as plain spaces, to compare French text without caring for no-break spaces. */
export const plain = (text: unknown): string => String(text).replace(/[\u00a0\u202f]/g, " ");
