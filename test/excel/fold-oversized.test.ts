/**
 * A fold whose sheet was read without its cells (a value typed far from the table, past 5,000,000 cells): the
 * fold cannot find its table there and would create another sheet (« Téléphonie 2021 (2) »). It is refused in
 * French before any write, naming the sheet and the far cell; a sheet read without its cells that is not the
 * fold's does not stop it.
 */
import type { WorkbookSnapshot } from "../../src/domain/snapshot";
import { sheetFingerprint, sheetNames, simCell, simulateWorkbook, type SimulatedExcel } from "../../src/simulated-excel";
import { sheetOf } from "../simulated-excel/fixtures";
import { operationsOn, sampleSnapshot, simulatedSample } from "./helpers";

const NBSP = "\u00a0";
const PASTED = "Mois\tAppels reçus\tAppels aboutis\nmars 2021\t1500\t1400";
const REFUSED = (sheet: string) =>
  `Rien n'a été écrit. La feuille «${NBSP}${sheet}${NBSP}», où iraient ces chiffres, n'a pas été lue${NBSP}: elle s'étend jusqu'à la cellule XFD1048576 ` +
  `(plus de 17${NBSP}milliards de cellules). Une valeur isolée loin du tableau${NBSP}? Effacez-la dans Excel (Ctrl+Fin montre la dernière cellule utilisée), ` +
  `puis intégrez-les de nouveau.`;

/** Every sheet's name and content, to see that nothing was written. */
const workbookState = (excel: SimulatedExcel): string[] => sheetNames(excel).map((name) => `${name}: ${sheetFingerprint(excel, name)}`);

const site = (name: string, rows: readonly (readonly [string, number, number])[]) => sheetOf(name, [["Mois", "Appels reçus", "Appels aboutis"], ...rows]);

describe("folding pasted telephony figures when the year's sheet reaches XFD1048576", () => {
  it("is refused in French, naming the sheet and its far cell, with nothing written and no « Téléphonie 2021 (2) »", async () => {
    const excel = await simulatedSample();
    const operations = operationsOn(excel);
    const preview = await operations.previewTelephony(PASTED, 2021);
    excel.userEdit("Téléphonie 2021", "XFD1048576", [["x"]]);
    const before = workbookState(excel);
    await expect(operations.applyTelephony(preview)).rejects.toThrow(REFUSED("Téléphonie 2021"));
    expect(workbookState(excel)).toEqual(before);
  });

  it("is refused from the preview on, and from the check of the year's figures", async () => {
    const excel = await simulatedSample();
    excel.userEdit("Téléphonie 2021", "XFD1048576", [["x"]]);
    const operations = operationsOn(excel);
    await expect(operations.previewTelephony(PASTED, null)).rejects.toThrow(REFUSED("Téléphonie 2021"));
    await expect(operations.checkTelephonySheet(2021)).rejects.toThrow(REFUSED("Téléphonie 2021"));
  });

  it("is refused when the sheet has another telephony name with the year (« Appels 2021 »)", async () => {
    const excel = await simulatedSample();
    excel.userRenameSheet("Téléphonie 2021", "Appels 2021");
    excel.userEdit("Appels 2021", "XFD1048576", [["x"]]);
    const before = workbookState(excel);
    await expect(operationsOn(excel).previewTelephony(PASTED, 2021)).rejects.toThrow(REFUSED("Appels 2021"));
    expect(workbookState(excel)).toEqual(before);
  });

  it("is refused when one site's sheet of the year cannot be read: the figures could be that site's", async () => {
    const sample = await sampleSnapshot();
    const others = sample.sheets.filter((sheet) => !sheet.name.startsWith("Téléphonie"));
    const sites: WorkbookSnapshot = { sheets: [...others, site("Standard préfecture 2021", [["janvier 2021", 1000, 900]]), site("Téléphonie Mauriac 2021", [["janvier 2021", 100, 50]])] };
    const excel = simulateWorkbook(sites);
    const operations = operationsOn(excel);
    const preview = await operations.previewTelephony(PASTED, 2021);
    excel.userEdit("Téléphonie Mauriac 2021", "XFD1048576", [["x"]]);
    const before = workbookState(excel);
    await expect(operations.applyTelephony({ ...preview, siteChoice: { ...preview.siteChoice!, chosen: "Préfecture" } })).rejects.toThrow(REFUSED("Téléphonie Mauriac 2021"));
    await expect(operations.previewTelephony(PASTED, 2021)).rejects.toThrow(REFUSED("Téléphonie Mauriac 2021"));
    expect(workbookState(excel)).toEqual(before);
  });

  it.each([
    ["a sheet of notes", "Notes"],
    ["the previous year's telephony sheet", "Téléphonie 2020"],
  ])("is not stopped by %s reaching XFD1048576: the month is written in « Téléphonie 2021 »", async (_case, other) => {
    const excel = await simulatedSample();
    excel.userAddSheet(other, [["Relevés"]]);
    excel.userEdit(other, "XFD1048576", [["x"]]);
    const operations = operationsOn(excel);
    const outcome = await operations.applyTelephony(await operations.previewTelephony(PASTED, 2021));
    expect(outcome).toMatchObject({ sheet: "Téléphonie 2021", created: false, replacedMonths: ["2021-03"] });
    expect([simCell(excel, "Téléphonie 2021", "B4").value, sheetNames(excel).length]).toEqual([1500, 4]);
  });
});

describe("writing pasted survey answers when the year's survey sheet reaches XFD1048576", () => {
  const HEADER = ["N°", "Êtes-vous satisfait de l'accueil ?", "L'agent s'est-il présenté ?"];
  const ROWS = [HEADER, [1, "Très satisfait", "Oui"], [2, "Peu satisfait", "Non"]];
  const tsv = ROWS.map((row) => row.join("\t")).join("\n");

  async function withSurvey(far: string): Promise<SimulatedExcel> {
    const sample = await sampleSnapshot();
    const excel = simulateWorkbook({ sheets: [...sample.sheets, sheetOf("Enquête 2021", ROWS)] });
    excel.userEdit(far, "XFD1048576", [["x"]]);
    return excel;
  }

  it("is refused in French, naming the sheet and its far cell, with nothing written and no « Enquête 2021 (2) »", async () => {
    const excel = await withSurvey("Enquête 2021");
    const before = workbookState(excel);
    const operations = operationsOn(excel);
    const refusal = operations.applySurvey(await operations.previewSurvey(tsv, 2021));
    await expect(refusal).rejects.toThrow(
      `Rien n'a été écrit. La feuille «${NBSP}Enquête 2021${NBSP}», où iraient ces réponses, n'a pas été lue${NBSP}: elle s'étend jusqu'à la cellule XFD1048576 `,
    );
    await expect(refusal).rejects.toThrow(/Effacez-la dans Excel \(Ctrl\+Fin montre la dernière cellule utilisée\), puis écrivez-les de nouveau\.$/);
    expect(workbookState(excel)).toEqual(before);
  });

  it("is not stopped by another sheet reaching XFD1048576", async () => {
    const excel = await withSurvey("Indicateurs 2020");
    const operations = operationsOn(excel);
    const outcome = await operations.applySurvey(await operations.previewSurvey(`${tsv}\n3\tSatisfait\tOui`, 2021));
    expect(outcome).toEqual({ sheet: "Enquête 2021", created: false, added: 1, duplicates: 2 });
  });
});
