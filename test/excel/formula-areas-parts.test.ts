/** The pure parts of src/excel/formula-areas.ts: what a synced answer means, areas cut by a block, the grid. */
import { areasInBlock, formulaAreasOf, formulasGrid, MAX_FORMULA_AREAS, type Area } from "../../src/excel/formula-areas";

const answer = (isNullObject: boolean, items: Area[], areaCount = items.length) => ({ isNullObject, areaCount, areas: { items } }) as unknown as Excel.RangeAreas;

describe("formula areas as the read uses them", () => {
  it("reads a null object as no formula, an answer past the cap (Excel gave more areas than the simulator allows) as `formulas` whole, and not asked as whole", () => {
    const one: Area = { rowIndex: 2, columnIndex: 1, rowCount: 3, columnCount: 1 };
    expect([formulaAreasOf(answer(true, [])), formulaAreasOf(answer(false, [one])), formulaAreasOf(answer(false, [one], MAX_FORMULA_AREAS + 1)), formulaAreasOf(null)]).toEqual([[], [one], null, null]);
  });

  it("cuts each area to a block's rows, counted from the used range's first row", () => {
    const areas: Area[] = [
      { rowIndex: 2, columnIndex: 1, rowCount: 10, columnCount: 2 },
      { rowIndex: 20, columnIndex: 0, rowCount: 1, columnCount: 1 },
    ];
    // Used range from row index 1; the block's rows 5 to 9 of it are the sheet's row indexes 6 to 10.
    expect(areasInBlock(areas, { sheet: 0, firstRow: 5, rowCount: 5 }, 1)).toEqual([{ rowIndex: 6, columnIndex: 1, rowCount: 5, columnCount: 2 }]);
    expect(areasInBlock(areas, { sheet: 0, firstRow: 0, rowCount: 2 }, 1)).toEqual([{ rowIndex: 2, columnIndex: 1, rowCount: 1, columnCount: 2 }]);
  });

  it("puts each area's formulas at their place in the block, null elsewhere", () => {
    const area: Area = { rowIndex: 6, columnIndex: 2, rowCount: 2, columnCount: 1 };
    expect(formulasGrid(3, 3, { row: 5, column: 1 }, [{ area, formulas: [["=A7"], ["=A8"]] }])).toEqual([
      [null, null, null],
      [null, "=A7", null],
      [null, "=A8", null],
    ]);
  });
});
