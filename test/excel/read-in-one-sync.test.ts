/**
 * The workbook read in one sync before a write (folding telephony figures in), by the sheets' names a
 * previous read gave, or null for the planned read.
 */
import type { WorkbookSnapshot } from "../../src/domain/snapshot";
import { readWorkbookInOneSync } from "../../src/excel/read-in-one-sync";
import { readWorkbook } from "../../src/excel/read-snapshot";
import { simulateWorkbook, simCell, type SimulatedExcel } from "../../src/simulated-excel";
import { readWorkbookBuffer, readWorkbookFile } from "../../src/xlsx/read-workbook";
import { excelSavedWorkbook } from "../fixtures/excel-xml/workbooks";
import { sheetOf, workbookOf } from "../simulated-excel/fixtures";
import type { WorkbookOperations } from "../../src/port";
import { operationsOn, SAMPLE_PATH, sampleWithLog, simulatedSample, syncsOf } from "./helpers";

const namesOf = (snapshot: WorkbookSnapshot): string[] => snapshot.sheets.map((sheet) => sheet.name);

describe("readWorkbookInOneSync", () => {
  it.each<[string, () => Promise<WorkbookSnapshot>]>([
    ["the sample workbook", () => readWorkbookFile(SAMPLE_PATH)],
    ["the workbook of several sites over four years", () => readWorkbookFile("samples/classeur-qualite-sites-2019-2022.xlsx")],
    ["the workbook saved by Excel", async () => readWorkbookBuffer(await excelSavedWorkbook())],
    ["a workbook with a hidden, a generated and an empty sheet", async () => workbookOf(sheetOf("A", [["x", 1]]), sheetOf("B", [["y"]], { visible: false, generatedTag: "summary:2021" }), sheetOf("Vide", []))],
  ])("gives for %s, in one sync, what readWorkbook gives", async (_case, workbook) => {
    const snapshot = await workbook();
    const planned = await simulateWorkbook(snapshot).run((context) => readWorkbook(context, { payloadLimited: true }));
    const excel = simulateWorkbook(snapshot);
    const once = await excel.run((context) => readWorkbookInOneSync(context, namesOf(snapshot)));
    expect([once?.snapshot, once?.sheets.map(({ name, tag, visible }) => ({ name, tag, visible })), excel.syncCount]).toEqual([
      planned.snapshot,
      planned.sheets.map(({ name, tag, visible }) => ({ name, tag, visible })),
      1,
    ]);
  });

  it("gives null, with no sync, when no sheet name is known", async () => {
    const excel = await simulatedSample();
    expect([await excel.run((context) => readWorkbookInOneSync(context, null)), excel.syncCount]).toEqual([null, 0]);
  });

  const changes: [string, (excel: SimulatedExcel) => void][] = [
    ["a sheet added", (excel) => excel.userAddSheet("Notes", [["à voir"]])],
    ["a sheet renamed", (excel) => excel.userRenameSheet("Téléphonie 2021", "Appels 2021")],
    ["a sheet deleted", (excel) => excel.userDeleteSheet("Indicateurs 2020")],
    ["two sheets swapped", (excel) => excel.model.sheets.reverse()],
  ];
  it.each(changes)("gives null, after its one sync, when the sheets changed since the names were read: %s", async (_case, change) => {
    const excel = await simulatedSample();
    const names = excel.model.sheets.map((sheet) => sheet.name);
    change(excel);
    expect([await excel.run((context) => readWorkbookInOneSync(context, names)), excel.syncCount]).toEqual([null, 1]);
  });

  it("gives null, after one refused sync, when Excel on the web refuses a response that large", async () => {
    const snapshot = await sampleWithLog(2000);
    const excel = simulateWorkbook(snapshot);
    excel.payloadLimit = 100_000;
    expect([await excel.run((context) => readWorkbookInOneSync(context, namesOf(snapshot))), excel.syncLog.map((record) => record.outcome)]).toEqual([null, ["ResponsePayloadSizeLimitExceeded"]]);
  });

  /** The sample and a sheet of notes reaching XFD1048576, past 5,000,000 cells. */
  async function sampleWithFarNotes(): Promise<SimulatedExcel> {
    const excel = await simulatedSample();
    excel.userAddSheet("Notes", [["Remarques du comité"]]);
    excel.userEdit("Notes", "XFD1048576", [["x"]]);
    return excel;
  }

  it("gives, in one sync, what readWorkbook gives when a sheet the last read found past 5,000,000 cells is asked only its size", async () => {
    const excel = await sampleWithFarNotes();
    const planned = await excel.run((context) => readWorkbook(context));
    const names = planned.sheets.map((sheet) => sheet.name);
    const before = excel.syncCount;
    const once = await excel.run((context) => readWorkbookInOneSync(context, names, new Set(["Notes"])));
    expect([once?.snapshot, excel.syncCount - before]).toEqual([planned.snapshot, 1]);
    expect(once?.snapshot.sheets.at(-1)).toMatchObject({ name: "Notes", cells: [], oversized: { lastRow: 1_048_576, lastColumn: 16_384 } });
  });

  it("gives null, after one refused sync, when that sheet is not known to be past the limit (RangeExceedsLimit)", async () => {
    const excel = await sampleWithFarNotes();
    const names = excel.model.sheets.map((sheet) => sheet.name);
    expect([await excel.run((context) => readWorkbookInOneSync(context, names)), excel.syncLog.map((record) => record.outcome)]).toEqual([null, ["RangeExceedsLimit"]]);
  });

  it("gives null, after its one sync, when the sheet known past the limit was brought back under it: its content is read as readWorkbook does", async () => {
    const excel = await sampleWithFarNotes();
    excel.userEdit("Notes", "XFD1048576", [[""]]);
    const names = excel.model.sheets.map((sheet) => sheet.name);
    expect([await excel.run((context) => readWorkbookInOneSync(context, names, new Set(["Notes"]))), excel.syncCount]).toEqual([null, 1]);
  });

  it("asks Excel nothing undocumented: the simulator refuses a null object's next sheet, and this read never meets it", async () => {
    const sheets = Array.from({ length: 70 }, (_, index) => sheetOf(`Feuille ${index + 1}`, [["x"]]));
    const snapshot = workbookOf(...sheets);
    const once = await simulateWorkbook(snapshot).run((context) => readWorkbookInOneSync(context, namesOf(snapshot)));
    expect(once?.sheets.map((sheet) => sheet.name)).toEqual(namesOf(snapshot));
  });
});

