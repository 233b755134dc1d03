/**
 * Plan d'actions in the browser: created by the first generation, then the user's. The playground's grid
 * shows the workbook but does not take typing, so the user's year of work on the sheet — actions filled, a
 * row inserted, another deleted, the sheet renamed and moved — goes through the simulated Excel the page
 * exposes (window.bilanQualiteSimulator), with the Office.js calls Excel would apply for those edits; the
 * generations are the pane's own button.
 */
import type { Page } from "playwright-core";
import { cellKey, keyPosition } from "../../src/simulated-excel/model";
import { panel, screenshot, sheetTab, tab, viewedSheet, workbook } from "./support/browser";
import { playgroundForEachTest } from "./support/steps";

interface PageSimulator {
  readonly run: (batch: (context: Excel.RequestContext) => Promise<unknown>) => Promise<unknown>;
  readonly excel: { readonly model: { readonly sheets: readonly { readonly name: string; readonly cells: Map<number, unknown> }[] } };
}

/** Every stored cell of a sheet, by "row:column", as the simulated model holds it (value, formula, formats, validation…). */
async function storedCells(page: Page, sheet: string): Promise<Map<string, string>> {
  const entries = await page.evaluate((name) => {
    const simulator = (window as unknown as { bilanQualiteSimulator: PageSimulator }).bilanQualiteSimulator;
    const found = simulator.excel.model.sheets.find((candidate) => candidate.name === name);
    return found ? [...found.cells].map(([key, cell]) => [key, JSON.stringify(cell)] as [number, string]) : [];
  }, sheet);
  return new Map(entries.map(([key, cell]) => {
    const { row, column } = keyPosition(key);
    return [`${row}:${column}`, cell];
  }));
}

/** What the user does over the year, as in test/excel/action-plan.test.ts. */
async function userWorksOnThePlan(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const simulator = (window as unknown as { bilanQualiteSimulator: PageSimulator }).bilanQualiteSimulator;
    await simulator.run(async (context) => {
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
  });
}

/** The call-answer rate drops below its target in the indicator table: a new indicator not met. */
async function callRateDropsTo85(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const simulator = (window as unknown as { bilanQualiteSimulator: PageSimulator }).bilanQualiteSimulator;
    await simulator.run(async (context) => {
      const used = context.workbook.worksheets.getItem("Indicateurs 2021").getUsedRange().load(["values", "rowIndex", "columnIndex"]);
      await context.sync();
      const row = used.values.findIndex((line) => line.includes("Taux d'appels aboutis"));
      const column = used.values[row].indexOf("Taux d'appels aboutis") + 1;
      used.getCell(row, column).values = [["85 %"]];
      await context.sync();
    });
  });
}

async function generate(page: Page): Promise<void> {
  await tab(page, "Générer").click();
  // The pane is loaded on first use (« Chargement… » first): the click waits for the button.
  await panel(page).getByRole("button", { name: "Générer la synthèse", exact: true }).click();
}

describe("the action plan in the browser", () => {
  const session = playgroundForEachTest();

  it("appends the new indicator after the user filled, inserted, deleted, renamed and moved, keeping every user cell", async () => {
    const { page } = session();
    await generate(page);
    await sheetTab(page, "Plan d'actions").waitFor();

    await userWorksOnThePlan(page);
    await sheetTab(page, "Actions COPIL").waitFor();
    const before = await storedCells(page, "Actions COPIL");
    await callRateDropsTo85(page);

    await panel(page).getByRole("button", { name: "Générer la synthèse", exact: true }).click();
    await page.waitForFunction((key) => {
      const simulator = (window as unknown as { bilanQualiteSimulator: PageSimulator }).bilanQualiteSimulator;
      return simulator.excel.model.sheets.find((sheet) => sheet.name === "Actions COPIL")?.cells.has(key) === true;
    }, cellKey(9, 2));

    const names = await workbook(page).locator("nav button[data-sheet]").evaluateAll((buttons) => buttons.map((button) => button.getAttribute("data-sheet")));
    expect(names[0]).toBe("Actions COPIL");
    expect(names).not.toContain("Plan d'actions");
    const after = await storedCells(page, "Actions COPIL");
    for (const [key, cell] of before) expect([key, after.get(key)]).toEqual([key, cell]);
    const added = [...after.keys()].filter((key) => !before.has(key));
    expect(new Set(added.map((key) => key.split(":")[0]))).toEqual(new Set(["9"]));

    await sheetTab(page, "Actions COPIL").click();
    await viewedSheet(page, "Actions COPIL").waitFor();
    const grid = workbook(page).locator('table[data-sheet="Actions COPIL"]');
    const row = (text: string) => grid.locator("tr", { hasText: text }).first().locator("td").allInnerTexts();
    expect((await row("Taux d'appels aboutis")).map((text) => text.trim())).toEqual(expect.arrayContaining(["Non atteint", "2021", "À lancer"]));
    expect((await row("Délai d'information des élus")).map((text) => text.trim())).toEqual(
      expect.arrayContaining(["Corriger la cible avec le SIDPC", "Mme Martin", "En cours"]),
    );
    expect((await row("Rappel des usagers")).map((text) => text.trim())).toContain("Rappeler sous 48 h");
    await expect(grid.locator("tr", { hasText: "Ligne à supprimer" }).count()).resolves.toBe(0);
    await screenshot(page, "10-plan-actions-apres-regeneration");
  });
});
