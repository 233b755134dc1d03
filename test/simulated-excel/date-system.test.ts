import { modelSnapshot, simCell, SimulatedExcel } from "../../src/simulated-excel";
import { excelDate } from "../../src/simulated-excel/objects/functions";
import { readWorkbookBuffer } from "../../src/xlsx/read-workbook";
import { excelSavedWorkbook } from "../fixtures/excel-xml/workbooks";
import { simulateWorkbookBuffer } from "./seed-from-file";

async function dateOf(excel: SimulatedExcel, year: number, month: number, day: number) {
  return excel.run(async (context) => {
    const result = context.workbook.functions.date(year, month, day).load("value,error");
    expect(() => result.value).toThrow(/is not available/);
    await context.sync();
    return { value: result.value, error: result.error };
  });
}

describe("the simulated workbook's date system", () => {
  it("answers DATE(1904, 1, 1) with 0 in the 1904 system and 1462 in the 1900 one", async () => {
    const mac = new SimulatedExcel();
    mac.model.dateSystem = 1904;
    expect(await dateOf(mac, 1904, 1, 1)).toEqual({ value: 0, error: null });
    expect(await dateOf(new SimulatedExcel(), 1904, 1, 1)).toEqual({ value: 1462, error: null });
  });

  it.each<[number, number, number, 1900 | 1904, number | null, string | null]>([
    [2021, 1, 1, 1900, 44197, null],
    [2021, 1, 1, 1904, 42735, null],
    [1900, 2, 28, 1900, 59, null],
    [1900, 3, 1, 1900, 61, null],
    [121, 1, 1, 1900, 44197, null],
    [2021, 13, 1, 1900, 44562, null],
    [1902, 8, 12, 1904, null, "#NUM!"],
    [1, 7, 5, 1904, null, "#NUM!"],
  ])("DATE(%d, %d, %d) in the %d system is %j (error %j)", (year, month, day, system, value, error) => {
    expect(excelDate(year, month, day, system)).toEqual({ value, error });
  });

  it("seeded from the workbook Excel saved in the 1904 system, holds its raw serials and shows the right dates", async () => {
    const bytes = await excelSavedWorkbook({ date1904: true });
    const excel = await simulateWorkbookBuffer(bytes);
    expect(excel.model.dateSystem).toBe(1904);
    const a2 = simCell(excel, "Téléphonie 2021", "A2");
    expect([a2.value, a2.text]).toEqual([42735, "01/01/2021"]);
    const values = await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Téléphonie 2021").getRange("A2:B2").load("values,text");
      await context.sync();
      return [range.values[0], range.text[0]];
    });
    expect(values).toEqual([[42735, 1520], ["01/01/2021", "1520"]]);
    expect(modelSnapshot(excel)).toEqual(await readWorkbookBuffer(bytes));
  });

  it("shows a date written raw into a 1904 workbook as Excel does, 1 462 days after the 1900 system's reading", async () => {
    const excel = new SimulatedExcel();
    excel.model.dateSystem = 1904;
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.add("S");
      const range = sheet.getRange("A1:B1");
      range.numberFormat = [["dd/mm/yyyy", "[h]:mm"]];
      range.values = [[42735, 1.5]];
      await context.sync();
    });
    expect([simCell(excel, "S", "A1").text, simCell(excel, "S", "B1").text]).toEqual(["01/01/2021", "36:00"]);
  });
});
