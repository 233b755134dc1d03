/**
 * Issue 8, point 3 — failure mid-way: when Excel rejects a write (a co-author's edit, a protected sheet,
 * the payload limit), no half-written report stays behind, the previous one is whole, and the user reads
 * in French what happened and what to do.
 */
import type { Issue } from "../../src/domain/issues";
import { applyPlan } from "../../src/excel/apply-plan";
import { EXCEL_MESSAGES } from "../../src/excel/messages";
import { planReport } from "../../src/report";
import { modelSnapshot, sheetFingerprint, sheetNames, sheetTag, simCell, type SimulatedExcel } from "../../src/simulated-excel";
import { newSheet, type SimSheet } from "../../src/simulated-excel/model";
import { operationsOn, simulatedSample } from "../excel/helpers";

const SETTINGS = { year: null, tolerance: 0 };
/** generateReport reads the sheet list, the shapes, then the cells, then writes: the write is its fourth sync. */
const WRITE_SYNC = 4;

const pendingSheets = (excel: SimulatedExcel) => sheetNames(excel).filter((name) => name.startsWith("~BQ"));

async function sampleWithReport(): Promise<SimulatedExcel> {
  const excel = await simulatedSample();
  await operationsOn(excel).generateReport(SETTINGS);
  return excel;
}

describe("failure mid-way: a rejected generation leaves the previous report whole", () => {
  it.each([
    ["a co-author's conflicting edit", (excel: SimulatedExcel) => excel.failSync(excel.syncCount + WRITE_SYNC, "Conflict"), EXCEL_MESSAGES.Conflict],
    ["the 5 MB payload limit", (excel: SimulatedExcel) => void (excel.payloadLimit = 60_000), EXCEL_MESSAGES.RequestPayloadSizeLimitExceeded],
    ["an error Excel does not explain", (excel: SimulatedExcel) => excel.failSync(excel.syncCount + WRITE_SYNC, "InvalidOperation"), EXCEL_MESSAGES.Unknown],
  ])("after %s, with a French message, nothing half-written", async (_label, breakIt, message) => {
    const excel = await sampleWithReport();
    const before = modelSnapshot(excel);
    breakIt(excel);
    await expect(operationsOn(excel).generateReport(SETTINGS)).rejects.toThrow(message);
    expect(modelSnapshot(excel)).toEqual(before);
    expect(pendingSheets(excel)).toEqual([]);
  });

  it("completes when a co-author deleted the old report during the write, with one report left", async () => {
    const excel = await sampleWithReport();
    const start = excel.syncCount;
    excel.editBeforeSync(excel.syncCount + WRITE_SYNC, (model) => {
      model.sheets = model.sheets.filter((sheet) => sheet.name !== "Contrôles 2021");
    });
    await operationsOn(excel).generateReport(SETTINGS);
    // The swap meets the deleted sheet (getItem: ItemNotFound), the write is undone (list 2, undo 1) and made
    // again over the sheets as they are (list 2, write 1, print setup and read-back 1): 11 syncs instead of 5.
    expect(excel.syncLog.slice(start).map((record) => record.outcome)).toEqual(["ok", "ok", "ok", "ItemNotFound", ...Array<string>(7).fill("ok")]);
    expect(pendingSheets(excel)).toEqual([]);
    expect(sheetNames(excel).filter((name) => sheetTag(excel, name) !== null)).toEqual(["Plan d'actions", "Synthèse 2021", "Contrôles 2021", "Affichage 2021", "Données graphiques 2021"]);
  });

  it("puts the old report back whole when a co-author took a final name during the write (rejected mid-swap)", async () => {
    const excel = await sampleWithReport();
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Contrôles 2021").name = "Contrôles du COPIL";
    });
    const before = modelSnapshot(excel);
    let coAuthorSheet: SimSheet | null = null;
    excel.editBeforeSync(excel.syncCount + WRITE_SYNC, (model) => {
      coAuthorSheet = newSheet(model, "Contrôles 2021");
    });
    await expect(operationsOn(excel).generateReport(SETTINGS)).rejects.toThrow(EXCEL_MESSAGES.ItemAlreadyExists);
    expect(coAuthorSheet).not.toBeNull();
    expect(pendingSheets(excel)).toEqual([]);
    expect(modelSnapshot(excel)).toEqual({ sheets: [...before.sheets, expect.objectContaining({ name: "Contrôles 2021", generatedTag: null })] });
  });

  it("leaves no pending sheet when a later sync of a write too large for one exchange is refused", async () => {
    const excel = await sampleWithReport();
    const before = modelSnapshot(excel);
    const analysis = await operationsOn(excel).analyze(SETTINGS);
    const plan = planReport(analysis, { sourceName: "x.xlsx", generatedAt: new Date(0), tolerance: 0, linkToSource: true, existingSheetNames: [] });
    // Sync 1 lists the sheets; the next ones add the temporary sheets and write the first parts; the fifth is refused.
    const refused = excel.syncCount + 5;
    let pendingWhenRefused: string[] = [];
    excel.editBeforeSync(refused, (model) => {
      pendingWhenRefused = model.sheets.map((sheet) => sheet.name).filter((name) => name.startsWith("~BQ"));
    });
    excel.failSync(refused, "Conflict");
    await expect(excel.run((context) => applyPlan(context, plan, undefined, { writeBudgetBytes: 20_000 }))).rejects.toMatchObject({ code: "Conflict" });
    expect(pendingWhenRefused.length).toBeGreaterThan(0);
    expect(pendingSheets(excel)).toEqual([]);
    expect(modelSnapshot(excel)).toEqual(before);
  });
});

