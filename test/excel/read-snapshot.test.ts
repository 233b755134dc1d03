import { readSnapshot, readWorkbook } from "../../src/excel/read-snapshot";
import { readWorkbookBuffer } from "../../src/xlsx/read-workbook";
import { sheetPerYearWorkbook } from "../fixtures/workbooks";
import { SimulatedExcel, simulateWorkbook } from "../../src/simulated-excel";
import { sheetOf, workbookOf } from "../simulated-excel/fixtures";
import { sampleSnapshot, sampleWithLog, logSheet } from "./helpers";

describe("readSnapshot through the simulated Excel", () => {
  it("gives the same snapshot as the file reader for the sample workbook", async () => {
    const fromFile = await sampleSnapshot();
    const excel = simulateWorkbook(fromFile);
    expect(await excel.run(readSnapshot)).toEqual(fromFile);
  });

  it("gives the same snapshot as the file reader for a workbook with merged thématiques", async () => {
    const fromFile = await readWorkbookBuffer(await sheetPerYearWorkbook());
    expect(await simulateWorkbook(fromFile).run(readSnapshot)).toEqual(fromFile);
  });

  it.each([10, 10_000])("reads a workbook with a %i-row sheet in exactly 2 syncs", async (rows) => {
    const excel = simulateWorkbook(await sampleWithLog(rows));
    await excel.run(readSnapshot);
    expect(excel.syncCount).toBe(2);
  });

  it("turns Excel error values into { error } and keeps formulas apart from text that looks like one", async () => {
    const excel = new SimulatedExcel();
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.add("Saisie");
      sheet.getRange("A1:A2").numberFormat = [["General"], ["@"]];
      sheet.getRange("A1:C2").values = [["=B1*2", 21, "#N/A"], ["=HYPERLINK(\"x\")", "vrai", ""]];
    });
    const snapshot = await excel.run(readSnapshot);
    const [row1, row2] = snapshot.sheets[0].cells;
    expect(row1[0].formula).toBe("=B1*2");
    expect(row1[2].value).toEqual("#N/A");
    expect(row2[0]).toMatchObject({ value: '=HYPERLINK("x")', formula: null, numberFormat: "@" });
  });

  it("reads an error cell as { error: text }", async () => {
    const excel = simulateWorkbook(workbookOf(sheetOf("S", [["Résultat", { error: "#DIV/0!" }]])));
    const snapshot = await excel.run(readSnapshot);
    expect(snapshot.sheets[0].cells[0][1]).toEqual({ value: { error: "#DIV/0!" }, text: "#DIV/0!", numberFormat: "General", formula: null });
  });

  it("lists each sheet's id, visibility and tag", async () => {
    const excel = simulateWorkbook(workbookOf(sheetOf("Mienne", [["a"]]), sheetOf("Synthèse 2021", [["b"]], { generatedTag: "summary:2021", visible: false })));
    const reading = await excel.run((context) => readWorkbook(context));
    expect(reading.sheets.map(({ name, visible, tag }) => ({ name, visible, tag }))).toEqual([
      { name: "Mienne", visible: true, tag: null },
      { name: "Synthèse 2021", visible: false, tag: "summary:2021" },
    ]);
  });

  it("reads an empty sheet as an empty grid at A1", async () => {
    const excel = simulateWorkbook(workbookOf(sheetOf("Vide", [])));
    const snapshot = await excel.run(readSnapshot);
    expect(snapshot.sheets[0]).toMatchObject({ origin: { row: 1, column: 1 }, cells: [], merges: [] });
  });
});

describe("readSnapshot when a read passes Excel on the web's 5 MB", () => {
  const limitedHost = (rows: number) => {
    const excel = simulateWorkbook(workbookOf(logSheet(rows)));
    excel.payloadLimit = 150_000;
    return excel;
  };

  it("falls back to row blocks and still gives the whole snapshot", async () => {
    const expected = workbookOf(logSheet(2000));
    const excel = limitedHost(2000);
    const reading = await excel.run((context) => readWorkbook(context, { syncBudgetBytes: 100_000 }));
    expect(reading.snapshot).toEqual(expected);
    expect(excel.syncLog.filter((record) => record.outcome === "RequestPayloadSizeLimitExceeded")).toHaveLength(1);
  });

  it("takes a number of syncs proportional to the size", async () => {
    const syncs = async (rows: number) => {
      const excel = limitedHost(rows);
      await excel.run((context) => readWorkbook(context, { syncBudgetBytes: 100_000 }));
      return excel.syncCount;
    };
    const [small, large] = [await syncs(2000), await syncs(8000)];
    expect(large).toBeGreaterThan(small * 2.5);
    expect(large).toBeLessThan(small * 5);
  });
});
