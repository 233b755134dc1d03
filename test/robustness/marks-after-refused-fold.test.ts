/**
 * A telephony fold Excel refuses part-way, with a mark on a cell below the row it inserts: the batch moves the
 * stored marks last, after its insertions and writes, so a refusal before that left them on their old address
 * while the row had been inserted above their cell. The fold now reads back where it stopped and moves them as the
 * rows moved; where that cannot be known they are left, and « Effacer les marques » paints no cell that does not
 * wear a mark.
 */
import type { Issue } from "../../src/domain/issues";
import { simCell, simulateWorkbook, type SimulatedExcel } from "../../src/simulated-excel";
import { sheetOf } from "../simulated-excel/fixtures";
import { twoSitesMissingFebruary, TWO_SITES_SHEET } from "../fixtures/two-sites-sheet";
import { operationsOn, sampleSnapshot } from "../excel/helpers";

const SHEET = "Téléphonie 2021";
/** March is new: a row is inserted at row 4, above April (C4, marked). January is re-pasted in place (row 2). */
const PASTED = "Mois\tAppels reçus\tAppels aboutis\njanvier 2021\t1600\t1500\nmars 2021\t1480\t1397";
const APRIL_ANSWERED: Issue = { severity: "error", code: "MONTH_ANSWERED_EXCEEDS_RECEIVED", sheet: SHEET, cell: "C4", message: "x" };
const USER_BLUE = "#DDEBF7";
const MARK_FILLS = ["#FFC7CF", "#FFEB9D"];
/** The settings read, then the preview's read, then the fold's read: its write is the sync after. */
const WRITE = 2;

const fill = (excel: SimulatedExcel, cell: string): string | undefined => simCell(excel, SHEET, cell).format?.fill?.color;
const storedCells = (excel: SimulatedExcel): string[] => (JSON.parse(String(excel.model.settings.get("BilanQualite.marks") ?? "[]")) as { cell: string }[]).map((mark) => mark.cell);
/** The cells of the table's rows (1 to 6) that wear a mark's fill. */
const wearingMarks = (excel: SimulatedExcel): string[] =>
  [1, 2, 3, 4, 5, 6].flatMap((row) => ["A", "B", "C"].map((column) => `${column}${row}`)).filter((cell) => MARK_FILLS.includes(String(fill(excel, cell)).toUpperCase()));

/** A gapped sheet (janvier, février, avril), April's answered calls painted by the user in blue then marked. */
async function marked(): Promise<SimulatedExcel> {
  const sample = await sampleSnapshot();
  const others = sample.sheets.filter((sheet) => !sheet.name.startsWith("Téléphonie"));
  const telephony = sheetOf(SHEET, [["Mois", "Appels reçus", "Appels aboutis"], ["janvier 2021", 1520, 1432], ["février 2021", 1390, 1302], ["avril 2021", 1310, 1231]]);
  const excel = simulateWorkbook({ sheets: [...others, telephony] });
  await excel.run(async (context) => {
    context.workbook.worksheets.getItem(SHEET).getRange("C4").format.fill.color = USER_BLUE;
  });
  await operationsOn(excel).markIssues([APRIL_ANSWERED]);
  return excel;
}

/** The fold refused after `commands` commands of its write sync (and, with `readBackRefused`, the sync after it too). */
async function refusedFold(commands: number, readBackRefused = false): Promise<{ excel: SimulatedExcel; message: string }> {
  const excel = await marked();
  const operations = operationsOn(excel);
  await operations.loadSettings();
  const preview = await operations.previewTelephony(PASTED, 2021);
  excel.failSync(excel.syncCount + WRITE, "Conflict", commands);
  if (readBackRefused) excel.failSync(excel.syncCount + WRITE + 1, "Conflict");
  const message = await operations.applyTelephony(preview).then(
    () => "no failure",
    (error: Error) => error.message,
  );
  return { excel, message };
}