describe("failure mid-way: marks and telephony on a sheet protected meanwhile", () => {
  const issue = (sheet: string, cell: string): Issue => ({ severity: "error", code: "RESULT_UNREADABLE", sheet, cell, message: "x" });

  it("says in French that a sheet is protected, and clear marks still restores every cell it did mark", async () => {
    const excel = await simulatedSample();
    const names = ["Indicateurs 2021", "Indicateurs 2020"];
    const before = names.map((name) => sheetFingerprint(excel, name));
    const operations = operationsOn(excel);
    // Marking reads (2 syncs), then writes: a co-author protects the second sheet just before the write.
    excel.editBeforeSync(excel.syncCount + 3, (model) => {
      const sheet = model.sheets.find((candidate) => candidate.name === "Indicateurs 2020");
      if (sheet) sheet.protected = true;
    });
    await expect(operations.markIssues([issue("Indicateurs 2021", "C4"), issue("Indicateurs 2020", "C4")])).rejects.toThrow(EXCEL_MESSAGES.AccessDenied);
    expect(EXCEL_MESSAGES.AccessDenied).toMatch(/Ôtez la protection/);
    excel.protectSheet("Indicateurs 2020", false);
    await operations.clearMarks();
    expect(names.map((name) => sheetFingerprint(excel, name))).toEqual(before);
  });

  it("writes no month into a telephony sheet protected between the preview and the write", async () => {
    const excel = await simulatedSample();
    const operations = operationsOn(excel);
    await operations.loadSettings();
    const preview = await operations.previewTelephony("Mois\tAppels reçus\tAppels aboutis\nmars 2021\t1500\t1400", 2021);
    const before = sheetFingerprint(excel, "Téléphonie 2021");
    // Before the write: once the pane has opened, the fold reads the workbook in one sync and writes in the next.
    excel.editBeforeSync(excel.syncCount + 2, (model) => {
      const sheet = model.sheets.find((candidate) => candidate.name === "Téléphonie 2021");
      if (sheet) sheet.protected = true;
    });
    await expect(operations.applyTelephony(preview)).rejects.toThrow(EXCEL_MESSAGES.AccessDenied);
    excel.protectSheet("Téléphonie 2021", false);
    expect(sheetFingerprint(excel, "Téléphonie 2021")).toBe(before);
    expect(simCell(excel, "Téléphonie 2021", "B4").value).not.toBe(1500);
  });
});
