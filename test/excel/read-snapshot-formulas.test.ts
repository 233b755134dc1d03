import { analyzeWorkbook } from "../../src/domain/analysis";
import { parseA1 } from "../../src/domain/address";
import { cellAt, type CellValue, type WorkbookSnapshot } from "../../src/domain/snapshot";
import { readSnapshot } from "../../src/excel/read-snapshot";
import { readWorkbookBuffer } from "../../src/xlsx/read-workbook";
import { excelSavedWorkbook } from "../fixtures/excel-xml/workbooks";
import { simulateWorkbook } from "../../src/simulated-excel";

describe("readSnapshot on formulas whose cached value is falsy, through the simulated Excel", () => {
  let fromFile: WorkbookSnapshot;
  let fromExcel: WorkbookSnapshot;
  beforeAll(async () => {
    fromFile = await readWorkbookBuffer(await excelSavedWorkbook());
    fromExcel = await simulateWorkbook(fromFile).run(readSnapshot);
  });

  it("gives the same snapshot as the file reader for a workbook saved by Excel", () => {
    expect(fromExcel).toEqual(fromFile);
  });

  it.each<[string, string, CellValue]>([
    ["Indicateurs 2021", "B3", 0],
    ["Indicateurs 2021", "B6", false],
    ["Indicateurs 2021", "B7", ""],
    ["Indicateurs 2021", "B8", { error: "#DIV/0!" }],
    ["Téléphonie 2021", "C9", 0],
  ])("reads %s!%s, a formula, as its cached value %j", (sheetName, address, value) => {
    const sheet = fromExcel.sheets.find((s) => s.name === sheetName)!;
    const { row, column } = parseA1(address)!;
    const cell = cellAt(sheet, row, column);
    expect([cell.value, cell.formula?.startsWith("=")]).toEqual([value, true]);
  });

  it("judges the rate whose formula caches 0 as met and counts August's 0 answered calls, as the file reader does", () => {
    const outcome = analyzeWorkbook(fromExcel);
    if (!outcome.ok) throw new Error(outcome.message);
    const claims = outcome.analysis.indicators.find((i) => i.name === "Taux de réclamations");
    expect([claims?.status, outcome.analysis.monthly?.months.find((m) => m.month === "2021-08")?.answered]).toEqual(["met", 0]);
  });
});
