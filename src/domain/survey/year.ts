/** The year a survey speaks of: its sheet's name, a title above its header, else the year most of its dates fall in. */
import type { Grid } from "../telephony/grid";
import { excelSerialToDate, isDateFormat } from "../telephony/months";
import { yearsIn } from "../text/french";

const yearIn = (text: string): number | null => yearsIn(text)[0] ?? null;
import type { SurveyColumn } from "./columns";

function titleYear(grid: Grid, headerRow: number): number | null {
  for (let row = 0; row < headerRow; row++) {
    for (const cell of grid[row] ?? []) {
      const year = cell.number === null ? yearIn(cell.text) : null;
      if (year !== null) return year;
    }
  }
  return null;
}

function dateYear(grid: Grid, headerRow: number, column: SurveyColumn | undefined): number | null {
  if (column === undefined) return null;
  const tally = new Map<number, number>();
  for (let row = headerRow + 1; row < grid.length; row++) {
    const cell = grid[row]?.[column.index];
    if (cell === undefined) continue;
    const year =
      cell.number !== null && isDateFormat(cell.numberFormat) ? excelSerialToDate(cell.number).year : cell.number === null ? yearIn(cell.text) : null;
    if (year !== null) tally.set(year, (tally.get(year) ?? 0) + 1);
  }
  let best: number | null = null;
  for (const [year, count] of tally) if (best === null || count > (tally.get(best) ?? 0)) best = year;
  return best;
}

export function surveyYear(grid: Grid, headerRow: number, columns: readonly SurveyColumn[], sheetName: string | null): number | null {
  return (
    (sheetName === null ? null : yearIn(sheetName)) ??
    titleYear(grid, headerRow) ??
    dateYear(grid, headerRow, columns.find((column) => column.role === "date"))
  );
}
