/** Contrôles: choosing a problem selects its cell in the workbook, and marks are put and taken back. */
import { panel, screenshot, sheetTab, tab, viewedCell, workbook } from "./support/browser";
import { analyseInChecks, playgroundForEachTest } from "./support/steps";

describe("the Contrôles pane on the sample workbook", () => {
  const session = playgroundForEachTest();

  it("offers to run the analysis first", async () => {
    const { page } = session();
    await tab(page, "Contrôles").click();
    await expect(panel(page).getByText("Lancez d’abord l’analyse pour voir les contrôles.").count()).resolves.toBe(1);
    await panel(page).getByRole("button", { name: "Analyser le classeur" }).click();
    await panel(page).getByRole("list", { name: "Problèmes détectés" }).waitFor();
    await expect(panel(page).getByText("1 erreur et 0 avertissement").count()).resolves.toBe(1);
  });

  it("selects cell D11 of Indicateurs 2021 when the implausible target is chosen", async () => {
    const { page } = session();
    await analyseInChecks(session());
    await sheetTab(page, "Téléphonie 2021").click();
    const problem = panel(page).getByRole("button", { name: /Indicateurs 2021!D11/ });
    await expect(problem.innerText()).resolves.toMatch(/Erreur[\s\S]*Délai d'information des élus en temps de crise[\s\S]*0 ne peut pas servir de cible/);
    await problem.click();
    await viewedCell(page, "D11").and(workbook(page).locator('td[data-selected="true"]')).waitFor();
    await expect(sheetTab(page, "Indicateurs 2021").getAttribute("aria-pressed")).resolves.toBe("true");
    await expect(workbook(page).getByTestId("selection").textContent()).resolves.toBe("Sélection\u00a0: Indicateurs 2021!D11");
    await expect(workbook(page).locator('td[data-selected="true"]').count()).resolves.toBe(1);
    await screenshot(page, "03-controle-selection-D11");
  });

  it("marks the problem's cell with a fill and restores it exactly", async () => {
    const { page } = session();
    await analyseInChecks(session());
    await sheetTab(page, "Indicateurs 2021").click();
    const fillOfD11 = () => viewedCell(page, "D11").evaluate((cell) => (cell as HTMLElement).style.backgroundColor);
    const before = await fillOfD11();
    await panel(page).getByRole("button", { name: "Marquer les cellules" }).click();
    await panel(page).getByText("1 cellule marquée.").waitFor();
    const marked = await fillOfD11();
    expect(marked).not.toBe(before);
    expect(marked).toMatch(/^rgb/);
    await screenshot(page, "04-controle-marque");
    await panel(page).getByRole("button", { name: "Effacer les marques" }).click();
    await panel(page).getByText("1 cellule rétablie.").waitFor();
    await expect(fillOfD11()).resolves.toBe(before);
  });
});
