/** The year a table speaks of, from its header, its sheet name or the title rows above it. */
import { cellAt, lastColumn, type SheetSnapshot } from "../snapshot";
import { yearsIn } from "../text/french";

/** The last year written in the sheet name ("Bilan 2020-2021" → 2021), null when none. */
export function yearFromSheetName(name: string): number | null {
  const years = yearsIn(name);
  return years.length > 0 ? years[years.length - 1] : null;
}

/** A title is short; a paragraph that mentions a year in passing is not a title. */
const MAX_TITLE_WORDS = 12;

/** The year of the nearest title row above the header ("BILAN QUALITE 2021"), null when none. */
export function yearFromTitles(sheet: SheetSnapshot, from: number, headerRow: number): number | null {
  for (let row = headerRow - 1; row >= Math.max(from, sheet.origin.row); row--) {
    for (let column = sheet.origin.column; column <= lastColumn(sheet); column++) {
      const cell = cellAt(sheet, row, column);
      const text = typeof cell.value === "string" ? cell.value : "";
      const years = text.split(/\s+/).length <= MAX_TITLE_WORDS ? yearsIn(text) : [];
      if (years.length > 0) return years[years.length - 1];
    }
  }
  return null;
}

/** The titles above the table first (a sheet may hold several years), then the sheet name. */
export function contextYear(sheet: SheetSnapshot, from: number, headerRow: number): number | null {
  return yearFromTitles(sheet, from, headerRow) ?? yearFromSheetName(sheet.name);
}
