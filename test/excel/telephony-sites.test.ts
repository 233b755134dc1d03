import type { WorkbookSnapshot } from "../../src/domain/snapshot";
import { sheetFingerprint, simCell, simulateWorkbook, type SimulatedExcel } from "../../src/simulated-excel";
import { readWorkbookFile } from "../../src/xlsx/read-workbook";
import { sheetOf } from "../simulated-excel/fixtures";
import { operationsOn, syncsOf } from "./helpers";

const SITES_SAMPLE = "samples/classeur-qualite-sites-2019-2022.xlsx";
const PREFECTURE = "Standard préfecture 2022";
const MAURIAC = "Téléphonie Mauriac 2022";

async function opened(snapshot: WorkbookSnapshot) {
  const excel = simulateWorkbook(snapshot);
  const operations = operationsOn(excel);
  await operations.loadSettings();
  return { excel, operations };
}

/** The sample's two site sheets cut to January–February, with the sample's indicator sheets. */
async function sheetPerSite(): Promise<WorkbookSnapshot> {
  const sample = await readWorkbookFile(SITES_SAMPLE);
  const cut = (name: string) => {
    const sheet = sample.sheets.find((candidate) => candidate.name === name);
    if (sheet === undefined) throw new Error(`No sheet ${name} in the sample`);
    return { ...sheet, cells: sheet.cells.slice(0, 3) };
  };
  return { sheets: sample.sheets.map((sheet) => (sheet.name === PREFECTURE || sheet.name === MAURIAC ? cut(sheet.name) : sheet)) };
}

const siteColumn = (): WorkbookSnapshot => ({
  sheets: [
    sheetOf("Téléphonie 2022", [
      ["Site", "Mois", "Appels reçus", "Appels aboutis"],
      ["Préfecture", "janvier 2022", 1620, 1545],
      ["Préfecture", "février 2022", 1480, 1409],
      ["Mauriac", "janvier 2022", 310, 262],
      ["Mauriac", "février 2022", 295, 251],
    ]),
  ],
});

const row = (excel: SimulatedExcel, sheet: string, line: number) => ["A", "B", "C", "D"].map((column) => JSON.stringify(simCell(excel, sheet, `${column}${line}`)));
const values = (excel: SimulatedExcel, sheet: string, line: number) => ["A", "B", "C", "D"].map((column) => simCell(excel, sheet, `${column}${line}`).value);

