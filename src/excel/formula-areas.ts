/**
 * The cells of a sheet that hold a formula, asked in the planned read's shape sync so that its content
 * syncs load `formulas` only there: for the other cells `formulas` repeats the value (about a third of the
 * content's bytes), and cells.ts reads a cell as a formula only when the two differ.
 *
 * Range.getSpecialCellsOrNullObject(formulas) (ExcelApi 1.9) gives "the RangeAreas object, comprising one
 * or more ranges, that represents all the cells that match", a null object when there are none
 * (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getspecialcellsornullobject-member(1),
 * https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-ranges-special-cells); the docs advise
 * asking it of the used range (on a whole sheet it can take very long, https://github.com/OfficeDev/office-js/issues/4245).
 * How many areas it may return is not documented: VBA's SpecialCells gives the whole range past 8,192 areas
 * (https://learn.microsoft.com/office/troubleshoot/excel/specialcells(xlcelltypeblanks)-vba-function), which
 * only costs bytes here; the simulator fails it past 512, as getMergedAreasOrNullObject does, and the read
 * then loads `formulas` whole, as it did before (read-snapshot.ts, readShapes). Asked of `getUsedRange(true)`,
 * not of a used range that may be a null object, and its areas loaded through its own load (the rule of
 * read-snapshot.ts for merged areas).
 */
import type { Block } from "./read-plan";

const AREA_SHAPE = ["areas/items/rowIndex", "areas/items/columnIndex", "areas/items/rowCount", "areas/items/columnCount"];
/** Past this many areas in a sheet, `formulas` is loaded whole: a range per area costs its own command. */
export const MAX_FORMULA_AREAS = 512;

export interface Area {
  /** 0-based, in the sheet. */
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly rowCount: number;
  readonly columnCount: number;
}

export function queueFormulaAreas(worksheet: Excel.Worksheet): Excel.RangeAreas {
  return worksheet.getUsedRange(true).getSpecialCellsOrNullObject("Formulas").load(["areaCount", ...AREA_SHAPE]);
}

/** The areas once synced: [] when the sheet has no formula; null when `formulas` must be loaded whole. */
export function formulaAreasOf(queued: Excel.RangeAreas | null): Area[] | null {
  if (queued === null) return null;
  if (queued.isNullObject) return [];
  if (queued.areaCount > MAX_FORMULA_AREAS) return null;
  return queued.areas.items.map(({ rowIndex, columnIndex, rowCount, columnCount }) => ({ rowIndex, columnIndex, rowCount, columnCount }));
}

/** The part of each area within a block's rows (`top`: the used range's first row, 0-based). */
export function areasInBlock(areas: readonly Area[], block: Block, top: number): Area[] {
  const first = top + block.firstRow;
  const last = first + block.rowCount - 1;
  return areas.flatMap((area) => {
    const from = Math.max(first, area.rowIndex);
    const to = Math.min(last, area.rowIndex + area.rowCount - 1);
    return from > to ? [] : [{ ...area, rowIndex: from, rowCount: to - from + 1 }];
  });
}

export function cellsIn(areas: readonly Area[]): number {
  return areas.reduce((sum, area) => sum + area.rowCount * area.columnCount, 0);
}

/**
 * A block's `formulas` from its areas' own: each cell outside them is null, which cells.ts reads as no
 * formula, as it reads a `formulas` entry equal to the value.
 */
export function formulasGrid(rowCount: number, columnCount: number, origin: { row: number; column: number }, parts: readonly { area: Area; formulas: readonly (readonly unknown[])[] }[]): unknown[][] {
  const grid: unknown[][] = Array.from({ length: rowCount }, () => new Array<unknown>(columnCount).fill(null));
  for (const { area, formulas } of parts) {
    formulas.forEach((line, row) => {
      line.forEach((formula, column) => {
        grid[area.rowIndex - origin.row + row][area.columnIndex - origin.column + column] = formula;
      });
    });
  }
  return grid;
}
