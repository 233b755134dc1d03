import { analyzeWorkbook } from "../../src/domain/analysis";
import { keyPosition } from "../../src/simulated-excel/model";
import { sheetNames, sheetTag, simCell, simSheet, type SimulatedExcel } from "../../src/simulated-excel";
import { operationsOn, sampleSnapshot, simulatedSample } from "./helpers";

const SETTINGS = { year: null, tolerance: 0 };
const STATES = "À lancer,En cours,Réalisée,Abandonnée";

/** Every stored cell of a sheet, by address, as the model holds it (value, formula, formats, validation…). */
function userCells(excel: SimulatedExcel, sheet: string): Map<string, string> {
  const cells = new Map<string, string>();
  for (const [key, cell] of simSheet(excel, sheet).cells) {
    const { row, column } = keyPosition(key);
    cells.set(`${row}:${column}`, JSON.stringify(cell));
  }
  return cells;
}

async function resultCellOf(name: string): Promise<string> {
  const outcome = analyzeWorkbook(await sampleSnapshot(), {});
  if (!outcome.ok) throw new Error(outcome.message);
  const indicator = outcome.analysis.indicators.find((candidate) => candidate.name === name);
  if (!indicator?.cells.result) throw new Error(`No result cell for ${name}`);
  return indicator.cells.result;
}

/** The user's year of work on the sheet: actions filled, a row inserted, a row deleted, renamed and moved first. */
async function userWorksOn(excel: SimulatedExcel): Promise<void> {
  await excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Plan d'actions");
    sheet.getRange("E6:H6").values = [["Corriger la cible avec le SIDPC", "Mme Martin", "", "En cours"]];
    sheet.getRange("G6").values = [[46022]];
    sheet.getRange("E6").format.fill.color = "#FFFF00";
    sheet.getRange("A7:H8").values = [
      ["Accueil physique", "Signalétique du hall", "", "", "Nouveaux panneaux", "M. Durand", "", "Réalisée"],
      ["Accueil physique", "Ligne à supprimer", "", "", "", "", "", ""],
    ];
    sheet.getRange("A8:H8").delete("Up");
    sheet.getRange("A7:H7").insert("Down");
    sheet.getRange("A7:E7").values = [["Téléphonie", "Rappel des usagers", "", "", "Rappeler sous 48 h"]];
    sheet.name = "Actions COPIL";
    sheet.position = 0;
    await context.sync();
  });
}

describe("the action plan in the open workbook", () => {
  it("is created by the first generation with a row per indicator to correct, a drop-down list of states and its tag", async () => {
    const excel = await simulatedSample();
    await operationsOn(excel).generateReport(SETTINGS);
    expect(sheetTag(excel, "Plan d'actions")).toBe("action-plan:2021");
    expect(["A5", "B5", "C5", "D5", "E5", "F5", "G5", "H5"].map((address) => simCell(excel, "Plan d'actions", address).value)).toEqual([
      "Thématique", "Indicateur", "Statut", "Année", "Action", "Pilote", "Échéance", "État",
    ]);
    expect(simCell(excel, "Plan d'actions", "B6").value).toBe("Délai d'information des élus en temps de crise");
    expect(simCell(excel, "Plan d'actions", "C6").value).toBe("À corriger");
    expect(simCell(excel, "Plan d'actions", "G6").numberFormat).toBe("dd/mm/yyyy");
    expect(simCell(excel, "Plan d'actions", "H6")).toMatchObject({ value: "À lancer", validation: { inCellDropDown: true, source: STATES } });
    expect(simCell(excel, "Plan d'actions", "B7").value).toBeNull();
  });

  it("appends the new indicator after the user filled, inserted, deleted, renamed and moved, and keeps every user cell byte for byte", async () => {
    const excel = await simulatedSample();
    const operations = operationsOn(excel);
    await operations.generateReport(SETTINGS);
    await userWorksOn(excel);
    const before = userCells(excel, "Actions COPIL");
    const result = await resultCellOf("Taux d'appels aboutis");
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Indicateurs 2021").getRange(result).values = [["85 %"]];
      await context.sync();
    });

    await operations.generateReport(SETTINGS);

    expect(sheetNames(excel)[0]).toBe("Actions COPIL");
    expect(sheetNames(excel)).not.toContain("Plan d'actions");
    const after = userCells(excel, "Actions COPIL");
    for (const [address, cell] of before) expect([address, after.get(address)]).toEqual([address, cell]);
    const added = [...after.keys()].filter((address) => !before.has(address));
    expect(new Set(added.map((address) => address.split(":")[0]))).toEqual(new Set(["9"]));
    expect(simCell(excel, "Actions COPIL", "B9").value).toBe("Taux d'appels aboutis");
    expect(simCell(excel, "Actions COPIL", "C9").value).toBe("Non atteint");
    expect(simCell(excel, "Actions COPIL", "D9").value).toBe(2021);
    expect(simCell(excel, "Actions COPIL", "H9")).toMatchObject({ value: "À lancer", validation: { source: STATES } });
  });

  it("does not add again an indicator whose row the user deleted, and counts the actions by state in the summary", async () => {
    const excel = await simulatedSample();
    const operations = operationsOn(excel);
    await operations.generateReport(SETTINGS);
    await userWorksOn(excel);
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Actions COPIL").getRange("A6:H6").delete("Up");
      await context.sync();
    });
    const before = userCells(excel, "Actions COPIL");

    await operations.generateReport(SETTINGS);

    expect(userCells(excel, "Actions COPIL")).toEqual(before);
    const summary = [...simSheet(excel, "Synthèse 2021").cells.values()].map((cell) => String(cell.value));
    expect(summary).toContain("• Plan d'actions (feuille «\u00A0Actions COPIL\u00A0») — 2\u00A0actions\u00A0: 1 réalisée, 1 sans état.");
  });

  it("matches a listed indicator by name and year whatever its case and accents", async () => {
    const excel = await simulatedSample();
    const operations = operationsOn(excel);
    await operations.generateReport(SETTINGS);
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Plan d'actions");
      sheet.customProperties.getItem("BilanQualitePlan").delete();
      sheet.getRange("B6").values = [["DELAI D’INFORMATION DES ELUS EN TEMPS DE CRISE"]];
      await context.sync();
    });
    const before = userCells(excel, "Plan d'actions");
    await operations.generateReport(SETTINGS);
    expect(userCells(excel, "Plan d'actions")).toEqual(before);
  });
});
