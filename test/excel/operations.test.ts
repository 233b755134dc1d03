import { createExcelOperations } from "../../src/excel/excel-operations";
import { EXCEL_MESSAGES } from "../../src/excel/messages";
import { WorkbookNotUsableError } from "../../src/port";
import { activeSheetName, SimulatedExcel, simulateWorkbook } from "../../src/simulated-excel";
import { sheetOf, workbookOf } from "../simulated-excel/fixtures";
import { operationsOn, simulatedSample, syncsOf } from "./helpers";

describe("the workbook operations on the simulated Excel", () => {
  it.each([10, 10_000])("analyses the workbook in 3 syncs (sheet list, shapes, content) with a %i-row log sheet", async (rows) => {
    const excel = await simulatedSample(rows);
    const { syncs, result } = await syncsOf(excel, () => operationsOn(excel).analyze({ year: null, tolerance: 0 }));
    expect(syncs).toBe(3);
    expect(result.year).toBe(2021);
    expect(result.indicators.find((indicator) => indicator.name === "Taux d'appels aboutis")?.status).toBe("met");
  });

  it("says in French, as a workbook problem, when there is no indicator table", async () => {
    const excel = simulateWorkbook(workbookOf(sheetOf("Feuil1", [["Bonjour"]])));
    const failure = operationsOn(excel).analyze({ year: null, tolerance: 0 });
    await expect(failure).rejects.toBeInstanceOf(WorkbookNotUsableError);
    await expect(failure).rejects.toThrow(/indicateur/i);
  });

  it("selects a problem's cell and activates its sheet", async () => {
    const excel = await simulatedSample();
    await operationsOn(excel).selectCell("Indicateurs 2020", "C5");
    expect(activeSheetName(excel)).toBe("Indicateurs 2020");
    expect(excel.model.selection?.address).toBe("C5");
  });

  it.each([
    ["a sheet that does not exist", "Absente", "A1", /feuille «\u00a0Absente\u00a0» est introuvable/],
    ["an address that is not a cell", "Indicateurs 2021", "Z0Z", /n'est pas une cellule valide/],
  ])("names the sheet and cell in French when selecting %s", async (_, sheet, cell, message) => {
    const excel = await simulatedSample();
    await expect(operationsOn(excel).selectCell(sheet, cell)).rejects.toThrow(message);
  });

  it("shows a sheet", async () => {
    const excel = await simulatedSample();
    await operationsOn(excel).showSheet("Téléphonie 2021");
    expect(activeSheetName(excel)).toBe("Téléphonie 2021");
  });

  it("saves the settings as JSON under one key and reads them back", async () => {
    const excel = await simulatedSample();
    const operations = operationsOn(excel);
    expect(await operations.loadSettings()).toEqual({ year: null, tolerance: 0 });
    await operations.saveSettings({ year: 2020, tolerance: 2 });
    expect(JSON.parse(String(excel.model.settings.get("BilanQualite.settings")))).toEqual({ year: 2020, tolerance: 2 });
    expect(await operations.loadSettings()).toEqual({ year: 2020, tolerance: 2 });
  });

  it("keeps the public page's figures with the settings, unknown ones dropped, each once, in the page's order", async () => {
    const excel = await simulatedSample();
    const operations = operationsOn(excel);
    await operations.saveSettings({ year: null, tolerance: 0, publicFigures: ["satisfaction", "calls"] });
    expect(await operations.loadSettings()).toEqual({ year: null, tolerance: 0, publicFigures: ["calls", "satisfaction"] });
    excel.model.settings.set("BilanQualite.settings", JSON.stringify({ year: null, tolerance: 0, publicFigures: ["calls", "calls", "pluie", 4] }));
    expect(await operations.loadSettings()).toEqual({ year: null, tolerance: 0, publicFigures: ["calls"] });
    await operations.saveSettings({ year: null, tolerance: 0, publicFigures: [] });
    expect(await operations.loadSettings()).toEqual({ year: null, tolerance: 0, publicFigures: [] });
  });

  it("falls back to the defaults when the stored settings are damaged", async () => {
    const excel = new SimulatedExcel();
    excel.model.settings.set("BilanQualite.settings", "{pas du json");
    expect(await operationsOn(excel).loadSettings()).toEqual({ year: null, tolerance: 0 });
  });

  it.each([
    ["AccessDenied", EXCEL_MESSAGES.AccessDenied],
    ["Conflict", EXCEL_MESSAGES.Conflict],
    ["RequestPayloadSizeLimitExceeded", EXCEL_MESSAGES.RequestPayloadSizeLimitExceeded],
  ] as const)("turns Excel's %s into a French message", async (code, message) => {
    const excel = await simulatedSample();
    excel.failSync(1, code);
    await expect(operationsOn(excel).saveSettings({ year: 2021, tolerance: 0 })).rejects.toThrow(message);
  });

  it("says the add-in only works inside Excel when Office.js is absent", async () => {
    await expect(createExcelOperations().analyze({ year: null, tolerance: 0 })).rejects.toThrow(EXCEL_MESSAGES.NotInExcel);
  });
});
