/** A 1904 workbook read from its file: exactly the calendar dates move into the 1900 system, as in the Excel adapter. */
import ExcelJS from "exceljs";
import { parseA1 } from "../../src/domain/address";
import { cellAt, type WorkbookSnapshot } from "../../src/domain/snapshot";
import { readWorkbookBuffer } from "../../src/xlsx/read-workbook";
import { valueKindsWorkbook } from "../fixtures/workbooks";

function at(snapshot: WorkbookSnapshot, address: string) {
  const { row, column } = parseA1(address)!;
  return cellAt(snapshot.sheets[0], row, column);
}

/** Numbers written as they stand in the file (exceljs writes a number as it is, whatever its format). */
async function rawNumbers(date1904: boolean): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  if (date1904) workbook.properties.date1904 = true;
  const sheet = workbook.addWorksheet("Valeurs");
  const cells: [string, number, string][] = [
    ["A1", date1904 ? 42735 : 44197, "dd/mm/yyyy"],
    ["A2", 0.5, "hh:mm"],
    ["A3", 0.0035, "mm:ss"],
    ["A4", 1.5, "[h]:mm"],
    ["A5", date1904 ? 42766 : 44228, "YYYY-MM"],
    ["A6", 1520, "#,##0"],
    // exceljs takes for a date only lowercase y and d (uppercase M): it leaves this one unmoved.
    ["A7", date1904 ? 42735 : 44197, "DD/YYYY"],
  ];
  for (const [address, value, format] of cells) {
    sheet.getCell(address).value = value;
    sheet.getCell(address).numFmt = format;
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe("the file reader on a 1904 workbook", () => {
  it("keeps an elapsed time of 36:00 at 1,5 days, not 1 462 days more", async () => {
    const snapshot = await readWorkbookBuffer(await valueKindsWorkbook({ date1904: true }));
    expect([at(snapshot, "B10").value, at(snapshot, "B10").text]).toEqual([1.5, "36:00"]);
  });

  it("gives what the same workbook in the 1900 system gives: dates moved, times, durations and counts not", async () => {
    const [mac, windows] = [await readWorkbookBuffer(await rawNumbers(true)), await readWorkbookBuffer(await rawNumbers(false))];
    expect(mac).toEqual(windows);
    // exceljs carries a time through a Date and back: a few 1e-12 of a day off.
    const values = ["A1", "A2", "A3", "A4", "A5", "A6", "A7"].map((address) => Math.round((at(mac, address).value as number) * 1e9) / 1e9);
    expect(values).toEqual([44197, 0.5, 0.0035, 1.5, 44228, 1520, 44197]);
  });
});