describe("folding pasted telephony figures in", () => {
  const PASTED = "Mois\tAppels reçus\tAppels aboutis\nmars 2021\t1500\t1400";

  it("reads in one sync and writes in the next once the pane has opened (its settings read lists the sheets)", async () => {
    const excel = await simulatedSample();
    const operations = operationsOn(excel);
    await operations.loadSettings();
    const preview = await operations.previewTelephony(PASTED, 2021);
    const { syncs } = await syncsOf(excel, () => operations.applyTelephony(preview));
    expect(syncs).toBe(2);
  });

  it("reads as readWorkbook plans it when no read gave the sheets' names, and still writes the month; the next fold is back to 2 syncs", async () => {
    const excel = await simulatedSample();
    const operations = operationsOn(excel);
    // Previewed by another pane: this one has read nothing yet.
    const preview = await operationsOn(excel).previewTelephony(PASTED, 2021);
    const first = await syncsOf(excel, () => operations.applyTelephony(preview));
    expect([first.result.replacedMonths, first.syncs]).toEqual([["2021-03"], 4]);
    const second = await syncsOf(excel, () => operations.applyTelephony(preview));
    expect(second.syncs).toBe(2);
  });

  it("reads as readWorkbook plans it when a sheet was added since, and folds the month right", async () => {
    const excel = await simulatedSample();
    const operations = operationsOn(excel);
    await operations.loadSettings();
    const preview = await operations.previewTelephony(PASTED, 2021);
    excel.userAddSheet("Notes", [["à voir"]]);
    const { syncs, result } = await syncsOf(excel, () => operations.applyTelephony(preview));
    expect([result.replacedMonths, syncs, simCell(excel, "Téléphonie 2021", "B4").value]).toEqual([["2021-03"], 5, 1500]);
  });

  it.each<[string, (operations: WorkbookOperations) => Promise<unknown>, number]>([
    ["Analyser read it", (operations) => operations.analyze({ year: null, tolerance: 0 }), 3],
    ["a preview read it as readWorkbook plans it (its one-sync read refused: 1 + 3 syncs)", (operations) => operations.previewTelephony(PASTED, 2021), 4],
  ])("keeps 1 sync for the preview and 2 for the fold with a sheet past 5,000,000 cells once %s", async (_case, firstRead, firstSyncs) => {
    const excel = await simulatedSample();
    excel.userAddSheet("Notes", [["Remarques du comité"]]);
    excel.userEdit("Notes", "XFD1048576", [["x"]]);
    const operations = operationsOn(excel);
    await operations.loadSettings();
    expect((await syncsOf(excel, () => firstRead(operations))).syncs).toBe(firstSyncs);
    const preview = await syncsOf(excel, () => operations.previewTelephony(PASTED, 2021));
    const fold = await syncsOf(excel, () => operations.applyTelephony(preview.result));
    expect([preview.syncs, fold.syncs, fold.result.replacedMonths, simCell(excel, "Téléphonie 2021", "B4").value]).toEqual([1, 2, ["2021-03"], 1500]);
    expect(excel.syncLog.map((record) => record.outcome).filter((outcome) => outcome !== "ok")).toEqual(firstSyncs === 4 ? ["RangeExceedsLimit"] : []);
    expect(fold.result.analysis?.issues[0]).toMatchObject({ code: "SHEET_TOO_LARGE", sheet: "Notes" });
  });

  it("refuses in one sync a fold whose own sheet Analyser found past 5,000,000 cells", async () => {
    const excel = await simulatedSample();
    const operations = operationsOn(excel);
    const preview = await operations.previewTelephony(PASTED, 2021);
    excel.userEdit("Téléphonie 2021", "XFD1048576", [["x"]]);
    await operations.analyze({ year: null, tolerance: 0 });
    const before = excel.syncCount;
    await expect(operations.applyTelephony(preview)).rejects.toThrow(/«\u00a0Téléphonie 2021\u00a0», où iraient ces chiffres, n'a pas été lue/);
    expect(excel.syncCount - before).toBe(1);
  });

  it("reads as readWorkbook plans it when the one-sync read is refused, and still writes the month", async () => {
    const excel = simulateWorkbook(await sampleWithLog(2000));
    excel.payloadLimit = 150_000;
    const operations = operationsOn(excel);
    await operations.loadSettings();
    const preview = await operations.previewTelephony(PASTED, 2021);
    const { syncs, result } = await syncsOf(excel, () => operations.applyTelephony(preview));
    expect([result.replacedMonths, syncs > 2]).toEqual([["2021-03"], true]);
  });
});
