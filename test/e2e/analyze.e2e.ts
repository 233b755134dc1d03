/** Analysing the sample workbook in the playground: the counts by status, as DOMAIN.md expects for 2021. */
import { pane, panel, screenshot, screenshotOf, sheetTab, viewedCell, workbook } from "./support/browser";
import { analyse, playgroundForEachTest } from "./support/steps";

describe("the Analyser pane on the sample workbook", () => {
  const session = playgroundForEachTest();

  it("shows the sample's sheets and cells in the workbook view before anything runs", async () => {
    const { page } = session();
    await screenshot(page, "01-accueil");
    await expect(sheetTab(page, "Indicateurs 2021").count()).resolves.toBe(1);
    await sheetTab(page, "Indicateurs 2021").click();
    await expect(viewedCell(page, "D11").textContent()).resolves.toBe("0,00");
  });

  it("counts 6 Atteint, 2 Sans cible, 1 Non mesuré and 1 À corriger", async () => {
    const { page } = session();
    await panel(page).getByRole("button", { name: "Analyser le classeur" }).click();
    const counts = panel(page).getByRole("list", { name: "Nombre d’indicateurs par statut" });
    await counts.waitFor();
    const items = await counts.getByRole("listitem").allInnerTexts();
    expect(items.map((item) => item.replace(/\s+/g, " ").trim())).toEqual(["6 Atteint", "0 Non atteint", "2 Sans cible", "1 Non mesuré", "1 À corriger"]);
    await expect(panel(page).getByText("Analyse terminée : 10 indicateurs pour 2021.").count()).resolves.toBe(1);
    await screenshot(page, "02-analyse");
    await screenshotOf(pane(page), "02-analyse-volet");
  });

  it("leaves the workbook untouched: analysing only reads", async () => {
    const { page } = session();
    await analyse(session());
    await expect(workbook(page).locator("nav button").allTextContents()).resolves.not.toContain("Synthèse 2021");
  });
});
