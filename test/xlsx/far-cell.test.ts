/** The file reader on a sheet whose used rectangle is past MAX_SHEET_CELLS: no cells, its extent, the stray cell when one alone is the cause. */
import ExcelJS from "exceljs";
import { readWorkbookBuffer } from "../../src/xlsx/read-workbook";
import { farCellWorkbook } from "../fixtures/workbooks";

describe("reading a sheet with a value far from its table", () => {
  it("gives that sheet no cells but its extent and the stray cell, the other sheet read as usual", async () => {
    const snapshot = await readWorkbookBuffer(await farCellWorkbook("XFD1048576"));
    const [indicators, notes] = snapshot.sheets;
    expect(indicators.name).toBe("Indicateurs 2021");
    expect(indicators.oversized).toBeUndefined();
    expect(indicators.cells.length).toBeGreaterThan(10);
    expect(notes).toMatchObject({
      name: "Notes",
      origin: { row: 1, column: 1 },
      cells: [],
      oversized: { lastRow: 1_048_576, lastColumn: 16_384, cells: 1_048_576 * 16_384, strayCell: { row: 1_048_576, column: 16_384 } },
    });
  });

  it("names no stray cell when two values are far, only the far corner", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Feuil1");
    sheet.getCell("A1").value = "Indicateur";
    sheet.getCell("Z900000").value = 1;
    sheet.getCell("AA900001").value = 2;
    const snapshot = await readWorkbookBuffer(Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(snapshot.sheets[0]).toMatchObject({ cells: [], oversized: { lastRow: 900_001, lastColumn: 27, cells: 900_001 * 27 } });
    expect(snapshot.sheets[0].oversized?.strayCell).toBeUndefined();
  });

  it("still reads a sheet just under the limit cell by cell", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Feuil1");
    sheet.getCell("A1").value = "Indicateur";
    sheet.getCell("Y200000").value = 1;
    const [read] = (await readWorkbookBuffer(Buffer.from(await workbook.xlsx.writeBuffer()))).sheets;
    expect(read.oversized).toBeUndefined();
    expect([read.cells.length, read.cells[0].length]).toEqual([200_000, 25]);
    expect(read.cells[199_999][24].value).toBe(1);
  });
});
