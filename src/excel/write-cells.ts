/** Queues scattered planned cells (no bounding box: no other cell is touched), a row run per write. */
import { rangeA1 } from "../domain/address";
import type { CellStyle, PlannedCell } from "../report/plan";
import { applyStyle } from "./apply-style";
import { styleBlocks } from "./style-runs";
import { styleAreas } from "./style-areas";
import { TEXT_FORMAT } from "./write-sheet";
import { workbookNumber, type DateSystem } from "./date-system";

function runs(cells: readonly PlannedCell[]): PlannedCell[][] {
  const sorted = [...cells].sort((a, b) => a.row - b.row || a.column - b.column);
  const result: PlannedCell[][] = [];
  for (const cell of sorted) {
    const run = result[result.length - 1];
    const last = run?.[run.length - 1];
    if (last && last.row === cell.row && last.column === cell.column - 1) run.push(cell);
    else result.push([cell]);
  }
  return result;
}

function input(cell: PlannedCell, numberFormat: string | null, dateSystem: DateSystem): string | number {
  switch (cell.value.kind) {
    case "text": return cell.value.text;
    case "number": return workbookNumber(cell.value.number, numberFormat, dateSystem);
    case "blank": return "";
    case "formula": return cell.value.formula;
  }
}

/** Text is kept text; a cell with no format of its own keeps the sheet's (null leaves it unchanged in Excel). */
function numberFormatOf(cell: PlannedCell, styles: Readonly<Record<string, CellStyle>>): string | null {
  if (cell.value.kind === "text") return TEXT_FORMAT;
  return (cell.style && styles[cell.style]?.numberFormat) || null;
}

/** `dateSystem`: the workbook's (WorkbookReading.dateSystem), in which a planned date is written. */
export function writeScatteredCells(worksheet: Excel.Worksheet, cells: readonly PlannedCell[], styles: Readonly<Record<string, CellStyle>>, dateSystem: DateSystem): void {
  for (const run of runs(cells)) {
    const range = worksheet.getRange(rangeA1(run[0].row, run[0].column, run[0].row, run[run.length - 1].column));
    const formats = run.map((cell) => numberFormatOf(cell, styles));
    range.numberFormat = [formats];
    range.values = [run.map((cell, index) => input(cell, formats[index], dateSystem))];
  }
  for (const areas of styleAreas(styleBlocks(cells), styles)) {
    applyStyle(worksheet.getRanges(areas.address).format, styles[areas.style], areas.edges);
  }
}
