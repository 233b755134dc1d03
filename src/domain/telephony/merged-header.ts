/** A telephony header's words through merges: `Mois` merged over A1:A2 heads the row below too. */
import type { SheetSnapshot } from "../snapshot";
import { mergeAt, shownCell } from "../tables/merged";
import type { Grid, GridCell } from "./grid";
import { HEADER_SEARCH_ROWS } from "./headers";

/**
 * The grid with, in the rows where a header is looked for, every blank cell of a merged area showing the
 * merge's text. Only for finding the header: figures are read from the grid as it is.
 */
export function withMergedHeaderText(sheet: SheetSnapshot, grid: Grid): Grid {
  if (sheet.merges.length === 0) return grid;
  return grid.map((cells, index) => {
    if (index >= HEADER_SEARCH_ROWS) return cells;
    const row = sheet.origin.row + index;
    return cells.map((cell, offset): GridCell => {
      const column = sheet.origin.column + offset;
      if (cell.text.trim() !== "" || mergeAt(sheet, row, column) === null) return cell;
      const shown = shownCell(sheet, row, column);
      return typeof shown.value === "string" ? { ...cell, text: shown.value } : cell;
    });
  });
}
