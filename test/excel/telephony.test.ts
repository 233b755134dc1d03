import { analyzeWorkbook } from "../../src/domain/analysis";
import { EXCEL_MESSAGES } from "../../src/excel/messages";
import { readSnapshot } from "../../src/excel/read-snapshot";
import type { WorkbookSnapshot } from "../../src/domain/snapshot";
import { sheetFingerprint, sheetNames, simCell, simulateWorkbook } from "../../src/simulated-excel";
import { numberCell, sheetOf, textCell } from "../simulated-excel/fixtures";
import { operationsOn, sampleSnapshot, simulatedSample, syncsOf } from "./helpers";

const HEADER = "Mois\tAppels reçus\tAppels aboutis";

/** The sample without its telephony sheet, plus the given one. */
async function sampleWithTelephony(telephony: WorkbookSnapshot["sheets"][number] | null): Promise<WorkbookSnapshot> {
  const sample = await sampleSnapshot();
  const others = sample.sheets.filter((sheet) => !sheet.name.startsWith("Téléphonie"));
  return { sheets: telephony ? [...others, telephony] : others };
}

const gappedSheet = () =>
  sheetOf("Téléphonie 2021", [
    ["Mois", "Appels reçus", "Appels aboutis"],
    ["janvier 2021", 1520, 1432],
    ["février 2021", 1390, 1302],
    ["avril 2021", 1310, 1231],
  ]);

function columnA(excel: ReturnType<typeof simulateWorkbook>, sheet: string, rows: number): unknown[] {
  return Array.from({ length: rows }, (_, index) => simCell(excel, sheet, `A${index + 1}`).text);
}

/** The pane's operations once it has opened: its settings read lists the sheets, so a fold reads in one sync. */
async function openedOn(excel: ReturnType<typeof simulateWorkbook>) {
  const operations = operationsOn(excel);
  await operations.loadSettings();
  return operations;
}

