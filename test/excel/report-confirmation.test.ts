import { ADAPTER_TEXT } from "../../src/excel/messages";
import { quoted } from "../../src/domain/text/french";
import { sheetNames, sheetTag, simCell, simSheet, simulateWorkbook } from "../../src/simulated-excel";
import type { WorkbookSnapshot } from "../../src/domain/snapshot";
import { operationsOn, sampleSnapshot, simulatedSample, syncsOf, written } from "./helpers";

const SETTINGS = { year: null, tolerance: 0 };
const GENERATED = ["Synthèse 2021", "Contrôles 2021", "Affichage 2021", "Plan d'actions", "Données graphiques 2021"];
const HOSTILE = "=HYPERLINK(\"http://exemple.invalid\";\"cliquez\")";

/** The sample with a comment that Excel would take for a formula. */
async function sampleWithHostileComment(): Promise<WorkbookSnapshot> {
  const sample = await sampleSnapshot();
  const table = sample.sheets[0];
  const header = table.cells.findIndex((row) => row.some((cell) => cell.text.startsWith("Commentaire")));
  const column = table.cells[header].findIndex((cell) => cell.text.startsWith("Commentaire"));
  const cells = table.cells.map((row, index) => (index === header + 1 ? row.map((cell, at) => (at === column ? { value: HOSTILE, text: HOSTILE, numberFormat: "General", formula: null } : cell)) : row));
  return { sheets: [{ ...table, cells }, ...sample.sheets.slice(1)] };
}

describe("after writing the report, one sync sets its print setup and confirms it", () => {
  it("keeps the whole report when Excel refuses the print setup, and says so in French (6 syncs then)", async () => {
    const excel = await simulatedSample();
    excel.behaviour.refusePrintZoom = "any";
    const { syncs, result } = await syncsOf(excel, async () => written(await operationsOn(excel).generateReport(SETTINGS)));
    expect(syncs).toBe(6);
    expect(result.sheets).toEqual(GENERATED);
    expect(GENERATED.map((name) => sheetTag(excel, name))).toEqual(["summary:2021", "checks:2021", "public:2021", "action-plan:2021", "chart-data:2021"]);
    expect(simCell(excel, "Synthèse 2021", "A1").value).toBe("Bilan qualité 2021");
    expect(result.warnings).toEqual([ADAPTER_TEXT.printSetupRefused(GENERATED)]);
  });

  it("sets only the documented zoom (one page wide, no verticalFitToPages 0), which a strict host accepts", async () => {
    const excel = await simulatedSample();
    excel.behaviour.refusePrintZoom = "undocumented";
    const outcome = written(await operationsOn(excel).generateReport(SETTINGS));
    expect(outcome.warnings).toEqual([]);
    expect(simSheet(excel, "Synthèse 2021").pageLayout.zoom).toEqual({ horizontalFitToPages: 1 });
  });

  it("reads back a text starting with = and says which cell Excel turned into a formula", async () => {
    const excel = simulateWorkbook(await sampleWithHostileComment());
    excel.behaviour.textFormatKeepsText = false;
    const { syncs, result } = await syncsOf(excel, async () => written(await operationsOn(excel).generateReport(SETTINGS)));
    expect(syncs).toBe(5);
    const cell = [...simSheet(excel, "Synthèse 2021").cells.entries()].find(([, written]) => written.formula === HOSTILE);
    expect(cell).toBeDefined();
    expect(result.warnings).toHaveLength(1);
    const warning = result.warnings?.[0] ?? "";
    expect(warning.startsWith(`Dans la feuille ${quoted("Synthèse 2021")}, Excel a transformé 5 textes en formule ou en nombre`)).toBe(true);
    // The comment, and the evolutions written as "+4 points", each named with its cell.
    expect(warning).toContain(`H9 (${quoted(HOSTILE)})`);
    expect(warning).toMatch(/E9 \(«\s\+4\spoints\s»\)/);
  });

  it("says nothing when the texts came back as text", async () => {
    const excel = simulateWorkbook(await sampleWithHostileComment());
    const outcome = written(await operationsOn(excel).generateReport(SETTINGS));
    expect(outcome.warnings).toEqual([]);
  });

  it("names a report sheet that is gone when its tag is read back (a co-author deleted it meanwhile)", async () => {
    const excel = await simulatedSample();
    const start = excel.syncCount;
    // Sync 5 is the print setup and read-back: the co-author's deletion lands just before it.
    excel.editBeforeSync(excel.syncCount + 5, (model) => {
      model.sheets = model.sheets.filter((sheet) => sheet.name !== "Contrôles 2021");
    });
    const outcome = written(await operationsOn(excel).generateReport(SETTINGS));
    // Its print setup and read-back refused (getItem: ItemNotFound), the read-back alone refused too, then the
    // sheets listed and the others read back: 8 syncs instead of 5.
    expect(excel.syncLog.slice(start).map((record) => record.outcome)).toEqual(["ok", "ok", "ok", "ok", "ItemNotFound", "ItemNotFound", "ok", "ok"]);
    expect(sheetNames(excel)).not.toContain("Contrôles 2021");
    expect(outcome.warnings).toContain(ADAPTER_TEXT.reportSheetMissing("Contrôles 2021"));
  });
});