describe("pasted figures when the year has a sheet per site", () => {
  it("asks which site, shows what each site would get and the rate over both after, and writes nothing", async () => {
    const { excel, operations } = await opened(await sheetPerSite());
    const before = [PREFECTURE, MAURIAC].map((sheet) => sheetFingerprint(excel, sheet));
    const preview = await operations.previewTelephony("Mois\tReçus\tAboutis\nfévrier 2022\t300\t270\nmars 2022\t320\t275", 2022);
    expect(preview.siteChoice).toMatchObject({ sites: [PREFECTURE, MAURIAC], chosen: null });
    expect(preview.siteChoice?.bySite.map(({ site, addedMonths, replacedMonths }) => [site, addedMonths, replacedMonths])).toEqual([
      [PREFECTURE, ["2022-03"], ["2022-02"]],
      [MAURIAC, ["2022-03"], ["2022-02"]],
    ]);
    // Mauriac after: janvier 310/262, février 300/270, mars 320/275; Préfecture: 1620/1545, 1480/1409.
    expect(preview.siteChoice?.bySite[1].annualRateAfter).toBe(round2(((262 + 270 + 275 + 1545 + 1409) / (310 + 300 + 320 + 1620 + 1480)) * 100));
    expect([PREFECTURE, MAURIAC].map((sheet) => sheetFingerprint(excel, sheet))).toEqual(before);
  });

  it("refuses to fold with no site chosen, in French, and writes nothing", async () => {
    const { excel, operations } = await opened(await sheetPerSite());
    const before = [PREFECTURE, MAURIAC].map((sheet) => sheetFingerprint(excel, sheet));
    const preview = await operations.previewTelephony("Mois\tReçus\tAboutis\nmars 2022\t320\t275", 2022);
    await expect(operations.applyTelephony(preview)).rejects.toThrow("Choisissez le site de ces chiffres\u00a0: l'année en compte plusieurs.");
    expect([PREFECTURE, MAURIAC].map((sheet) => sheetFingerprint(excel, sheet))).toEqual(before);
  });

  it("folds into the chosen site's sheet in 2 syncs, the month replaced and not duplicated, the other site's sheet unchanged", async () => {
    const { excel, operations } = await opened(await sheetPerSite());
    const other = sheetFingerprint(excel, PREFECTURE);
    const preview = await operations.previewTelephony("Mois\tReçus\tAboutis\nfévrier 2022\t300\t270\nmars 2022\t320\t275", 2022);
    const chosen = { ...preview, siteChoice: { ...preview.siteChoice!, chosen: MAURIAC } };
    const { syncs, result } = await syncsOf(excel, () => operations.applyTelephony(chosen));
    expect(syncs).toBe(2);
    expect(result).toMatchObject({ sheet: MAURIAC, created: false, replacedMonths: ["2022-02"], addedMonths: ["2022-03"] });
    expect([2, 3, 4].map((line) => values(excel, MAURIAC, line).slice(1, 3))).toEqual([[310, 262], [300, 270], [320, 275]]);
    expect(sheetFingerprint(excel, PREFECTURE)).toBe(other);
    const again = await syncsOf(excel, () => operations.applyTelephony(chosen));
    expect(again.result).toMatchObject({ replacedMonths: ["2022-02", "2022-03"], addedMonths: [] });
    expect(values(excel, MAURIAC, 5)).toEqual([null, null, null, null]);
  });

  it("takes the site the export names, and sends each site of an export with a site column to its own sheet, in 2 syncs", async () => {
    const { excel, operations } = await opened(await sheetPerSite());
    const one = await operations.previewTelephony("Site\tMois\tReçus\tAboutis\nMauriac\tmars 2022\t320\t275", 2022);
    expect(one.siteChoice?.chosen).toBe(MAURIAC);
    const unknown = await operations.previewTelephony("Site\tMois\tReçus\tAboutis\nSaint-Flour\tmars 2022\t320\t275", 2022);
    expect([unknown.siteChoice?.chosen, unknown.siteChoice?.unmatched]).toEqual([null, "Saint-Flour"]);
    const both = await operations.previewTelephony("Site\tMois\tReçus\tAboutis\nPréfecture\tmars 2022\t1575\t1502\nMauriac\tmars 2022\t320\t275\nMauriac\tfévrier 2022\t300\t270", 2022);
    expect(both.siteChoice?.pasted?.map(({ pasted, site, fold }) => [pasted, site, fold?.addedMonths, fold?.replacedMonths])).toEqual([
      ["Préfecture", PREFECTURE, ["2022-03"], []],
      ["Mauriac", MAURIAC, ["2022-03"], ["2022-02"]],
    ]);
    expect(both.issues).toEqual([]);
    const { syncs, result } = await syncsOf(excel, () => operations.applyTelephony(both));
    expect(syncs).toBe(2);
    expect(result.sites?.map(({ sheet, addedMonths }) => [sheet, addedMonths])).toEqual([
      [PREFECTURE, ["2022-03"]],
      [MAURIAC, ["2022-03"]],
    ]);
    expect(values(excel, PREFECTURE, 4).slice(1, 3)).toEqual([1575, 1502]);
    expect(values(excel, MAURIAC, 4).slice(1, 3)).toEqual([320, 275]);
  });
});

describe("pasted figures when the year's sites share a sheet with a site column", () => {
  it("lists the sites by the site column's value", async () => {
    const { operations } = await opened(siteColumn());
    const preview = await operations.previewTelephony("Mois\tReçus\tAboutis\nmars 2022\t320\t275", 2022);
    expect(preview.siteChoice).toMatchObject({ sites: ["Préfecture", "Mauriac"], chosen: null });
  });

  it("writes the chosen site's rows only, in 2 syncs: its month replaced, a new month with the site written, the other site's rows byte for byte as they were", async () => {
    const { excel, operations } = await opened(siteColumn());
    const others = [2, 3].map((line) => row(excel, "Téléphonie 2022", line));
    const preview = await operations.previewTelephony("Mois\tReçus\tAboutis\njanvier 2022\t300\t280\nmars 2022\t320\t275", 2022);
    expect(preview.siteChoice?.bySite.map(({ site, addedMonths, replacedMonths }) => [site, addedMonths, replacedMonths])).toEqual([
      ["Préfecture", ["2022-03"], ["2022-01"]],
      ["Mauriac", ["2022-03"], ["2022-01"]],
    ]);
    const chosen = { ...preview, siteChoice: { ...preview.siteChoice!, chosen: "Mauriac" } };
    const { syncs } = await syncsOf(excel, () => operations.applyTelephony(chosen));
    expect(syncs).toBe(2);
    expect([2, 3].map((line) => row(excel, "Téléphonie 2022", line))).toEqual(others);
    expect([4, 5, 6].map((line) => values(excel, "Téléphonie 2022", line))).toEqual([
      ["Mauriac", "janvier 2022", 300, 280],
      ["Mauriac", "février 2022", 295, 251],
      ["Mauriac", "mars 2022", 320, 275],
    ]);
    await operations.applyTelephony(chosen);
    expect(values(excel, "Téléphonie 2022", 7)).toEqual([null, null, null, null]);
  });

  it("sends each site of a pasted export to its own rows, both in the one write sync", async () => {
    const { excel, operations } = await opened(siteColumn());
    const preview = await operations.previewTelephony("Site\tMois\tReçus\tAboutis\nMauriac\tmars 2022\t320\t275\nPréfecture\tmars 2022\t1575\t1502", 2022);
    const { syncs } = await syncsOf(excel, () => operations.applyTelephony(preview));
    expect(syncs).toBe(2);
    expect([2, 3, 4, 5, 6, 7].map((line) => values(excel, "Téléphonie 2022", line))).toEqual([
      ["Préfecture", "janvier 2022", 1620, 1545],
      ["Préfecture", "février 2022", 1480, 1409],
      ["Préfecture", "mars 2022", 1575, 1502],
      ["Mauriac", "janvier 2022", 310, 262],
      ["Mauriac", "février 2022", 295, 251],
      ["Mauriac", "mars 2022", 320, 275],
    ]);
  });
});

