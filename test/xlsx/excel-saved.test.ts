import { analyzeWorkbook, type Analysis } from "../../src/domain/analysis";
import { parseA1 } from "../../src/domain/address";
import { cellAt, lastRow, type CellValue, type SheetSnapshot, type WorkbookSnapshot } from "../../src/domain/snapshot";
import { readWorkbookBuffer } from "../../src/xlsx/read-workbook";
import { excelSavedWorkbook } from "../fixtures/excel-xml/workbooks";

function sheetNamed(snapshot: WorkbookSnapshot, name: string): SheetSnapshot {
  const sheet = snapshot.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

function at(snapshot: WorkbookSnapshot, sheet: string, address: string) {
  const { row, column } = parseA1(address)!;
  return cellAt(sheetNamed(snapshot, sheet), row, column);
}

function analysisOf(snapshot: WorkbookSnapshot): Analysis {
  const outcome = analyzeWorkbook(snapshot);
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.analysis;
}

describe.each([
  ["1900", false],
  ["1904", true],
])("a workbook saved by Excel in the %s date system", (_system, date1904) => {
  let snapshot: WorkbookSnapshot;
  beforeAll(async () => {
    snapshot = await readWorkbookBuffer(await excelSavedWorkbook({ date1904 }));
  });

  it.each<[string, string, CellValue, unknown]>([
    ["Indicateurs 2021", "B3", 0, "=Courriels!B3/Courriels!B1"],
    ["Indicateurs 2021", "B6", false, "=Courriels!B2>=0.8"],
    ["Indicateurs 2021", "B7", "", '=IF(Courriels!B4="","",Courriels!B4)'],
    ["Indicateurs 2021", "B8", { error: "#DIV/0!" }, "=Courriels!B5/Courriels!B6"],
    ["Indicateurs 2021", "C3", "< 2 %", null],
    ["Indicateurs 2021", "C8", "4/an", null],
    ["Indicateurs 2021", "A5", "Taux de connexion au site", null],
    ["Indicateurs 2021", "D4", '=HYPERLINK("https://intranet/telephonie";"Détail")', null],
    ["Téléphonie 2021", "C2", 1432, "=B2-Abandons!B2"],
    // A shared formula's other cells: its references moved, a sheet name after a minus included (exceljs, read before, gave "=B2-Abandons!B9").
    ["Téléphonie 2021", "C9", 0, "=B9-Abandons!B9"],
    ["Téléphonie 2021", "D9", 0, "=C9/B9"],
    ["Téléphonie 2021", "A2", 44197, null],
  ])("reads %s!%s as its cached value %j (formula %s)", (sheet, address, value, formula) => {
    const cell = at(snapshot, sheet, address);
    expect([cell.value, cell.formula]).toEqual([value, formula]);
  });

  it("shows a cached 0 in a `%` cell as Excel does and a cached FALSE as FAUX", () => {
    expect([at(snapshot, "Indicateurs 2021", "B3").text, at(snapshot, "Indicateurs 2021", "B6").text]).toEqual(["0%", "FAUX"]);
  });

  it("leaves styles-only cells out of the used range", () => {
    expect(lastRow(sheetNamed(snapshot, "Indicateurs 2021"))).toBe(8);
  });

  it("judges a rate whose formula caches 0 against `< 2 %` as met, not as missing", () => {
    const indicator = analysisOf(snapshot).indicators.find((i) => i.name === "Taux de réclamations");
    expect([indicator?.status, indicator?.result?.quantity?.value]).toEqual(["met", 0]);
  });

  it("reports a formula caching FALSE as an unreadable result, not a missing one", () => {
    const issues = analysisOf(snapshot).issues.filter((issue) => issue.cell === "B6");
    expect(issues.map((issue) => [issue.code, issue.message.includes("FAUX")])).toEqual([["RESULT_UNREADABLE", true]]);
  });

  it("warns that the comment `=HYPERLINK(…)` kept as text looks like a formula", () => {
    const issues = analysisOf(snapshot).issues.filter((issue) => issue.cell === "D4");
    expect(issues.map((issue) => [issue.code, issue.sheet])).toEqual([["FORMULA_LIKE_TEXT", "Indicateurs 2021"]]);
  });

  it("counts a month whose answered-calls formula caches 0 in the year's figures", () => {
    const monthly = analysisOf(snapshot).monthly;
    expect(monthly?.months.find((m) => m.month === "2021-08")).toMatchObject({ received: 980, answered: 0 });
    expect([monthly?.received, monthly?.answered]).toEqual([16230, 14434]);
  });
});
