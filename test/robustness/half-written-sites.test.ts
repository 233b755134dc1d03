/**
 * Two sites folded into one sheet with a site column (one plan per site, applied one after the other in one batch)
 * when Excel refuses the batch part-way (the simulator's `failSync(n, code, afterCommands)`: the commands before
 * the refused one stay applied). Each case checks the message, site by site, against what the sheet holds.
 */
import { EXCEL_MESSAGES } from "../../src/excel/messages";
import { cellForWrite } from "../../src/simulated-excel/model";
import { sheetFingerprint, simCell, simulateWorkbook, type SimulatedExcel } from "../../src/simulated-excel";
import { twoSitesMissingFebruary, TWO_SITES_SHEET } from "../fixtures/two-sites-sheet";
import { grid } from "../helpers/cells";
import { firstCommandsWhere, operationsOn } from "../excel/helpers";

const NBSP = "\u00A0";
const q = (text: string): string => `«${NBSP}${text}${NBSP}»`;
const SHEET = TWO_SITES_SHEET;
const AGAIN = `Relancez l'écriture${NBSP}: les mois déjà écrits seront remplacés, pas ajoutés une seconde fois.`;
const site = (name: string) => `Pour le site ${q(name)} (feuille ${q(SHEET)})`;
/** The settings read, the preview's read, then the fold's read and its write. */
const WRITE = 2;

/** February is missing for both sites: each gets a row inserted. */
const prepare = async (): Promise<SimulatedExcel> => simulateWorkbook(twoSitesMissingFebruary());
/** The export names Mauriac first: Mauriac's row is planned first (before row 5), Préfecture's next (before row 3), which moves Mauriac's down to 6. */
const PASTED = "Site\tMois\tReçus\tAboutis\nMauriac\tfévrier 2022\t295\t251\nPréfecture\tfévrier 2022\t1480\t1409";

const row = (excel: SimulatedExcel, line: number): unknown[] => ["A", "B", "C", "D"].map((column) => simCell(excel, SHEET, `${column}${line}`).value);
const rows = (excel: SimulatedExcel, count: number): unknown[][] => Array.from({ length: count }, (_, index) => row(excel, index + 2));
/** Mauriac's February written, wherever it is (the predicates below hold from a point of the batch on). */
const mauriacWritten = (excel: SimulatedExcel): boolean => rows(excel, 7).some((line) => line[2] === 295);

async function fold(excel: SimulatedExcel): Promise<string> {
  const operations = operationsOn(excel);
  await operations.loadSettings();
  const preview = await operations.previewTelephony(PASTED, 2022);
  return operations.applyTelephony(preview).then(
    () => "no failure",
    (error: Error) => error.message,
  );
}

/** The fewest commands of the write after which `holds`, then the fold refused after that many. */
async function refusedWhen(holds: (excel: SimulatedExcel) => boolean): Promise<{ excel: SimulatedExcel; message: string }> {
  const commands = await firstCommandsWhere(prepare, fold, 2 + WRITE, holds);
  const excel = await prepare();
  excel.failSync(excel.syncCount + 2 + WRITE, "Conflict", commands);
  return { excel, message: await fold(excel) };
}