describe("the telephony operations on the simulated Excel", () => {
  it("previews pasted figures without touching the workbook, reading it in one sync once the pane has opened", async () => {
    const excel = await simulatedSample();
    const operations = await openedOn(excel);
    const before = sheetNames(excel).map((sheet) => sheetFingerprint(excel, sheet));
    const { syncs, result } = await syncsOf(excel, () => operations.previewTelephony(`${HEADER}\nmars 2021\t1500\t1400`, null));
    expect(syncs).toBe(1);
    expect(result).toMatchObject({ year: 2021, received: 1500, answered: 1400 });
    expect(result.siteChoice).toBeUndefined();
    expect(sheetNames(excel).map((sheet) => sheetFingerprint(excel, sheet))).toEqual(before);
  });

  it("takes the year from the workbook when the pasted text has none", async () => {
    const excel = await simulatedSample();
    const preview = await operationsOn(excel).previewTelephony(`${HEADER}\nmars\t1500\t1400`, null);
    expect(preview.year).toBe(2021);
    expect(preview.months.map((month) => month.month)).toEqual(["2021-03"]);
  });

  it("rewrites a re-pasted month in place, in 2 syncs (one read, one write) once the pane has opened", async () => {
    const excel = await simulatedSample();
    const operations = await openedOn(excel);
    const preview = await operations.previewTelephony(`${HEADER}\nmars 2021\t1500\t1400`, 2021);
    const { syncs, result } = await syncsOf(excel, () => operations.applyTelephony(preview));
    expect(syncs).toBe(2);
    expect(result).toMatchObject({ sheet: "Téléphonie 2021", created: false, replacedMonths: ["2021-03"], addedMonths: [] });
    expect([simCell(excel, "Téléphonie 2021", "B4").value, simCell(excel, "Téléphonie 2021", "C4").value]).toEqual([1500, 1400]);
    expect(simCell(excel, "Téléphonie 2021", "B5").value).toBe(1310);
    expect(result.analysis?.monthly?.months.find((month) => month.month === "2021-03")).toMatchObject({ received: 1500, answered: 1400 });
  });

  it("keeps the number format of a re-pasted month's cells", async () => {
    const excel = await simulatedSample();
    const before = simCell(excel, "Téléphonie 2021", "B4").numberFormat;
    expect(before).not.toBe("General");
    const operations = operationsOn(excel);
    await operations.applyTelephony(await operations.previewTelephony(`${HEADER}\nmars 2021\t1500\t1400`, 2021));
    expect([simCell(excel, "Téléphonie 2021", "B4").numberFormat, simCell(excel, "Téléphonie 2021", "C4").numberFormat]).toEqual([before, before]);
    expect(simCell(excel, "Téléphonie 2021", "B4").text).toMatch(/^1[\s\u202f\u00a0]500$/u);
  });

  it("inserts a new month at its calendar place, in 2 syncs", async () => {
    const excel = simulateWorkbook(await sampleWithTelephony(gappedSheet()));
    const operations = await openedOn(excel);
    const preview = await operations.previewTelephony(`${HEADER}\nmars 2021\t1480\t1397`, 2021);
    const { syncs, result } = await syncsOf(excel, () => operations.applyTelephony(preview));
    expect(syncs).toBe(2);
    expect(result).toMatchObject({ created: false, addedMonths: ["2021-03"] });
    expect(columnA(excel, "Téléphonie 2021", 5).slice(1).map((text) => String(text).split(" ")[0].toLowerCase())).toEqual(["janvier", "février", "mars", "avril"]);
    expect(simCell(excel, "Téléphonie 2021", "B5").value).toBe(1310);
  });

  it("moves the marks below a new month's row with their cells, still in 2 syncs, so clearing them restores exactly", async () => {
    const folded = async (marked: boolean) => {
      const excel = simulateWorkbook(await sampleWithTelephony(gappedSheet()));
      await excel.run(async (context) => {
        context.workbook.worksheets.getItem("Téléphonie 2021").getRange("C4").format.fill.color = "#DDEBF7";
      });
      const operations = await openedOn(excel);
      if (marked) await operations.markIssues([{ severity: "error", code: "MONTH_ANSWERED_EXCEEDS_RECEIVED", sheet: "Téléphonie 2021", cell: "C4", message: "x" }]);
      const preview = await operations.previewTelephony(`${HEADER}\nmars 2021\t1480\t1397`, 2021);
      const { syncs } = await syncsOf(excel, () => operations.applyTelephony(preview));
      return { excel, operations, syncs };
    };
    const { excel, operations, syncs } = await folded(true);
    expect(syncs).toBe(2);
    expect(JSON.parse(String(excel.model.settings.get("BilanQualite.marks")))).toMatchObject([{ cell: "C5" }]);
    expect(await operations.clearMarks()).toEqual({ restored: 1, notFound: 0 });
    expect(sheetFingerprint(excel, "Téléphonie 2021")).toBe(sheetFingerprint((await folded(false)).excel, "Téléphonie 2021"));
  });

  it("sums pasted daily rows into their month and rewrites that month, in 2 syncs", async () => {
    const excel = await simulatedSample();
    const operations = await openedOn(excel);
    const preview = await operations.previewTelephony("Date\tAppels reçus\tAppels aboutis\n01/03/2021\t100\t90\n02/03/2021\t50\t45", null);
    const { syncs, result } = await syncsOf(excel, () => operations.applyTelephony(preview));
    expect(syncs).toBe(2);
    expect(result.replacedMonths).toEqual(["2021-03"]);
    expect([simCell(excel, "Téléphonie 2021", "B4").value, simCell(excel, "Téléphonie 2021", "C4").value]).toEqual([150, 135]);
  });

  it("creates the year's telephony sheet when there is none, in 2 syncs", async () => {
    const excel = simulateWorkbook(await sampleWithTelephony(null));
    const operations = await openedOn(excel);
    const preview = await operations.previewTelephony(`${HEADER}\njanvier 2021\t1520\t1432\nfévrier 2021\t1390\t1302`, 2021);
    const { syncs, result } = await syncsOf(excel, () => operations.applyTelephony(preview));
    expect(syncs).toBe(2);
    expect(result).toMatchObject({ created: true, addedMonths: ["2021-01", "2021-02"] });
    expect(sheetNames(excel)).toContain(result.sheet);
  });

  it.each<[string, () => Promise<WorkbookSnapshot>, string]>([
    ["a re-pasted month", sampleSnapshot, `${HEADER}\nmars 2021\t1500\t1400`],
    ["a new sheet", () => sampleWithTelephony(null), `${HEADER}\njanvier 2021\t1520\t1432\nfévrier 2021\t1390\t1302`],
  ])("returns, after %s, the analysis a fresh read of the workbook gives", async (_case, workbook, pasted) => {
    const excel = simulateWorkbook(await workbook());
    const operations = operationsOn(excel);
    const outcome = await operations.applyTelephony(await operations.previewTelephony(pasted, 2021));
    const fresh = analyzeWorkbook(await excel.run((context) => readSnapshot(context)), { year: 2021 });
    expect(fresh.ok).toBe(true);
    expect(outcome.analysis).toEqual(fresh.ok ? fresh.analysis : null);
  });

  it("gives the new telephony sheet another name when a user's sheet bears the usual one", async () => {
    const notes = sheetOf("Téléphonie 2021", [["Notes sur la téléphonie"], ["à compléter"]]);
    const excel = simulateWorkbook(await sampleWithTelephony(notes));
    const before = sheetFingerprint(excel, "Téléphonie 2021");
    const operations = operationsOn(excel);
    const result = await operations.applyTelephony(await operations.previewTelephony(`${HEADER}\njanvier 2021\t1520\t1432`, 2021));
    expect(result).toMatchObject({ sheet: "Téléphonie 2021 (2)", created: true });
    expect(sheetFingerprint(excel, "Téléphonie 2021")).toBe(before);
  });

  it("leaves every other sheet unchanged", async () => {
    const excel = await simulatedSample();
    const others = sheetNames(excel).filter((name) => !name.startsWith("Téléphonie"));
    const before = others.map((name) => sheetFingerprint(excel, name));
    const operations = operationsOn(excel);
    await operations.applyTelephony(await operations.previewTelephony(`${HEADER}\nmars 2021\t1500\t1400`, 2021));
    expect(others.map((name) => sheetFingerprint(excel, name))).toEqual(before);
  });

  it("checks the figures already in the year's sheet", async () => {
    const excel = await simulatedSample();
    const preview = await operationsOn(excel).checkTelephonySheet(2021);
    expect(preview).toMatchObject({ year: 2021, received: 15860, answered: 14921 });
    expect(preview.months).toHaveLength(12);
  });

  it("checks every site of the year when each has its sheet: the sites added up, and each site's total", async () => {
    const site = (name: string, rows: readonly (readonly [string, number, number])[]) =>
      sheetOf(name, [["Mois", "Appels reçus", "Appels aboutis"], ...rows]);
    const sample = await sampleWithTelephony(site("Standard préfecture 2021", [["janvier 2021", 1000, 900], ["février 2021", 1000, 950]]));
    const excel = simulateWorkbook({ sheets: [...sample.sheets, site("Téléphonie Mauriac 2021", [["janvier 2021", 100, 50]])] });
    const preview = await operationsOn(excel).checkTelephonySheet(2021);
    expect(preview).toMatchObject({ year: 2021, received: 2100, answered: 1900 });
    expect(preview.sites?.map((s) => [s.name, s.received, s.answered])).toEqual([
      ["Préfecture", 2000, 1850],
      ["Mauriac", 100, 50],
    ]);
    expect(preview.issues.map((issue) => [issue.code, issue.sheet])).toEqual([["MONTH_MISSING", "Téléphonie Mauriac 2021"]]);
  });

  it("says in French when the year has no telephony sheet", async () => {
    const excel = simulateWorkbook(await sampleWithTelephony(null));
    await expect(operationsOn(excel).checkTelephonySheet(2021)).rejects.toThrow(/Aucune feuille de téléphonie mensuelle pour 2021/);
  });

  it("says in French that a protected telephony sheet refuses the months, and writes nothing", async () => {
    const excel = await simulatedSample();
    excel.protectSheet("Téléphonie 2021");
    const before = sheetFingerprint(excel, "Téléphonie 2021");
    const operations = operationsOn(excel);
    const preview = await operations.previewTelephony(`${HEADER}\nmars 2021\t1500\t1400`, 2021);
    await expect(operations.applyTelephony(preview)).rejects.toThrow(EXCEL_MESSAGES.AccessDenied);
    expect(sheetFingerprint(excel, "Téléphonie 2021")).toBe(before);
  });
});

