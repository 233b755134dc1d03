/**
 * Range.getSpecialCellsOrNullObject (ExcelApi 1.9): "the RangeAreas object, comprising one or more ranges,
 * that represents all the cells that match the specified type and value. If no special cells are found, then
 * this method returns an object with its isNullObject property set to true"
 * (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getspecialcellsornullobject-member(1),
 * https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-ranges-special-cells). Only `formulas`
 * (every value type) is modelled.
 *
 * How many areas it can return is not documented for Office.js. VBA's SpecialCells, past 8,192
 * non-contiguous areas, silently gives every cell of the range instead
 * (https://learn.microsoft.com/office/troubleshoot/excel/specialcells(xlcelltypeblanks)-vba-function), and
 * the one documented limit of a RangeAreas getter is getMergedAreasOrNullObject's 512 areas, past which it
 * "will fail". The simulator takes the harsher reading: past 512 areas the sync fails (GeneralException).
 * How Excel cuts the cells into areas is not documented either: here, runs of a row merged with the same
 * run on the rows below.
 */
import type { Rect } from "../addresses";
import type { SimSheet } from "../model";
import { keyPosition } from "../model";
import { SimError } from "../errors";

export const MAX_SPECIAL_CELL_AREAS = 512;

/**
 * The runs of formula cells of each row of `range` that holds one, rows in order: from the cells the sheet
 * stores, not by visiting the whole range (a used range can reach XFD1048576).
 */
function rowRuns(sheet: SimSheet, range: Rect): Map<number, Rect[]> {
  const columnsByRow = new Map<number, number[]>();
  for (const [key, cell] of sheet.cells) {
    if (cell.formula === null) continue;
    const { row, column } = keyPosition(key);
    if (row < range.top || row > range.bottom || column < range.left || column > range.right) continue;
    columnsByRow.set(row, [...(columnsByRow.get(row) ?? []), column]);
  }
  const runs = new Map<number, Rect[]>();
  for (const row of [...columnsByRow.keys()].sort((a, b) => a - b)) {
    const columns = (columnsByRow.get(row) as number[]).sort((a, b) => a - b);
    const line: Rect[] = [];
    for (const column of columns) {
      const last = line[line.length - 1];
      if (last !== undefined && last.right === column - 1) line[line.length - 1] = { ...last, right: column };
      else line.push({ top: row, bottom: row, left: column, right: column });
    }
    runs.set(row, line);
  }
  return runs;
}

/** The areas of the formula cells of `range`, top to bottom then left to right. */
export function formulaAreas(sheet: SimSheet, range: Rect): Rect[] {
  const done: Rect[] = [];
  let open: Rect[] = [];
  let previous = range.top - 1;
  for (const [row, runs] of rowRuns(sheet, range)) {
    // A row without formulas between two that hold some closes every open area.
    if (row !== previous + 1) {
      done.push(...open);
      open = [];
    }
    previous = row;
    const next: Rect[] = [];
    for (const run of runs) {
      const above = open.find((area) => area.left === run.left && area.right === run.right);
      next.push(above ? { ...above, bottom: row } : run);
    }
    done.push(...open.filter((area) => !next.some((kept) => kept.top === area.top && kept.left === area.left)));
    open = next;
  }
  const areas = [...done, ...open].sort((a, b) => a.top - b.top || a.left - b.left);
  if (areas.length > MAX_SPECIAL_CELL_AREAS) throw new SimError("GeneralException", "There was an internal error while processing the request.");
  return areas;
}
