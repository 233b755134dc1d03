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
import { sheetFingerprint, sheetNames, simulateWorkbook, type SimulatedExcel } from "../../src/simulated-excel";
import { sampleSnapshot } from "./helpers";

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
