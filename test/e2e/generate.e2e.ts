/** Générer: the summary, checks and charts written into the workbook and shown in the workbook view. */
import { panel, screenshot, sheetTab, tab, viewedSheet, workbook } from "./support/browser";
import { generateSummary, playgroundForEachTest } from "./support/steps";

describe("the Générer pane on the sample workbook", () => {
  const session = playgroundForEachTest();

  it("writes Synthèse 2021 and Contrôles 2021 and shows the summary", async () => {
    const { page } = session();
    await tab(page, "Générer").click();
    await panel(page).getByRole("button", { name: "Générer la synthèse" }).click();
    await panel(page).getByText("Synthèse générée.").waitFor();
    const written = await panel(page).getByRole("listitem").allInnerTexts();
    expect(written).toEqual(expect.arrayContaining(["Synthèse 2021", "Contrôles 2021"]));
    await sheetTab(page, "Synthèse 2021").waitFor();
    await expect(sheetTab(page, "Contrôles 2021").count()).resolves.toBe(1);
    await expect(sheetTab(page, "Synthèse 2021").getAttribute("aria-pressed")).resolves.toBe("true");
  });

  it("puts the indicators' values and statuses in the summary sheet", async () => {
    const { page } = session();
    await generateSummary(session());
    const grid = workbook(page).locator('table[data-sheet="Synthèse 2021"]');
    const row = grid.locator("tr", { hasText: "Taux d'appels aboutis" }).first();
    const cells = (await row.locator("td").allInnerTexts()).map((text) => text.trim());
    // French typography: a no-break space (U+00A0 or the narrow U+202F) between the number and "%".
    expect(cells).toEqual(expect.arrayContaining([expect.stringMatching(/^94[\u00a0\u202f]%$/), "Atteint", expect.stringMatching(/^\+4[\u00a0\u202f ]points$/)]));
    const implausible = (await grid.locator("tr", { hasText: "Délai d'information des élus" }).first().locator("td").allInnerTexts()).map((text) => text.trim());
    expect(implausible).toContain("À corriger");
    await screenshot(page, "05-synthese");
  });

  it("draws the summary's charts from the simulated chart objects", async () => {
    const { page } = session();
    await generateSummary(session());
    const charts = workbook(page).locator("figure[data-chart]");
    await expect(charts.count()).resolves.toBeGreaterThanOrEqual(2);
    const titles = await charts.locator("figcaption").allInnerTexts();
    expect(titles.every((title) => title.trim().length > 0)).toBe(true);
    await expect(charts.first().locator("rect[data-value]").count()).resolves.toBeGreaterThan(0);
    const labels = await charts.locator("rect[data-value]").evaluateAll((rects) => rects.map((rect) => rect.getAttribute("data-value")));
    expect(labels).toContain("94\u00a0%");
    await charts.first().scrollIntoViewIfNeeded();
    await screenshot(page, "06-synthese-graphiques");
  });

  it("opens the summary again from the pane's link", async () => {
    const { page } = session();
    await generateSummary(session());
    await sheetTab(page, "Indicateurs 2021").click();
    await panel(page).getByRole("button", { name: "Ouvrir « Synthèse 2021 »" }).click();
    await viewedSheet(page, "Synthèse 2021").waitFor();
  });

  it("replaces the summary on a second generation instead of adding sheets", async () => {
    const { page } = session();
    await generateSummary(session());
    const before = await workbook(page).locator("nav button").count();
    await panel(page).getByRole("button", { name: "Générer la synthèse" }).click();
    await panel(page).getByText("Synthèse générée.").waitFor();
    await expect(workbook(page).locator("nav button").count()).resolves.toBe(before);
  });
});
