/** Saisie mensuelle: pasted figures previewed, then upserted into Téléphonie 2021; a second paste replaces the month. */
import type { Page } from "playwright-core";
import { panel, screenshot, sheetTab, tab, viewedSheet, workbook, type Session } from "./support/browser";
import { playgroundForEachTest } from "./support/steps";

const DECEMBER = "Mois;Reçus;Aboutis\ndécembre 2021;1 480;1 400";
const DECEMBER_CORRECTED = "Mois;Reçus;Aboutis\ndécembre 2021;1 490;1 405";

/** The rows of the viewed telephony sheet whose first cell names December, as their cells' texts. */
async function decemberRows(page: Page): Promise<string[][]> {
  const rows = workbook(page).locator('table[data-sheet="Téléphonie 2021"] tbody tr');
  const all = await rows.evaluateAll((lines) => lines.map((line) => Array.from(line.querySelectorAll("td"), (cell) => (cell.textContent ?? "").trim())));
  return all.filter((cells) => /^d[ée]c/i.test(cells[0] ?? "") || /^2021-12|^12\/2021/.test(cells[0] ?? ""));
}

const digits = (text: string) => text.replace(/\D/g, "");

async function pasteAndPreview(page: Page, text: string): Promise<void> {
  await panel(page).getByRole("textbox", { name: "Chiffres à coller" }).fill(text);
  await panel(page).getByRole("button", { name: "Prévisualiser", exact: true }).click();
  await panel(page).getByText("1 mois trouvé pour 2021.").waitFor();
}

async function pasteAndApply(page: Page, text: string): Promise<void> {
  await pasteAndPreview(page, text);
  await panel(page).getByRole("button", { name: "Intégrer au classeur" }).click();
  await panel(page).getByText("Feuille « Téléphonie 2021 » mise à jour.").waitFor();
}

describe("the Saisie mensuelle pane on the sample workbook", () => {
  const session = playgroundForEachTest(async ({ page }: Session) => {
    await tab(page, "Saisie mensuelle").click();
    await sheetTab(page, "Téléphonie 2021").click();
  });

  it("starts from a sheet that holds December once", async () => {
    const rows = await decemberRows(session().page);
    expect(rows).toHaveLength(1);
    await screenshot(session().page, "07-telephonie-avant");
  });

  it("previews the pasted month before anything is written", async () => {
    const { page } = session();
    const before = await decemberRows(page);
    await panel(page).getByRole("textbox", { name: "Chiffres à coller" }).fill(DECEMBER);
    await panel(page).getByRole("button", { name: "Prévisualiser", exact: true }).click();
    await panel(page).getByText("1 mois trouvé pour 2021.").waitFor();
    const table = panel(page).getByRole("table");
    await expect(table.innerText()).resolves.toMatch(/décembre[\s\S]*1\s?480[\s\S]*1\s?400[\s\S]*94,6\s?%/);
    await screenshot(page, "08-telephonie-apercu");
    await expect(decemberRows(page)).resolves.toEqual(before);
  });

  it("replaces December in Téléphonie 2021 with the pasted figures", async () => {
    const { page } = session();
    await pasteAndPreview(page, DECEMBER);
    await panel(page).getByRole("button", { name: "Intégrer au classeur" }).click();
    await panel(page).getByText("Feuille « Téléphonie 2021 » mise à jour.").waitFor();
    await expect(panel(page).getByText("Mois remplacés : décembre 2021.").count()).resolves.toBe(1);
    await viewedSheet(page, "Téléphonie 2021").waitFor();
    const rows = await decemberRows(page);
    expect(rows).toHaveLength(1);
    expect(rows[0].map(digits)).toEqual(expect.arrayContaining(["1480", "1400"]));
    await screenshot(page, "09-telephonie-integree");
  });

  it("replaces the month again on a second paste, without a duplicate row", async () => {
    const { page } = session();
    await pasteAndApply(page, DECEMBER);
    const sheetsBefore = await workbook(page).locator("nav button").count();
    await pasteAndApply(page, DECEMBER_CORRECTED);
    const rows = await decemberRows(page);
    expect(rows).toHaveLength(1);
    expect(rows[0].map(digits)).toEqual(expect.arrayContaining(["1490", "1405"]));
    await expect(workbook(page).locator("nav button").count()).resolves.toBe(sheetsBefore);
  });
});

describe("the Saisie mensuelle pane when something goes wrong", () => {
  const session = playgroundForEachTest(async ({ page }: Session) => {
    await tab(page, "Saisie mensuelle").click();
  });

  it("says in French that no month could be read from pasted text that holds none", async () => {
    const { page } = session();
    await panel(page).getByRole("textbox", { name: "Chiffres à coller" }).fill("Bonjour,\nvoici les chiffres demandés.");
    await panel(page).getByRole("button", { name: "Prévisualiser", exact: true }).click();
    await panel(page).getByText("Aucun mois lisible dans ces chiffres.").waitFor();
    await expect(panel(page).getByRole("button", { name: "Intégrer au classeur" }).count()).resolves.toBe(0);
  });

  it("shows Excel's refusal of a protected sheet in French and leaves the sheet as it was", async () => {
    const { page } = session();
    await sheetTab(page, "Téléphonie 2021").click();
    const before = await decemberRows(page);
    await page.evaluate(() => (window as unknown as { bilanQualiteSimulator: { excel: { protectSheet(name: string): void } } }).bilanQualiteSimulator.excel.protectSheet("Téléphonie 2021"));
    await panel(page).getByRole("textbox", { name: "Chiffres à coller" }).fill(DECEMBER);
    await panel(page).getByRole("button", { name: "Prévisualiser", exact: true }).click();
    await panel(page).getByRole("button", { name: "Intégrer au classeur" }).click();
    await panel(page).getByText(/protégé/).first().waitFor();
    await expect(panel(page).innerText()).resolves.toMatch(/Une feuille ou le classeur est protégé\s?: Excel refuse la modification\. Ôtez la protection/);
    await expect(sheetTab(page, "Téléphonie 2021").innerText()).resolves.toMatch(/feuille protégée/);
    await screenshot(page, "15-telephonie-feuille-protegee");
    await expect(decemberRows(page)).resolves.toEqual(before);
  });
});
