/** The words of an indicator row that are not values: its name, thématique, module, unit, sens and comment. */
import { a1 } from "../address";
import { cellAt, type SheetSnapshot } from "../snapshot";
import { cellText } from "./cell-text";
import type { HeaderRow } from "./header-row";

export type TextRole = "name" | "theme" | "module" | "unit" | "direction" | "comment";

export interface TextCell {
  readonly role: TextRole;
  /** A1 address without the sheet. */
  readonly address: string;
  readonly text: string;
}

const ROLES: readonly TextRole[] = ["name", "theme", "module", "unit", "direction", "comment"];

/** The non-empty text cells of the row in those columns; a thématique filled down or merged counts where it is written. */
export function textCells(sheet: SheetSnapshot, header: HeaderRow, row: number): TextCell[] {
  const cells: TextCell[] = [];
  for (const role of ROLES) {
    const column = header.columns[role];
    if (column === undefined) continue;
    const cell = cellAt(sheet, row, column);
    if (typeof cell.value !== "string") continue;
    const text = cellText(cell);
    if (text !== "") cells.push({ role, address: a1(row, column), text });
  }
  return cells;
}
