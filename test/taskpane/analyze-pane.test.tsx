/** @jest-environment jsdom */
import { App } from "../../src/taskpane/App";
import type { Analysis } from "../../src/domain/analysis/types";
import { SEED_ANALYSIS } from "../../src/taskpane/dev/seed-analysis";
import { WorkbookNotUsableError } from "../../src/taskpane/operations";
import { choose, click, mount, plain, settle, isDisabled } from "./support/dom";
import { deferred, fakeOperations, officeError } from "./support/fake-operations";

async function analysed(operations = fakeOperations()) {
  const pane = await mount(<App operations={operations} />);
  await click(pane.get("button", "Analyser le classeur"));
  return pane;
}

function indicatorItem(pane: Awaited<ReturnType<typeof analysed>>, name: string): HTMLElement {
  const item = pane.all("listitem").find((element) => element.textContent?.startsWith(name));
  if (!item) throw new Error(`no indicator ${name}`);
  return item;
}

describe("the Analyser pane", () => {
  it("announces the analysis while it runs and disables the button", async () => {
    const running = deferred<Analysis>();
    const pane = await mount(<App operations={fakeOperations({ analyze: () => running.promise })} />);
    await click(pane.get("button", "Analyser le classeur"));
    expect(pane.all("status").some((status) => status.textContent?.includes("Analyse du classeur en cours…"))).toBe(true);
    expect(isDisabled(pane.get("button", "Analyser le classeur"))).toBe(true);
    running.resolve(SEED_ANALYSIS);
    await settle();
    expect(pane.text()).toContain("Analyse terminée : 10 indicateurs pour 2021.");
    pane.unmount();
  });

  it.each([
    ["Atteint", 6],
    ["Non atteint", 0],
    ["Sans cible", 2],
    ["Non mesuré", 1],
    ["À corriger", 1],
  ])("counts the seed's indicators with status %s: %i", async (label, count) => {
    const pane = await analysed();
    const counts = pane.get("list", "Nombre d’indicateurs par statut");
    const row = Array.from(counts.querySelectorAll("li")).find((li) => li.textContent?.endsWith(label));
    expect(row?.textContent).toBe(`${count}${label}`);
    pane.unmount();
  });

  it("groups the indicators under their thématique, a blank thématique following the one above", async () => {
    const pane = await analysed();
    expect(pane.all("heading").map((heading) => heading.textContent).slice(1)).toEqual([
      "Accueil téléphonique",
      "Site IDE et réseaux sociaux",
      "Accueil au PAN",
      "Courriels",
      "Communication d'urgence en cas d'évènement majeur",
    ]);
    pane.unmount();
  });

  it("shows an indicator's status, result, target and a worse change in red words", async () => {
    const pane = await analysed();
    const item = indicatorItem(pane, "Taux d'appels aboutis");
    expect(item.textContent).toContain("Atteint");
    expect(plain(item.textContent)).toContain("Résultat94 %");
    expect(plain(item.textContent)).toContain("Cible> 90 %");
    expect(plain(item.textContent)).toContain("▼ −1 point par rapport à 2020 (dégradation)");
    pane.unmount();
  });

  it.each([
    ["Taux d'appels aboutis", "Résultat94 %", "Cible> 90 %"],
    ["Délai de réponse dans les 5 jours", "Résultat1,5 j", "Cible5 j"],
    ["Nombre d'utilisateurs au PAN", "Résultat6 usagers par jour", "Cible—"],
  ])("writes the figures of %s as the summary does", async (name, result, target) => {
    const pane = await analysed();
    const item = plain(indicatorItem(pane, name).textContent);
    expect(item).toContain(result);
    expect(item).toContain(target);
    pane.unmount();
  });

  it("keeps the cell's own text for a target to be corrected", async () => {
    const pane = await analysed();
    expect(plain(indicatorItem(pane, "Délai d'information des élus en temps de crise").textContent)).toContain("Cible0,00");
    pane.unmount();
  });

  it.each([
    [2, "Non atteint (dans la tolérance)"],
    [0.5, "Non atteint"],
    [0, "Non atteint"],
  ])("with a tolerance of %d point(s), says a target missed by 1 point is « %s », as the summary does", async (tolerance, label) => {
    const missed: Analysis = {
      ...SEED_ANALYSIS,
      indicators: SEED_ANALYSIS.indicators.map((indicator, index) => (index === 0 ? { ...indicator, status: "not_met", gap: -1 } : indicator)),
    };
    const operations = fakeOperations({ loadSettings: async () => ({ year: null, tolerance }), analyze: async () => missed });
    const pane = await analysed(operations);
    const badge = indicatorItem(pane, "Taux d'appels aboutis").querySelector(".fui-Badge");
    expect(badge?.textContent).toBe(label);
    pane.unmount();
  });

  it("says a longer delay is a worsening even though the number went up", async () => {
    const pane = await analysed();
    const item = indicatorItem(pane, "Délai de réponse dans les 5 jours");
    expect(plain(item.textContent)).toMatch(/▲ \+0,1 jour.* par rapport à 2020 \(dégradation\)/);
    pane.unmount();
  });

  it.each([
    ["Délai d'information des élus en temps de crise", "À corriger"],
    ["Taux d'activation dans les délais annoncés de la CIP", "Non mesuré"],
    ["Nombre d'utilisateurs au PAN", "Sans cible"],
  ])("labels %s « %s »", async (name, label) => {
    const pane = await analysed();
    expect(indicatorItem(pane, name).textContent).toContain(label);
    pane.unmount();
  });

  it("offers the years found, latest first, and analyses the one chosen", async () => {
    const operations = fakeOperations();
    const pane = await analysed(operations);
    const years = pane.get("combobox", "Année analysée") as HTMLSelectElement;
    expect(Array.from(years.options).map((option) => option.value)).toEqual(["2021", "2020"]);
    expect(years.value).toBe("2021");
    await choose(years, "2020");
    expect(operations.analyze).toHaveBeenLastCalledWith({ year: 2020, tolerance: 0 });
    pane.unmount();
  });

  it("shows the engine's message when the workbook has no indicator table", async () => {
    const message = "Aucun tableau d’indicateurs trouvé : il faut une ligne d’en-tête avec une colonne « Indicateur » et une colonne « Résultat ».";
    const pane = await analysed(fakeOperations({ analyze: () => Promise.reject(new WorkbookNotUsableError(message)) }));
    const alert = pane.get("alert");
    expect(alert.textContent).toContain("Classeur inutilisable");
    expect(alert.textContent).toContain(message);
    expect(pane.query("list", "Nombre d’indicateurs par statut")).toBeNull();
    pane.unmount();
  });

  it.each([
    ["InvalidOperationInCellEditMode", "Une cellule est en cours de modification"],
    ["GeneralException", "Excel a rencontré une erreur interne"],
    ["SomethingNew", "Excel a refusé l’opération (SomethingNew)."],
  ])("turns the Excel error %s into a French message", async (code, french) => {
    const pane = await analysed(fakeOperations({ analyze: () => Promise.reject(officeError(code)) }));
    const alert = pane.get("alert");
    expect(alert.textContent).toContain("Erreur");
    expect(alert.textContent).toContain(french);
    expect(alert.textContent).not.toContain("The operation failed");
    pane.unmount();
  });
});
