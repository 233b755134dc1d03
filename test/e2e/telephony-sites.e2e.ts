/** Saisie mensuelle on the two-site sample: the figures of December 2022 pasted for Mauriac go to its sheet only. */
import type { Page } from "playwright-core";
import { pane, panel, screenshot, screenshotOf, sheetTab, tab, viewedSheet, workbook, type Session } from "./support/browser";
import { playgroundForEachTest } from "./support/steps";
import { scanPane } from "./support/axe";

const PREFECTURE = "Standard préfecture 2022";
const MAURIAC = "Téléphonie Mauriac 2022";
const DECEMBER = "Mois;Reçus;Aboutis\ndécembre 2022;300;260";

/** The cells' texts of the viewed sheet's December rows. */
async function decemberRows(page: Page, sheet: string): Promise<string[][]> {
  await sheetTab(page, sheet).click();
  await viewedSheet(page, sheet).waitFor();
  const rows = workbook(page).locator(`table[data-sheet="${sheet}"] tbody tr`);
  const all = await rows.evaluateAll((lines) => lines.map((line) => Array.from(line.querySelectorAll("td"), (cell) => (cell.textContent ?? "").trim())));
  return all.filter((cells) => /^d[ée]c/i.test(cells[0] ?? ""));
}

const digits = (text: string) => text.replace(/\D/g, "");

describe("the Saisie mensuelle pane on the two-site sample", () => {
  const session = playgroundForEachTest(async ({ page }: Session) => {
    await tab(page, "Saisie mensuelle").click();
  }, "?classeur=sites");

  it("asks for the site, then writes December into Mauriac's sheet only", async () => {
    const { page } = session();
    const prefectureBefore = await decemberRows(page, PREFECTURE);
    await panel(page).getByRole("textbox", { name: "Chiffres à coller" }).fill(DECEMBER);
    await panel(page).getByRole("button", { name: "Prévisualiser", exact: true }).click();
    await panel(page).getByText("1 mois trouvé pour 2022.").waitFor();
    const sites = panel(page).getByRole("radiogroup", { name: /^Site/ });
    await expect(sites.getByRole("radio").evaluateAll((radios) => radios.map((radio) => (radio as HTMLInputElement).value))).resolves.toEqual([PREFECTURE, MAURIAC]);
    await expect(sites.getByRole("radio", { checked: true }).count()).resolves.toBe(0);
    const apply = panel(page).getByRole("button", { name: "Intégrer au classeur" });
    await expect(apply.getAttribute("aria-disabled")).resolves.toBe("true");
    await screenshot(page, "telephonie-sites-choix");
    const { all } = await scanPane(page);
    expect(all.map((violation) => `${violation.impact} ${violation.rule}: ${violation.elements.join(", ")}`)).toEqual([]);

    // From the keyboard: the first site focused, the arrow key moves the choice to the second.
    await sites.getByRole("radio", { name: PREFECTURE }).focus();
    await page.keyboard.press("ArrowDown");
    await expect(sites.getByRole("radio", { name: MAURIAC }).isChecked()).resolves.toBe(true);
    const text = await panel(page).innerText();
    expect(text).toMatch(/Pour «\s?Téléphonie Mauriac 2022\s?»\s?: mois dont les chiffres seront remplacés\s?: décembre 2022\./);
    expect(text).toMatch(/Taux annuel de l’ensemble des sites après intégration\s?: 93,9\s?%/);
    await screenshot(page, "telephonie-sites-apercu");
    await screenshotOf(pane(page), "telephonie-sites-apercu-volet");

    await apply.click();
    await panel(page).getByText(/Feuille «\s?Téléphonie Mauriac 2022\s?» mise à jour\./).waitFor();
    const mauriac = await decemberRows(page, MAURIAC);
    expect(mauriac).toHaveLength(1);
    expect(mauriac[0].map(digits)).toEqual(expect.arrayContaining(["300", "260"]));
    await expect(decemberRows(page, PREFECTURE)).resolves.toEqual(prefectureBefore);
  });
});
