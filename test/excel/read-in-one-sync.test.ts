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
