/**
 * « Contrôle en continu » (on by default) in the playground: a wrong value typed in the grid appears in the pane
 * without any button pressed, and goes when it is typed right again.
 */
import { pane, panel, screenshot, tab, viewedCell } from "./support/browser";
import { analyseInChecks, liveAnnouncement, playgroundForEachTest, typeInCell } from "./support/steps";

describe("the live checks as the manager types in the playground's grid", () => {
  const session = playgroundForEachTest();

  it("lists a target of 120 % typed in D4 in Contrôles after Analyser, announces it, and takes it away once fixed", async () => {
    const { page } = session();
    await analyseInChecks(session());
    const problems = panel(page).getByRole("list", { name: "Problèmes détectés" });
    await expect(panel(page).getByText("1 erreur et 0 avertissement").count()).resolves.toBe(1);
    await typeInCell(session(), "Indicateurs 2021", "D4", "120 %");
    await liveAnnouncement(session()).filter({ hasText: "1 nouveau problème en D4" }).waitFor({ state: "attached" });
    const d4 = problems.getByRole("button", { name: /Indicateurs 2021!D4/ });
    await d4.waitFor();
    await expect(d4.innerText()).resolves.toMatch(/120/);
    await expect(panel(page).getByText("2 erreurs et 0 avertissement").count()).resolves.toBe(1);
    // For the guide: the page down to the lower of the problems' list and the table's last row.
    const list = (await problems.boundingBox())!;
    const lastRow = (await viewedCell(page, "D13").boundingBox())!;
    await screenshot(page, "20-controle-en-continu-D4", { x: 0, y: 0, width: page.viewportSize()!.width, height: Math.ceil(Math.max(list.y + list.height, lastRow.y + lastRow.height) + 16) });
    await typeInCell(session(), "Indicateurs 2021", "D4", ">90 %");
    await liveAnnouncement(session()).filter({ hasText: "Problème corrigé en D4" }).waitFor({ state: "attached" });
    await d4.waitFor({ state: "detached" });
    await expect(panel(page).getByText("1 erreur et 0 avertissement").count()).resolves.toBe(1);
  });

  it("reads the workbook at the first edit when Analyser has not run: a result « abc » in C5 counted, then fixed", async () => {
    const { page } = session();
    await expect(panel(page).getByRole("list", { name: "Nombre d’indicateurs par statut" }).count()).resolves.toBe(0);
    await typeInCell(session(), "Indicateurs 2021", "C5", "abc");
    await liveAnnouncement(session()).filter({ hasText: "1 nouveau problème en C5" }).waitFor({ state: "attached" });
    // Analyser's counts are there, its button never pressed.
    const counts = panel(page).getByRole("list", { name: "Nombre d’indicateurs par statut" });
    await counts.waitFor();
    await tab(page, "Contrôles").click();
    const c5 = panel(page).getByRole("button", { name: /Indicateurs 2021!C5/ });
    await c5.waitFor();
    await typeInCell(session(), "Indicateurs 2021", "C5", "18 %");
    await liveAnnouncement(session()).filter({ hasText: "Problème corrigé en C5" }).waitFor({ state: "attached" });
    await c5.waitFor({ state: "detached" });
    await expect(pane(page).getByText("1 erreur et 0 avertissement").count()).resolves.toBe(1);
  });

  it("checks a telephony cell too: more calls answered than received in March", async () => {
    const { page } = session();
    await analyseInChecks(session());
    await typeInCell(session(), "Téléphonie 2021", "C4", "1600");
    await liveAnnouncement(session()).filter({ hasText: /nouveau problème en C4/ }).waitFor({ state: "attached" });
    const c4 = panel(page).getByRole("button", { name: /Téléphonie 2021!C4/ });
    await c4.waitFor();
    await typeInCell(session(), "Téléphonie 2021", "C4", "1397");
    await liveAnnouncement(session()).filter({ hasText: /corrigé en C4/ }).waitFor({ state: "attached" });
    await c4.waitFor({ state: "detached" });
  });
});
