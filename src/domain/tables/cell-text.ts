/** Reading a cell as words, for names, themes and comments. */
import { isExcelError, type Cell } from "../snapshot";

/** The text a person sees in the cell, trimmed; "" for an empty cell. */
export function cellText(cell: Cell): string {
  if (cell.value === null) return cell.text.trim();
  if (typeof cell.value === "string") return cell.value.trim();
  if (isExcelError(cell.value)) return cell.value.error;
  return (cell.text || String(cell.value)).trim();
}

export function isBlank(cell: Cell): boolean {
  return cellText(cell) === "";
}

/** A sentence or a paragraph ("Globalement les cibles…"), not a table entry. */
export function isParagraph(text: string): boolean {
  return text.split(/\s+/).length >= 9 || text.length >= 80;
}
