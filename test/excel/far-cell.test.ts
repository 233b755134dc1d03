/**
 * A value typed far from the table (XFD1048576) in one sheet, through the simulated host: the shape sync
 * gives the used range's size, that sheet's content is not asked for, and it comes into the snapshot with its
 * extent; the other sheets are read and analysed as before, in as many syncs, and nothing is written.
 */
import { readWorkbook } from "../../src/excel/read-snapshot";
import { growToMerges } from "../../src/excel/sheet-grid";
import { analyzeWorkbookInExcel } from "../../src/excel/analyze-workbook-in-excel";
import { analyzeWorkbook } from "../../src/domain/analysis";
import type { WorkbookSnapshot } from "../../src/domain/snapshot";
import { createWorkbookOperations } from "../../src/excel/workbook-operations";
import { sheetFingerprint, sheetNames, simSheet, simulateWorkbook, type SimulatedExcel } from "../../src/simulated-excel";
import { FIXED_NOW, sampleSnapshot } from "./helpers";

const SETTINGS = { year: null, tolerance: 0 };

const FAR = { lastRow: 1_048_576, lastColumn: 16_384, cells: 1_048_576 * 16_384 };

async function sampleWithFarCell(far: string, options: { platform?: "web" | "desktop" } = {}): Promise<{ excel: SimulatedExcel; sample: WorkbookSnapshot }> {
  const sample = await sampleSnapshot();
  const excel = simulateWorkbook(sample, undefined, options);
  excel.userAddSheet("Notes", [["Remarques du comité"]]);
  excel.userEdit("Notes", far, [["x"]]);
  return { excel, sample };
}

describe("a sheet whose used range reaches XFD1048576, read from Excel", () => {
  it("is read without its content on the web, in the 3 syncs of any read, the other sheets as the file reader gives them", async () => {
    const { excel, sample } = await sampleWithFarCell("XFD1048576");
    const reading = await excel.run((context) => readWorkbook(context));
    expect(excel.syncLog.map((record) => record.outcome)).toEqual(["ok", "ok", "ok"]);
    expect(excel.largestPayload).toBeLessThan(100_000);
    expect(reading.snapshot.sheets).toEqual([
      ...sample.sheets,
      { name: "Notes", origin: { row: 1, column: 1 }, cells: [], merges: [], generatedTag: null, visible: true, oversized: FAR },
    ]);
  });

  it("is read on the desktop after the one-sync read Excel refuses for it (RangeExceedsLimit): 4 syncs", async () => {
    const { excel, sample } = await sampleWithFarCell("XFD1048576", { platform: "desktop" });
    const reading = await excel.run((context) => readWorkbook(context, { payloadLimited: false }));
    expect(excel.syncLog.map((record) => record.outcome)).toEqual(["ok", "RangeExceedsLimit", "ok", "ok"]);
    expect(reading.snapshot.sheets.slice(0, -1)).toEqual(sample.sheets);
    expect(reading.snapshot.sheets.at(-1)).toMatchObject({ name: "Notes", cells: [], oversized: FAR });
  });

  it("is an error of its sheet in the analysis, the rest analysed as without it, and nothing written", async () => {
    const { excel, sample } = await sampleWithFarCell("Z900000");
    const before = sheetNames(excel).map((name) => sheetFingerprint(excel, name));
    const analysis = await excel.run((context) => analyzeWorkbookInExcel(context, null));
    const plain = analyzeWorkbook(sample);
    if (!plain.ok) throw new Error(plain.message);
    expect(analysis.issues[0]).toMatchObject({ severity: "error", code: "SHEET_TOO_LARGE", sheet: "Notes", cell: "Z900000" });
    expect(analysis.issues[0].message).toContain("jusqu'à la cellule Z900000 (plus de 23\u00a0millions de cellules)");
    expect(analysis.issues.slice(1)).toEqual(plain.analysis.issues);
    expect(analysis.indicators).toEqual(plain.analysis.indicators);
    expect(excel.syncCount).toBe(3);
    expect(sheetNames(excel).map((name) => sheetFingerprint(excel, name))).toEqual(before);
  });
});

describe("a used range grown to a merged area past the limit", () => {
  it("gives no cells but its extent, as the file reader does", () => {
    const cell = { value: "Titre", text: "Titre", numberFormat: "General", formula: null };
    const grown = growToMerges({ origin: { row: 1, column: 1 }, cells: [[cell]] }, [{ top: 1, left: 1, bottom: 1_048_576, right: 5 }]);
    expect(grown).toEqual({ origin: { row: 1, column: 1 }, cells: [], oversized: { lastRow: 1_048_576, lastColumn: 5, cells: 5_242_880 } });
  });
});

describe("the user's « Plan d'actions » reaching XFD1048576", () => {
  it("gets no row appended over its own when a new indicator is to be corrected: none of its cells is written", async () => {
    const excel = simulateWorkbook(await sampleSnapshot());
    const operations = createWorkbookOperations(excel.run, { now: () => FIXED_NOW, office: () => excel.office });
    await operations.generateReport(SETTINGS);
    excel.userEdit("Plan d'actions", "XFD1048576", [["x"]]);
    const plain = analyzeWorkbook(await sampleSnapshot());
    const result = plain.ok ? plain.analysis.indicators.find((indicator) => indicator.name === "Taux d'appels aboutis")?.cells.result : null;
    excel.userEdit("Indicateurs 2021", result as string, [["85 %"]]);
    // Its cells (values, formats, drop-down lists) and row heights; the report sheets around it move, so its position does.
    const planCells = () => JSON.stringify([[...simSheet(excel, "Plan d'actions").cells], [...simSheet(excel, "Plan d'actions").rowHeights]]);
    const before = planCells();
    await operations.generateReport(SETTINGS);
    expect(planCells()).toBe(before);
    const checks = [...simSheet(excel, "Contrôles 2021").cells.values()].map((cell) => cell.value);
    expect(checks).toContain("SHEET_TOO_LARGE");
    const summary = [...simSheet(excel, "Synthèse 2021").cells.values()].map((cell) => cell.value);
    expect(summary).toContain("• Plan d'actions (feuille «\u00a0Plan d'actions\u00a0»)\u00a0: non lu, la feuille s'étend trop loin (voir les contrôles).");
  });
});