describe("two sites folded into one sheet with a site column, refused part-way", () => {
  it("during the first site's rows: its inserted row is named empty, the second site's rows are said unwritten, nothing else", async () => {
    const { excel, message } = await refusedWhen((sheet) => row(sheet, 5)[1] !== "mars 2022");
    expect(rows(excel, 5)).toEqual([
      ["Préfecture", "janvier 2022", 1620, 1545],
      ["Préfecture", "mars 2022", 1575, 1502],
      ["Mauriac", "janvier 2022", 310, 262],
      [null, null, null, null],
      ["Mauriac", "mars 2022", 320, 275],
    ]);
    expect(message).toBe(
      `${EXCEL_MESSAGES.Conflict} ${site("Mauriac")}, aucune ligne n'a été écrite (la ligne 5 a été insérée mais est restée vide${NBSP}: supprimez-la). ` +
        `${site("Préfecture")}, aucune ligne n'a été écrite. ${AGAIN}`,
    );
  });

  it("between the sites: the first site's row is named written where it is, the second's unwritten", async () => {
    const { excel, message } = await refusedWhen(mauriacWritten);
    expect(rows(excel, 5)).toEqual([
      ["Préfecture", "janvier 2022", 1620, 1545],
      ["Préfecture", "mars 2022", 1575, 1502],
      ["Mauriac", "janvier 2022", 310, 262],
      ["Mauriac", "février 2022", 295, 251],
      ["Mauriac", "mars 2022", 320, 275],
    ]);
    expect(message).toBe(`${EXCEL_MESSAGES.Conflict} ${site("Mauriac")}, ligne écrite${NBSP}: 5. ${site("Préfecture")}, aucune ligne n'a été écrite. ${AGAIN}`);
  });

  it("during the second site's rows: the first site's row is named where the second's insertion moved it; deleting the empty row and writing again gives the whole fold", async () => {
    const { excel, message } = await refusedWhen((sheet) => row(sheet, 4)[1] === "mars 2022" && row(sheet, 4)[0] === "Préfecture");
    expect(rows(excel, 6)).toEqual([
      ["Préfecture", "janvier 2022", 1620, 1545],
      [null, null, null, null],
      ["Préfecture", "mars 2022", 1575, 1502],
      ["Mauriac", "janvier 2022", 310, 262],
      ["Mauriac", "février 2022", 295, 251],
      ["Mauriac", "mars 2022", 320, 275],
    ]);
    expect(message).toBe(
      `${EXCEL_MESSAGES.Conflict} ${site("Mauriac")}, ligne écrite${NBSP}: 6. ` +
        `${site("Préfecture")}, aucune ligne n'a été écrite (la ligne 3 a été insérée mais est restée vide${NBSP}: supprimez-la). ${AGAIN}`,
    );
    excel.deleteRows(SHEET, 3);
    expect(await fold(excel)).toBe("no failure");
    expect(rows(excel, 7)).toEqual([
      ["Préfecture", "janvier 2022", 1620, 1545],
      ["Préfecture", "février 2022", 1480, 1409],
      ["Préfecture", "mars 2022", 1575, 1502],
      ["Mauriac", "janvier 2022", 310, 262],
      ["Mauriac", "février 2022", 295, 251],
      ["Mauriac", "mars 2022", 320, 275],
      [null, null, null, null],
    ]);
  });

  it("after both sites' rows: each site's row is named written where it is, and nothing is to write again", async () => {
    const { excel, message } = await refusedWhen((sheet) => row(sheet, 3)[3] === 1409);
    expect(rows(excel, 6)).toEqual([
      ["Préfecture", "janvier 2022", 1620, 1545],
      ["Préfecture", "février 2022", 1480, 1409],
      ["Préfecture", "mars 2022", 1575, 1502],
      ["Mauriac", "janvier 2022", 310, 262],
      ["Mauriac", "février 2022", 295, 251],
      ["Mauriac", "mars 2022", 320, 275],
    ]);
    expect(message).toBe(`${EXCEL_MESSAGES.Conflict} ${site("Mauriac")}, ligne écrite${NBSP}: 6. ${site("Préfecture")}, ligne écrite${NBSP}: 3.`);
  });

  it("does not take a month's figures it was to replace for written in part when one of them was already the same", async () => {
    // Mauriac's January: 310 received becomes 311, 262 answered stays 262; the refusal meets the first command.
    const excel = await prepare();
    const before = sheetFingerprint(excel, SHEET);
    const operations = operationsOn(excel);
    await operations.loadSettings();
    const preview = await operations.previewTelephony("Site\tMois\tReçus\tAboutis\nMauriac\tjanvier 2022\t311\t262\nPréfecture\tfévrier 2022\t1480\t1409", 2022);
    excel.failSync(excel.syncCount + WRITE, "Conflict", 0);
    const message = await operations.applyTelephony(preview).then(
      () => "no failure",
      (error: Error) => error.message,
    );
    expect(sheetFingerprint(excel, SHEET)).toBe(before);
    expect(message).toBe(`${EXCEL_MESSAGES.Conflict} ${site("Mauriac")}, aucune ligne n'a été écrite. ${site("Préfecture")}, aucune ligne n'a été écrite. ${AGAIN}`);
  });

  it("gives a Total row both sites sum up to the site written last, and names each site's rows once everything is written", async () => {
    // Each site written on its first row only; each fold rewrites the Total row's sums (row 8 after Mauriac's two rows, 9 after Préfecture's).
    const withTotal = async (): Promise<SimulatedExcel> =>
      simulateWorkbook({
        sheets: [
          grid(SHEET, [
            ["Site", "Mois", "Appels reçus", "Appels aboutis"],
            ["Préfecture", "janvier 2022", 1620, 1545],
            [null, "mars 2022", 1575, 1502],
            ["Mauriac", "janvier 2022", 310, 262],
            [null, "mars 2022", 295, 251],
            ["Total", null, { value: 3800, formula: "=SUM(C2:C5)" }, { value: 3560, formula: "=SUM(D2:D5)" }],
          ]),
        ],
      });
    const pasted = "Site\tMois\tReçus\tAboutis\nMauriac\tfévrier 2022\t300\t251\nMauriac\tavril 2022\t300\t251\nPréfecture\tfévrier 2022\t1480\t1409";
    const apply = async (excel: SimulatedExcel) => {
      const operations = operationsOn(excel);
      await operations.loadSettings();
      return operations.applyTelephony(await operations.previewTelephony(pasted, 2022));
    };
    const sums = (excel: SimulatedExcel) => ["C", "D"].map((column) => simCell(excel, SHEET, `${column}9`).formula);
    const commands = await firstCommandsWhere(withTotal, apply, 2 + WRITE, (excel) => sums(excel).join() === "=SUM(C2:C8),=SUM(D2:D8)");
    const excel = await withTotal();
    excel.failSync(excel.syncCount + 2 + WRITE, "Conflict", commands);
    const message = await apply(excel).then(
      () => "no failure",
      (error: Error) => error.message,
    );
    expect(rows(excel, 8).map((line) => line.slice(1, 3))).toEqual([
      ["janvier 2022", 1620],
      ["février 2022", 1480],
      ["mars 2022", 1575],
      ["janvier 2022", 310],
      ["février 2022", 300],
      ["mars 2022", 295],
      ["avril 2022", 300],
      [null, null],
    ]);
    expect(message).toBe(`${EXCEL_MESSAGES.Conflict} ${site("Mauriac")}, lignes écrites${NBSP}: 6 et 8. ${site("Préfecture")}, lignes écrites${NBSP}: 3 et 9.`);
  });

  it("reads back only the rows the sites' rows can be in, not the years of daily figures below them", async () => {
    const history: (string | number)[][] = [];
    for (let year = 2012; year <= 2021; year++) {
      for (const name of ["Préfecture", "Mauriac"]) {
        for (let day = 1; day <= 365; day++) history.push([name, new Date(Date.UTC(year, 0, day)).toISOString().slice(0, 10).split("-").reverse().join("/"), 50 + (day % 17), 40 + (day % 13)]);
      }
    }
    const excel = simulateWorkbook(twoSitesMissingFebruary(history));
    const refused = excel.syncCount + 2 + WRITE;
    // Past Mauriac's row and Préfecture's insertion: the second site's row is inserted, not written.
    excel.failSync(refused, "Conflict", 20);
    const message = await fold(excel);
    expect(message).toBe(
      `${EXCEL_MESSAGES.Conflict} ${site("Mauriac")}, ligne écrite${NBSP}: 6. ` +
        `${site("Préfecture")}, aucune ligne n'a été écrite (la ligne 3 a été insérée mais est restée vide${NBSP}: supprimez-la). ${AGAIN}`,
    );
    expect(rows(excel, 6)[1]).toEqual([null, null, null, null]);
    const read = excel.syncLog.slice(refused).reduce((sum, record) => sum + record.responseBytes, 0);
    expect(read).toBeLessThan(10_000);
  });

  it("names no row when the sheet read back fits no point of the batch (a co-author's edit meanwhile), and says so", async () => {
    const commands = await firstCommandsWhere(prepare, fold, 2 + WRITE, mauriacWritten);
    const excel = await prepare();
    const refused = excel.syncCount + 2 + WRITE;
    excel.failSync(refused, "Conflict", commands);
    excel.editBeforeSync(refused + 1, (model) => {
      const sheet = model.sheets.find((candidate) => candidate.name === SHEET);
      if (sheet === undefined) throw new Error("No sheet");
      cellForWrite(sheet, 4, 3).value = 999;
    });
    const message = await fold(excel);
    expect(message).toBe(
      `${EXCEL_MESSAGES.Conflict} Dans la feuille ${q(SHEET)}, ce qui a été écrit pour les sites ${q("Mauriac")} et ${q("Préfecture")} ne peut pas être su avec certitude ` +
        `(la feuille a changé entre-temps${NBSP}?)${NBSP}: vérifiez ce qu'elle contient avant de recommencer.`,
    );
    expect(message).not.toMatch(/ligne écrite|non écrite|rien n'a été écrit|aucune ligne/i);
  });
});