describe("the marks after a telephony fold Excel refused part-way", () => {
  it("follow the row inserted above their cell when the refusal came after the insertion, and clearing restores that cell", async () => {
    const { excel, message } = await refusedFold(1);
    expect(message).toContain("(la ligne 4 a été insérée mais est restée vide");
    expect([simCell(excel, SHEET, "A5").value, wearingMarks(excel)]).toEqual(["avril 2021", ["C5"]]);
    expect(storedCells(excel)).toEqual(["C5"]);
    expect(await operationsOn(excel).clearMarks()).toEqual({ restored: 1, notFound: 0 });
    expect([fill(excel, "C5"), wearingMarks(excel)]).toEqual([USER_BLUE, []]);
  });

  it("stay where they were when the refusal met the first command (nothing inserted)", async () => {
    const { excel } = await refusedFold(0);
    expect(storedCells(excel)).toEqual(["C4"]);
    expect(await operationsOn(excel).clearMarks()).toEqual({ restored: 1, notFound: 0 });
    expect([fill(excel, "C4"), wearingMarks(excel)]).toEqual([USER_BLUE, []]);
  });

  it("wherever the batch stopped, name the marked cell: clearing restores it and leaves no cell marked", async () => {
    const seen = new Set<string>();
    for (let commands = 0; commands <= 40; commands++) {
      const { excel } = await refusedFold(commands);
      const april = simCell(excel, SHEET, "A4").value === "avril 2021" ? "C4" : "C5";
      seen.add(april);
      expect([commands, storedCells(excel)]).toEqual([commands, [april]]);
      expect([commands, await operationsOn(excel).clearMarks()]).toEqual([commands, { restored: 1, notFound: 0 }]);
      expect([commands, fill(excel, april), wearingMarks(excel)]).toEqual([commands, USER_BLUE, []]);
    }
    expect([...seen].sort()).toEqual(["C4", "C5"]);
  });

  it("are left when Excel refuses the read-back too, and clearing then paints no cell that does not wear a mark", async () => {
    const { excel, message } = await refusedFold(1, true);
    expect(message).toContain("Excel n'a pas non plus permis de relire la feuille");
    const unpainted = fill(excel, "B4");
    expect(unpainted).not.toBe(USER_BLUE);
    expect([storedCells(excel), wearingMarks(excel), fill(excel, "C4")]).toEqual([["C4"], ["C5"], unpainted]);
    // The stored address names the inserted, empty row now: its original (the user's blue) is not painted there.
    expect(await operationsOn(excel).clearMarks()).toEqual({ restored: 0, notFound: 1 });
    expect([fill(excel, "C4"), simCell(excel, SHEET, "A4").value, wearingMarks(excel)]).toEqual([unpainted, null, ["C5"]]);
  });
});

describe("the marks after two sites' rows folded into one sheet with a site column, refused part-way", () => {
  const SITES = TWO_SITES_SHEET;
  /** February is missing for both sites: Mauriac's row is inserted first (before row 5), Préfecture's next (before row 3). */
  const BOTH = "Site\tMois\tReçus\tAboutis\nMauriac\tfévrier 2022\t295\t251\nPréfecture\tfévrier 2022\t1480\t1409";
  const MARCH_ANSWERED: Issue[] = ["D3", "D5"].map((cell) => ({ severity: "warning", code: "MONTH_MISSING", sheet: SITES, cell, message: "x" }));

  async function refusedSites(commands: number): Promise<SimulatedExcel> {
    const excel = simulateWorkbook(twoSitesMissingFebruary());
    const operations = operationsOn(excel);
    await operations.markIssues(MARCH_ANSWERED);
    await operations.loadSettings();
    const preview = await operations.previewTelephony(BOTH, 2022);
    excel.failSync(excel.syncCount + WRITE, "Conflict", commands);
    await operations.applyTelephony(preview).catch(() => undefined);
    return excel;
  }

  /** Where each site's March row is now, its answered calls' cell. */
  const marchCells = (excel: SimulatedExcel): string[] =>
    ["Préfecture", "Mauriac"].map((name) => {
      const row = [2, 3, 4, 5, 6, 7].find((line) => simCell(excel, SITES, `A${line}`).value === name && simCell(excel, SITES, `B${line}`).value === "mars 2022");
      return `D${row}`;
    });

  it("wherever the batch stopped, name each marked cell: clearing restores both and leaves no cell marked", async () => {
    const seen = new Set<string>();
    for (let commands = 0; commands <= 50; commands++) {
      const excel = await refusedSites(commands);
      const march = marchCells(excel);
      seen.add(march.join());
      const stored = (JSON.parse(String(excel.model.settings.get("BilanQualite.marks"))) as { cell: string }[]).map((mark) => mark.cell);
      expect([commands, stored]).toEqual([commands, march]);
      expect([commands, await operationsOn(excel).clearMarks()]).toEqual([commands, { restored: 2, notFound: 0 }]);
      const wearing = [2, 3, 4, 5, 6, 7].flatMap((line) => ["A", "B", "C", "D"].map((column) => `${column}${line}`)).filter((cell) => MARK_FILLS.includes(String(simCell(excel, SITES, cell).format?.fill?.color).toUpperCase()));
      expect([commands, wearing]).toEqual([commands, []]);
    }
    expect([...seen].sort()).toEqual(["D3,D5", "D3,D6", "D4,D7"]);
  });
});
