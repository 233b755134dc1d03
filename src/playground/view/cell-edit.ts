/**
 * What the playground's cell editor accepts and shows, and the French words for an edit the simulated Excel
 * refused. Pure: reads the simulator's model, never changes it.
 */
import { SimError } from "../../simulated-excel";
import { parseRect } from "../../simulated-excel/addresses";
import type { DateSystem } from "../../domain/date-system";
import type { SimCell, SimSheet } from "../../simulated-excel/model";
import { cellText, readCell } from "../../simulated-excel/sheet-ops";
import { PLAYGROUND_TEXT } from "../strings";

/** One cell's A1 address as typed (« d4 », « $D$4 »), upper-cased; null when it is not one cell. */
export function cellAddress(typed: string): string | null {
  const address = typed.replace(/\$/g, "").trim().toUpperCase();
  return /^[A-Z]{1,3}[1-9]\d*$/.test(address) ? address : null;
}

/**
 * What the editor shows for a cell, as Excel's formula bar does: its formula, else what typed back gives the
 * same cell. A number (a date too, its serial as the workbook holds it) is written the way the simulator reads typed text (write-value.ts: « 0.5 »,
 * « 94% »), since its display (« 0,5 », « 01/03/2021 ») would come back as text; anything else is its displayed text.
 */
export function editableContent(cell: SimCell, dateSystem: DateSystem): string {
  if (cell.formula !== null) return cell.formula;
  if (typeof cell.value === "number") {
    // 12 significant digits: 0.94 × 100 is 94.00000000000001 in floating point.
    if (cell.numberFormat.includes("%")) return `${Number((cell.value * 100).toPrecision(12))}%`;
    return String(cell.value);
  }
  return cellText(cell, dateSystem);
}

/** The content of `address` on `sheet` (any cell, also one beyond what the grid shows). */
export function contentAt(sheet: SimSheet, address: string, dateSystem: DateSystem): string {
  const { top, left } = parseRect(address);
  return editableContent(readCell(sheet, top, left), dateSystem);
}

export function editFailure(error: unknown, sheetName: string): string {
  if (error instanceof SimError && error.code === "AccessDenied") return PLAYGROUND_TEXT.editor.protectedSheet(sheetName);
  return PLAYGROUND_TEXT.editor.refused(error instanceof Error ? error.message : String(error));
}
