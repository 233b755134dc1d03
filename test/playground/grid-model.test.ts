import { gridView, MAX_ROWS_SHOWN } from "../../src/playground/view/grid-model";
import { cellForWrite } from "../../src/simulated-excel/model";
import { simulateWorkbook, simSheet } from "../../src/simulated-excel";
import { sheetOf, workbookOf } from "../simulated-excel/fixtures";

function sample() {
  const excel = simulateWorkbook(
    workbookOf(
      sheetOf("Indicateurs 2021", [
        ["BILAN QUALITE 2021", null, null],
        ["Indicateur", "Résultat", "Cible"],
        ["Taux d'appels aboutis", null, ">90 %"],
      ]),
      sheetOf("Autre", [["x"]]),
    ),
  );
  const sheet = simSheet(excel, "Indicateurs 2021");
  Object.assign(cellForWrite(sheet, 3, 2), { value: 0.94, numberFormat: "0 %", seededText: null });
  return { excel, sheet };
}

const cellAt = (grid: ReturnType<typeof gridView>, address: string) => grid.rows.flatMap((row) => row.cells).find((cell) => cell.address === address);

describe("the workbook view's grid", () => {
  it("shows each cell's displayed text, numbers aligned right and text left", () => {
    const { excel, sheet } = sample();
    const grid = gridView(excel.model, sheet);
    expect(cellAt(grid, "A3")).toMatchObject({ text: "Taux d'appels aboutis", align: "left" });
    expect(cellAt(grid, "B3")).toMatchObject({ text: "94 %", align: "right" });
    expect(cellAt(grid, "C3")).toMatchObject({ text: ">90 %", align: "left" });
  });

  it("draws a margin of empty rows and columns around the used range, from A1", () => {
    const { excel, sheet } = sample();
    const grid = gridView(excel.model, sheet);
    expect(grid.rows[0].row).toBe(1);
    expect(grid.rows.length).toBeGreaterThanOrEqual(5);
    expect(grid.columns.map((column) => column.letters).slice(0, 4)).toEqual(["A", "B", "C", "D"]);
    expect(grid.truncated).toBe(false);
  });

  it("spans a merged title over its columns and leaves out the cells it covers", () => {
    const { excel, sheet } = sample();
    sheet.merges.push({ top: 1, left: 1, bottom: 1, right: 3 });
    const grid = gridView(excel.model, sheet);
    expect(cellAt(grid, "A1")).toMatchObject({ colSpan: 3, rowSpan: 1, text: "BILAN QUALITE 2021" });
    expect(cellAt(grid, "B1")).toBeUndefined();
    expect(cellAt(grid, "C1")).toBeUndefined();
    expect(cellAt(grid, "D1")).toBeDefined();
  });

  it("carries a solid fill, bold, italic and the font colour; no fill is null", () => {
    const { excel, sheet } = sample();
    const cell = cellForWrite(sheet, 2, 1);
    cell.format.fill = { pattern: "Solid", color: "#1F3864" };
    cell.format.font = { ...cell.format.font, bold: true, italic: true, color: "#FFFFFF" };
    const grid = gridView(excel.model, sheet);
    expect(cellAt(grid, "A2")).toMatchObject({ fill: "#1F3864", bold: true, italic: true, color: "#FFFFFF" });
    expect(cellAt(grid, "B2")).toMatchObject({ fill: null, bold: false });
  });

  it.each([
    ["D11", ["D11"]],
    ["B2:C3", ["B2", "B3", "C2", "C3"]],
  ])("marks the cells of the selection %s on its own sheet only", (address, expected) => {
    const { excel, sheet } = sample();
    excel.model.selection = { sheetId: sheet.id, address };
    const grid = gridView(excel.model, sheet);
    const selected = grid.rows.flatMap((row) => row.cells).filter((cell) => cell.selected).map((cell) => cell.address).sort();
    expect(selected).toEqual(expected);
    expect(grid.selection).toBe(address);
    const other = gridView(excel.model, simSheet(excel, "Autre"));
    expect(other.rows.flatMap((row) => row.cells).some((cell) => cell.selected)).toBe(false);
    expect(other.selection).toBeNull();
  });

  it("gives a formula cell its formula beside the cached text", () => {
    const { excel, sheet } = sample();
    Object.assign(cellForWrite(sheet, 4, 2), { value: 0.5, formula: "=B3/2", numberFormat: "0 %", seededText: null });
    expect(cellAt(gridView(excel.model, sheet), "B4")).toMatchObject({ formula: "=B3/2", text: "50 %" });
  });

  it("converts column widths and row heights from points to pixels", () => {
    const { excel, sheet } = sample();
    sheet.columnWidths.set(1, 150);
    sheet.rowHeights.set(2, 30);
    const grid = gridView(excel.model, sheet);
    expect(grid.columns[0].widthPx).toBe(200);
    expect(grid.rows[1].heightPx).toBe(40);
    expect(grid.rows[0].heightPx).toBeNull();
  });

  it("stops at a few hundred rows and says so", () => {
    const excel = simulateWorkbook(workbookOf(sheetOf("Long", Array.from({ length: MAX_ROWS_SHOWN + 50 }, (_, index) => [index]))));
    const sheet = simSheet(excel, "Long");
    const grid = gridView(excel.model, sheet);
    expect(grid.rows).toHaveLength(MAX_ROWS_SHOWN);
    expect(grid.truncated).toBe(true);
  });
});

