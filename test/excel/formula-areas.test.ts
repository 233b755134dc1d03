/**
 * The web's planned read loads `formulas` only for the cells that hold one (src/excel/formula-areas.ts):
 * the snapshot is the one the desktop's read (every array, `formulas` whole) gives, and when Excel refuses
 * to say where the formulas are the read loads `formulas` whole rather than fail.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import type { Cell, CellValue, WorkbookSnapshot } from "../../src/domain/snapshot";
import { readWorkbook } from "../../src/excel/read-snapshot";
import { simulateWorkbook } from "../../src/simulated-excel";
import { readWorkbookFile } from "../../src/xlsx/read-workbook";
import { sheetOf, workbookOf } from "../simulated-excel/fixtures";

const surveyGenerator = require("../../scripts/bench/workbook/survey-workbook") as { makeSurveyWorkbook: (outPath: string) => Promise<string> };

const directory = fs.mkdtempSync(path.join(os.tmpdir(), "bilan-qualite-formula-areas-"));
afterAll(() => fs.rmSync(directory, { recursive: true, force: true }));

const computed = (value: CellValue, text: string, formula: string, numberFormat = "General"): Cell => ({ value, text, numberFormat, formula });

/** Plain cells, a text that reads like a formula, and formulas whose cached results are 0, "", FALSE, an error, a rate. */
function mixedSheet(): WorkbookSnapshot {
  const sheet = sheetOf("Indicateurs 2021", [
    ["Indicateur", "Résultat", "Cible", "Écart", "Lien"],
    ["Accueil", 0.94, 0.9, null, '=HYPERLINK("x")'],
    ["Délai", "1,5 jours", "2 jours", null, null],
    ["Appels", 0, 0.9, null, "texte"],
    ["Courriers", null, null, null, 12],
  ]);
  const cells = sheet.cells.map((row) => [...row]);
  cells[1][3] = computed(0.04, "4 %", "=B2-C2", "0 %");
  cells[2][3] = computed("", "", '=SI(B3="";"";"")');
  cells[3][1] = computed(0, "0", "=0");
  cells[3][3] = computed(false, "FAUX", "=B4>C4");
  cells[4][1] = computed({ error: "#DIV/0!" }, "#DIV/0!", "=1/0");
  cells[4][3] = computed({ error: "#N/A" }, "#N/A", "=NA()");
  return workbookOf({ ...sheet, cells }, sheetOf("Notes", [["Sans formule", 1]]));
}

async function webAndDesktop(workbook: WorkbookSnapshot, options: { syncBudgetBytes?: number } = {}) {
  const web = simulateWorkbook(workbook);
  const desktop = simulateWorkbook(workbook, undefined, { platform: "desktop" });
  const webReading = await web.run((context) => readWorkbook(context, { payloadLimited: true, ...options }));
  return { web: webReading, webSyncs: web.syncCount, webLog: web.syncLog, desktop: await desktop.run((context) => readWorkbook(context, { payloadLimited: false })) };
}

describe("readWorkbook on the web, `formulas` loaded only where a cell holds one", () => {
  it("gives for a sheet mixing formulas, their cached values and plain cells the desktop's snapshot, in 3 syncs", async () => {
    const workbook = mixedSheet();
    const { web, webSyncs, desktop } = await webAndDesktop(workbook);
    expect(web.snapshot).toEqual(desktop.snapshot);
    expect(web.snapshot).toEqual(workbook);
    expect(webSyncs).toBe(3);
  });

  it("gives the same snapshot read in row blocks that cut the formula areas", async () => {
    const rows = Array.from({ length: 400 }, (_, index) => [`Ligne ${index}`, index, null]);
    const sheet = sheetOf("Journal", [["Libellé", "Valeur", "Double"], ...rows]);
    const cells = sheet.cells.map((row, index) => (index === 0 ? row : [row[0], row[1], computed((index - 1) * 2, String((index - 1) * 2), `=B${index + 1}*2`)]));
    const workbook = workbookOf({ ...sheet, cells });
    const { web, webSyncs, desktop } = await webAndDesktop(workbook, { syncBudgetBytes: 6_000 });
    expect(web.snapshot).toEqual(desktop.snapshot);
    expect(webSyncs).toBeGreaterThan(3);
  });

  it("sends fewer bytes than with `formulas` whole: the content of a sheet without formulas", async () => {
    const rows = Array.from({ length: 500 }, (_, index) => [`Réponse ${index}`, "Très satisfait", "Plutôt satisfait"]);
    const workbook = workbookOf(sheetOf("Réponses", rows));
    const { web, webLog } = await webAndDesktop(workbook);
    const content = webLog[webLog.length - 1].responseBytes;
    const valuesOnly = JSON.stringify(rows).length;
    // values, numberFormat and valueTypes: `formulas` would add about the values' bytes again.
    expect(content).toBeLessThan(valuesOnly + JSON.stringify(rows.map((row) => row.map(() => "General"))).length + JSON.stringify(rows.map((row) => row.map(() => "String"))).length + 2_000);
    expect(web.snapshot).toEqual(workbook);
  });

  it("loads `formulas` whole when Excel refuses the formula areas (past 512 in the simulator): same snapshot, merges kept, 2 syncs more", async () => {
    const rows = Array.from({ length: 1100 }, (_, index) => [`Ligne ${index}`, index]);
    const sheet = sheetOf("Journal", [["Titre", null], ...rows], { merges: [{ top: 1, left: 1, bottom: 1, right: 2 }] });
    const cells = sheet.cells.map((row, index) => (index > 0 && index % 2 === 0 ? [row[0], computed(index - 1, String(index - 1), "=ROW()-2")] : row));
    const workbook = workbookOf({ ...sheet, cells });
    const { web, webSyncs, webLog, desktop } = await webAndDesktop(workbook);
    expect(web.snapshot).toEqual(desktop.snapshot);
    expect([web.mergesRead, web.snapshot.sheets[0].merges]).toEqual([true, [{ top: 1, left: 1, bottom: 1, right: 2 }]]);
    expect([webSyncs, webLog.filter((record) => record.outcome !== "ok").length]).toEqual([5, 2]);
  });

  it("reads the benchmark's 2,000 × 30 survey workbook in 3 syncs (4 with `formulas` whole), the desktop's snapshot", async () => {
    const workbook = await readWorkbookFile(await surveyGenerator.makeSurveyWorkbook(path.join(directory, "enquete.xlsx")));
    const { web, webSyncs, webLog, desktop } = await webAndDesktop(workbook);
    expect(web.snapshot).toEqual(desktop.snapshot);
    expect([webSyncs, Math.max(...webLog.map((record) => record.responseBytes)) <= 0.6 * 5 * 1024 * 1024]).toEqual([3, true]);
  }, 60_000);
});