describe("marks in a sheet with a site column", () => {
  it("move with their rows when each site's new month is inserted, in the same 2 syncs, so clearing them restores exactly", async () => {
    const folded = async (marked: boolean) => {
      const { excel, operations } = await opened(siteColumn());
      await excel.run(async (context) => {
        context.workbook.worksheets.getItem("Téléphonie 2022").getRange("D4").format.fill.color = "#DDEBF7";
      });
      const issue = (cell: string) => ({ severity: "error" as const, code: "MONTH_ANSWERED_EXCEEDS_RECEIVED" as const, sheet: "Téléphonie 2022", cell, message: "x" });
      if (marked) await operations.markIssues([issue("D3"), issue("D4"), issue("D5")]);
      const preview = await operations.previewTelephony("Site\tMois\tReçus\tAboutis\nMauriac\tmars 2022\t320\t275\nPréfecture\tmars 2022\t1575\t1502", 2022);
      const { syncs } = await syncsOf(excel, () => operations.applyTelephony(preview));
      return { excel, operations, syncs };
    };
    const { excel, operations, syncs } = await folded(true);
    expect(syncs).toBe(2);
    // Préfecture's March before row 4: Mauriac's January and February move to rows 5 and 6, its March goes to row 7.
    expect((JSON.parse(String(excel.model.settings.get("BilanQualite.marks"))) as { cell: string }[]).map((mark) => mark.cell)).toEqual(["D3", "D5", "D6"]);
    expect(await operations.clearMarks()).toEqual({ restored: 3, notFound: 0 });
    expect(sheetFingerprint(excel, "Téléphonie 2022")).toBe(sheetFingerprint((await folded(false)).excel, "Téléphonie 2022"));
  });
});

describe("a fold by site that Excel refuses", () => {
  it("says, for a sheet with a site column, that no row was written, and the sheet is as it was", async () => {
    const { excel, operations } = await opened(siteColumn());
    const before = sheetFingerprint(excel, "Téléphonie 2022");
    const preview = await operations.previewTelephony("Mois\tReçus\tAboutis\nmars 2022\t320\t275", 2022);
    excel.failSync(excel.syncCount + 2, "Conflict", 0);
    const refused = operations.applyTelephony({ ...preview, siteChoice: { ...preview.siteChoice!, chosen: "Mauriac" } });
    await expect(refused).rejects.toThrow("Aucune ligne n'a été écrite dans la feuille «\u00a0Téléphonie 2022\u00a0».");
    expect(sheetFingerprint(excel, "Téléphonie 2022")).toBe(before);
  });

  it("accounts for each site's sheet when an export's sites go to two sheets", async () => {
    const { excel, operations } = await opened(await sheetPerSite());
    const preview = await operations.previewTelephony("Site\tMois\tReçus\tAboutis\nPréfecture\tmars 2022\t1575\t1502\nMauriac\tmars 2022\t320\t275", 2022);
    excel.failSync(excel.syncCount + 2, "Conflict", 0);
    const message = await operations.applyTelephony(preview).then(
      () => "",
      (error: Error) => error.message,
    );
    expect(message).toContain(`Aucune ligne n'a été écrite dans la feuille «\u00a0${PREFECTURE}\u00a0».`);
    expect(message).toContain(`Aucune ligne n'a été écrite dans la feuille «\u00a0${MAURIAC}\u00a0».`);
  });
});

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
