/** The whole path by keyboard alone (Tab, Shift+Tab, Enter, Space, arrow keys): analyse, go to a problem, generate, paste. */
import type { Page } from "playwright-core";
import { pane, panel, screenshot, viewedCell, viewedSheet, workbook } from "./support/browser";
import { focused, tabTo, type Focused } from "./support/keyboard";
import { playgroundForEachTest } from "./support/steps";

/** From the pane's title (not focusable), Tab enters the pane on its tab list: the arrow keys then move along it. */
async function focusTab(page: Page, name: string): Promise<void> {
  await page.locator("#pane h1").click();
  await page.keyboard.press("Tab");
  for (let press = 0; press < 5 && (await focused(page)).name !== name; press++) await page.keyboard.press("ArrowRight");
  await expect(focused(page)).resolves.toMatchObject({ role: "tab", name });
}

async function analyseByKeyboard(page: Page): Promise<void> {
  await tabTo(page, /^Analyser le classeur$/);
  await page.keyboard.press("Enter");
  await panel(page).getByText("Analyse terminée : 10 indicateurs pour 2021.").waitFor();
}

describe("the task pane used with the keyboard alone", () => {
  const session = playgroundForEachTest();

  it("analyses the workbook with Tab and Enter, the focus visible on the way", async () => {
    const { page } = session();
    const button = await tabTo(page, /^Analyser le classeur$/);
    expect(button.visible).toBe(true);
    await screenshot(page, "10-clavier-focus-analyser");
    await page.keyboard.press("Enter");
    await panel(page).getByText("Analyse terminée : 10 indicateurs pour 2021.").waitFor();
  });

  it("reaches Contrôles with the arrow keys and selects D11 with Enter", async () => {
    const { page } = session();
    await analyseByKeyboard(page);
    const tab = await tabTo(page, /^Analyser$/, { backwards: true });
    expect(tab.role).toBe("tab");
    expect(tab.visible).toBe(true);
    await page.keyboard.press("ArrowRight");
    await expect(focused(page)).resolves.toMatchObject({ role: "tab", name: "Contrôles" });
    await page.keyboard.press("Enter");
    await panel(page).getByRole("list", { name: "Problèmes détectés" }).waitFor();
    const problem = await tabTo(page, /Indicateurs 2021!D11/);
    expect(problem.visible).toBe(true);
    await page.keyboard.press("Enter");
    await viewedCell(page, "D11").locator("xpath=self::*[@data-selected='true']").waitFor();
    await expect(workbook(page).getByTestId("selection").textContent()).resolves.toBe("Sélection\u00a0: Indicateurs 2021!D11");
    await screenshot(page, "11-clavier-controle");
  });

  it("generates the summary with Space and opens it with Enter", async () => {
    const { page } = session();
    await focusTab(page, "Contrôles");
    await page.keyboard.press("ArrowRight");
    await expect(focused(page)).resolves.toMatchObject({ role: "tab", name: "Générer" });
    await page.keyboard.press("Space");
    await tabTo(page, /^Générer la synthèse$/);
    await page.keyboard.press("Space");
    await panel(page).getByText("Synthèse générée.").waitFor();
    await viewedSheet(page, "Synthèse 2021").waitFor();
    await tabTo(page, /^Ouvrir « Synthèse 2021 »$/);
    await page.keyboard.press("Enter");
    await viewedSheet(page, "Synthèse 2021").waitFor();
  });

  it("pastes a month, previews and integrates it without the mouse", async () => {
    const { page } = session();
    await focusTab(page, "Générer");
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("Enter");
    await expect(focused(page)).resolves.toMatchObject({ role: "tab", name: "Saisie mensuelle" });
    // The pane's code is fetched the first time its tab is chosen: the user sees it before going on.
    await panel(page).getByRole("textbox", { name: "Chiffres à coller" }).waitFor();
    await page.keyboard.press("Tab");
    await expect(focused(page)).resolves.toMatchObject({ tag: "textarea" });
    await page.keyboard.type("Mois;Reçus;Aboutis\nnovembre 2021;1 350;1 270");
    await tabTo(page, /^Prévisualiser$/);
    await page.keyboard.press("Enter");
    await panel(page).getByText("1 mois trouvé pour 2021.").waitFor();
    await tabTo(page, /^Intégrer au classeur$/);
    await page.keyboard.press("Enter");
    await panel(page).getByText("Mois remplacés : novembre 2021.").waitFor();
    // The workbook view's sheet tabs are buttons too.
    await tabTo(page, /^Téléphonie 2021/);
    await page.keyboard.press("Enter");
    await viewedSheet(page, "Téléphonie 2021").waitFor();
    const november = await workbook(page).locator('table[data-sheet="Téléphonie 2021"] tr', { hasText: "novembre" }).locator("td").allInnerTexts();
    expect(november.map((text) => text.replace(/\D/g, ""))).toEqual(expect.arrayContaining(["1350", "1270"]));
    await screenshot(page, "12-clavier-saisie");
  });

  it.each(["Analyser", "Contrôles", "Générer", "Saisie mensuelle", "Paramètres"])(
    "draws a visible focus on every element of %s that Tab reaches",
    async (name) => {
      const { page } = session();
      await pane(page).getByRole("tab", { name }).click();
      // Its chunk loaded (« Chargement… » first, longer on a busy machine): something in it to focus.
      await panel(page).locator("button, input, textarea").first().waitFor();
      // Start from the pane's title (not focusable): the next Tab enters the pane at its top.
      await page.locator("#pane h1").click();
      const stops: Focused[] = [];
      for (let press = 0; press < 80; press++) {
        await page.keyboard.press("Tab");
        const inPane = await page.evaluate(() => document.getElementById("pane")?.contains(document.activeElement) ?? false);
        if (!inPane) break;
        stops.push(await focused(page));
      }
      expect(stops[0]).toMatchObject({ role: "tab", name });
      expect(stops.length).toBeGreaterThanOrEqual(2);
      expect(stops.filter((stop) => !stop.visible).map((stop) => `${stop.tag} ${stop.name}`)).toEqual([]);
    },
  );
});
