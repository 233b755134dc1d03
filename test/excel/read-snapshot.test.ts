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

  it.each([10, 10_000])("reads a workbook with a %i-row sheet in exactly 3 syncs on the web, none refused", async (rows) => {
    const expected = await sampleWithLog(rows);
    const excel = simulateWorkbook(expected);
    expect(await excel.run(readSnapshot)).toEqual(expected);
    expect(excel.syncLog.map((record) => record.outcome)).toEqual(["ok", "ok", "ok"]);
  });

  it.each([10, 10_000])("reads a workbook with a %i-row sheet in exactly 2 syncs on the desktop", async (rows) => {
    const expected = await sampleWithLog(rows);
    const excel = simulateWorkbook(expected, undefined, { platform: "desktop" });
    expect((await excel.run((context) => readWorkbook(context, { payloadLimited: false }))).snapshot).toEqual(expected);
    expect(excel.syncCount).toBe(2);
  });

  it("reads whole numbers Excel types as Integer as numbers", async () => {
    const excel = simulateWorkbook(workbookOf(sheetOf("S", [["Résultat", 94]])));
    const snapshot = await excel.run(readSnapshot);
    expect(snapshot.sheets[0].cells[0][1].value).toBe(94);
  });

  it("reads merged areas from their areas, not from an address naming only top-left cells (office-js #1590)", async () => {
    const merges = [{ top: 2, left: 1, bottom: 4, right: 1 }];
    const expected = workbookOf(sheetOf("S", [["Thème", "Indicateur"], ["Accueil", "a"], [null, "b"], [null, "c"]], { merges }));
    const snapshot = await simulateWorkbook(expected).run(readSnapshot);
    expect(snapshot.sheets[0].merges).toEqual(merges);
  });

  it("reads the sheets without merges when Excel refuses more than 512 merged areas, instead of failing, in 4 syncs", async () => {
    const merges = Array.from({ length: 513 }, (_, index) => ({ top: index + 1, left: 1, bottom: index + 1, right: 2 }));
    const rows = Array.from({ length: 513 }, (_, index) => [`Indicateur ${index}`, null, index]);
    const excel = simulateWorkbook(workbookOf(sheetOf("S", rows, { merges })));
    const reading = await excel.run((context) => readWorkbook(context));
    expect(reading.mergesRead).toBe(false);
    expect(reading.snapshot.sheets[0].merges).toEqual([]);
    expect(reading.snapshot.sheets[0].cells[512][2].value).toBe(512);
    // The list, the refused shapes, the shapes again without merges (formula areas still asked), the content.
    expect(excel.syncCount).toBe(4);
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

  it("chooses row blocks up front from the shapes, with no refused sync, and still gives the whole snapshot", async () => {
    const expected = workbookOf(logSheet(2000));
    const excel = limitedHost(2000);
    const reading = await excel.run((context) => readWorkbook(context, { syncBudgetBytes: 100_000 }));
    expect(reading.snapshot).toEqual(expected);
    expect(excel.syncLog.every((record) => record.outcome === "ok")).toBe(true);
    expect(excel.syncCount).toBeGreaterThan(3);
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
