/** The workbook read in one sync before a write (folding telephony figures in), or null for the planned read. */
import type { WorkbookSnapshot } from "../../src/domain/snapshot";
import { MAX_CHAINED_SHEETS, readWorkbookInOneSync } from "../../src/excel/read-in-one-sync";
import { readWorkbook } from "../../src/excel/read-snapshot";
import { simulateWorkbook } from "../../src/simulated-excel";
import { readWorkbookBuffer, readWorkbookFile } from "../../src/xlsx/read-workbook";
import { excelSavedWorkbook } from "../fixtures/excel-xml/workbooks";
import { sheetOf, workbookOf } from "../simulated-excel/fixtures";
import { operationsOn, SAMPLE_PATH, sampleWithLog, syncsOf } from "./helpers";

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
    const once = await excel.run((context) => readWorkbookInOneSync(context));
    expect([once?.snapshot, once?.sheets.map(({ name, tag, visible }) => ({ name, tag, visible })), excel.syncCount]).toEqual([
      planned.snapshot,
      planned.sheets.map(({ name, tag, visible }) => ({ name, tag, visible })),
      1,
    ]);
  });

  it("gives null, after one refused sync, when Excel on the web refuses a response that large", async () => {
    const excel = simulateWorkbook(await sampleWithLog(2000));
    excel.payloadLimit = 100_000;
    expect([await excel.run((context) => readWorkbookInOneSync(context)), excel.syncLog.map((record) => record.outcome)]).toEqual([null, ["ResponsePayloadSizeLimitExceeded"]]);
  });

  it(`gives null for a workbook of more than ${MAX_CHAINED_SHEETS} sheets, which it does not follow to the end`, async () => {
    const sheets = Array.from({ length: MAX_CHAINED_SHEETS + 1 }, (_, index) => sheetOf(`Feuille ${index + 1}`, [["x"]]));
    expect(await simulateWorkbook(workbookOf(...sheets)).run((context) => readWorkbookInOneSync(context))).toBeNull();
  });
});

describe("folding pasted telephony figures in when the one-sync read is refused", () => {
  it("reads as readWorkbook plans it, and still writes the month", async () => {
    const excel = simulateWorkbook(await sampleWithLog(2000));
    excel.payloadLimit = 150_000;
    const operations = operationsOn(excel);
    const preview = await operations.previewTelephony("Mois\tAppels reçus\tAppels aboutis\nmars 2021\t1500\t1400", 2021);
    const { syncs, result } = await syncsOf(excel, () => operations.applyTelephony(preview));
    expect([result.replacedMonths, syncs > 2]).toEqual([["2021-03"], true]);
  });
});