describe("the telephony upsert on a sheet whose months are Excel dates", () => {
  const dated = (serial: number, text: string) => numberCell(serial, text, "mmm yyyy");
  const datedSheet = (): WorkbookSnapshot["sheets"][number] => ({
    ...sheetOf("Téléphonie 2021", [["Mois", "Appels reçus", "Appels aboutis"]]),
    cells: [
      ["Mois", "Appels reçus", "Appels aboutis"].map(textCell),
      [dated(44197, "janv. 2021"), numberCell(1520), numberCell(1432)],
      [dated(44228, "févr. 2021"), numberCell(1390), numberCell(1302)],
      [dated(44287, "avr. 2021"), numberCell(1310), numberCell(1231)],
    ],
  });

  it("writes a new month as a date serial in the sheet's own date format (style telephony.existingMonth)", async () => {
    const excel = simulateWorkbook(await sampleWithTelephony(datedSheet()));
    const operations = operationsOn(excel);
    const result = await operations.applyTelephony(await operations.previewTelephony(`${HEADER}\nmars 2021\t1480\t1397`, 2021));
    expect(result).toMatchObject({ created: false, addedMonths: ["2021-03"] });
    expect(simCell(excel, "Téléphonie 2021", "A4")).toMatchObject({ value: 44256, formula: null, numberFormat: "mmm yyyy" });
    expect([simCell(excel, "Téléphonie 2021", "B4").value, simCell(excel, "Téléphonie 2021", "A5").value]).toEqual([1480, 44287]);
    expect(result.analysis?.monthly?.months.map((month) => month.month)).toEqual(["2021-01", "2021-02", "2021-03", "2021-04"]);
  });
});
