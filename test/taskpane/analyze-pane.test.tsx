/** @jest-environment jsdom */
import { screen, waitFor, within } from "@testing-library/react";
import type { Analysis } from "../../src/domain/analysis/types";
import { SEED_ANALYSIS } from "../fixtures/seed";
import { ExcelOperationError } from "../../src/excel/errors";
import { EXCEL_MESSAGES } from "../../src/excel/messages";
import { WorkbookNotUsableError } from "../../src/port";
import { renderLoadedApp, visiblePanel, renderOutsideExcel } from "./support/render";
import { deferred, fakeOperations, excelFailure, type FakeOperations } from "./support/fake-operations";

const NO_TABLE = "Aucun tableau d’indicateurs trouvé : il faut une ligne d’en-tête avec une colonne « Indicateur » et une colonne « Résultat ».";

/** The pane once the analysis asked for has been shown (or has failed). */
async function analysed(operations: FakeOperations = fakeOperations()) {
  const rendered = await renderLoadedApp(operations);
  await rendered.user.click(screen.getByRole("button", { name: "Analyser le classeur" }));
  await waitFor(() => expect(screen.queryByText("Analyse du classeur en cours…")).not.toBeInTheDocument());
  // The results' code is fetched the first time: wait for it.
  await waitFor(() => expect(within(visiblePanel()).queryByText("Chargement…")).not.toBeInTheDocument());
  return rendered;
}

/** The list item of one indicator, found by the name it starts with. */
function indicatorItem(name: string): HTMLElement {
  const list = screen.getByRole("region", { name: "Indicateurs par thématique" });
  const item = within(list).getAllByRole("listitem").find((element) => element.textContent?.startsWith(name));
  if (!item) throw new Error(`no indicator ${name}`);
  return item;
}

describe("the Analyser pane", () => {
  it("announces the analysis while it runs and keeps the button focusable but unavailable", async () => {
    const running = deferred<Analysis>();
    const { user } = await renderLoadedApp(fakeOperations({ analyze: () => running.promise }));
    await user.click(screen.getByRole("button", { name: "Analyser le classeur" }));
    const statuses = within(visiblePanel()).getAllByRole("status");
    expect(statuses.some((status) => status.textContent?.includes("Analyse du classeur en cours…"))).toBe(true);
    const button = screen.getByRole("button", { name: "Analyser le classeur" });
    expect(button).toHaveAttribute("aria-disabled", "true");
    expect(button).not.toHaveAttribute("disabled");
    running.resolve(SEED_ANALYSIS);
    expect(await within(visiblePanel()).findByText("Analyse terminée : 10 indicateurs pour 2021.")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Relancer l’analyse" })).not.toHaveAttribute("aria-disabled", "true");
  });

  it("does nothing when the button is pressed again while the analysis runs", async () => {
    const running = deferred<Analysis>();
    const operations = fakeOperations({ analyze: () => running.promise });
    const { user } = await renderLoadedApp(operations);
    await user.click(screen.getByRole("button", { name: "Analyser le classeur" }));
    await user.click(screen.getByRole("button", { name: "Analyser le classeur" }));
    await user.keyboard("{Enter}");
    expect(operations.analyze).toHaveBeenCalledTimes(1);
    running.resolve(SEED_ANALYSIS);
    await within(visiblePanel()).findByText("Analyse terminée : 10 indicateurs pour 2021.");
  });

  it("runs the analysis from the keyboard (Enter on the focused button)", async () => {
    const operations = fakeOperations();
    const { user } = await renderLoadedApp(operations);
    screen.getByRole("button", { name: "Analyser le classeur" }).focus();
    await user.keyboard("{Enter}");
    expect(await within(visiblePanel()).findByText("Analyse terminée : 10 indicateurs pour 2021.")).toBeInTheDocument();
    expect(operations.analyze).toHaveBeenCalledTimes(1);
  });

  it.each([
    ["Atteint", 6],
    ["Non atteint", 0],
    ["Sans cible", 2],
    ["Non mesuré", 1],
    ["À corriger", 1],
  ])("counts the seed's indicators with status %s: %i", async (label, count) => {
    await analysed();
    const counts = screen.getByRole("list", { name: "Nombre d’indicateurs par statut" });
    const row = within(counts).getAllByRole("listitem").find((li) => li.textContent?.endsWith(label));
    expect(row).toHaveTextContent(new RegExp(`^${count}${label}$`));
  });

  it("groups the indicators under their thématique, a blank thématique following the one above, below the call-answer rate box", async () => {
    await analysed();
    expect(screen.getAllByRole("heading").map((heading) => heading.textContent)).toEqual([
      "Bilan Qualité",
      "Taux d’appels aboutis de l’année 2021",
      "Accueil téléphonique",
      "Site IDE et réseaux sociaux",
      "Accueil au PAN",
      "Courriels",
      "Communication d'urgence en cas d'évènement majeur",
    ]);
    expect(screen.getAllByRole("heading", { level: 2 })).toHaveLength(6);
  });

  it("shows an indicator's status, result, target and a worse change in red words", async () => {
    await analysed();
    const item = indicatorItem("Taux d'appels aboutis");
    expect(within(item).getByText("Atteint")).toBeInTheDocument();
    expect(item).toHaveTextContent("Résultat94 %");
    expect(item).toHaveTextContent("Cible> 90 %");
    expect(item).toHaveTextContent("▼ −1 point par rapport à 2020 (dégradation)");
  });

  it.each([
    ["Taux d'appels aboutis", "Résultat94 %", "Cible> 90 %"],
    ["Délai de réponse dans les 5 jours", "Résultat1,5 j", "Cible5 j"],
    ["Nombre d'utilisateurs au PAN", "Résultat6 usagers par jour", "Cible—"],
  ])("writes the figures of %s as the summary does", async (name, result, target) => {
    await analysed();
    const item = indicatorItem(name);
    expect(item).toHaveTextContent(result);
    expect(item).toHaveTextContent(target);
  });

  it("keeps the cell's own text for a target to be corrected", async () => {
    await analysed();
    expect(indicatorItem("Délai d'information des élus en temps de crise")).toHaveTextContent("Cible0,00");
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
    await analysed(fakeOperations({ loadSettings: async () => ({ year: null, tolerance }), analyze: async () => missed }));
    // The badge is the element whose whole text is the label: exactly that label, nothing more.
    const badge = within(indicatorItem("Taux d'appels aboutis")).getByText(label);
    expect(badge).toHaveClass("fui-Badge");
  });

  it("says a longer delay is a worsening even though the number went up", async () => {
    await analysed();
    expect(indicatorItem("Délai de réponse dans les 5 jours")).toHaveTextContent(/▲ \+0,1 jour.* par rapport à 2020 \(dégradation\)/);
  });

  it.each([
    ["Délai d'information des élus en temps de crise", "À corriger"],
    ["Taux d'activation dans les délais annoncés de la CIP", "Non mesuré"],
    ["Nombre d'utilisateurs au PAN", "Sans cible"],
  ])("labels %s « %s »", async (name, label) => {
    await analysed();
    expect(indicatorItem(name)).toHaveTextContent(label);
  });

  it("offers the years found, latest first, and analyses the one chosen", async () => {
    const operations = fakeOperations();
    const { user } = await analysed(operations);
    const years = screen.getByRole("combobox", { name: "Année analysée" });
    expect(within(years).getAllByRole("option").map((option) => (option as HTMLOptionElement).value)).toEqual(["2021", "2020"]);
    expect(years).toHaveValue("2021");
    await user.selectOptions(years, "2020");
    await waitFor(() => expect(operations.analyze).toHaveBeenLastCalledWith({ year: 2020, tolerance: 0 }));
  });

  it("shows the engine's message when the workbook has no indicator table, as information about the workbook", async () => {
    await analysed(fakeOperations({ analyze: () => Promise.reject(new WorkbookNotUsableError(NO_TABLE)) }));
    const alert = within(visiblePanel()).getByRole("alert");
    expect(alert).toHaveTextContent("Classeur inutilisable");
    expect(alert).toHaveTextContent(NO_TABLE);
    expect(alert).not.toHaveTextContent(/^Erreur/);
    expect(screen.queryByRole("list", { name: "Nombre d’indicateurs par statut" })).not.toBeInTheDocument();
  });

  it("shows the engine's message for an empty workbook", async () => {
    const message = "Le classeur ne contient aucune feuille de données.";
    await analysed(fakeOperations({ analyze: () => Promise.reject(new WorkbookNotUsableError(message)) }));
    expect(within(visiblePanel()).getByRole("alert")).toHaveTextContent(`Classeur inutilisable${message}`);
    expect(screen.queryByRole("region", { name: "Indicateurs par thématique" })).not.toBeInTheDocument();
  });

  it("hides the previous results when a new analysis fails", async () => {
    let fail = false;
    const operations = fakeOperations({
      analyze: async () => {
        if (fail) throw excelFailure("GeneralException");
        return SEED_ANALYSIS;
      },
    });
    const { user } = await analysed(operations);
    expect(screen.getByRole("list", { name: "Nombre d’indicateurs par statut" })).toBeInTheDocument();
    fail = true;
    await user.click(screen.getByRole("button", { name: "Relancer l’analyse" }));
    expect(await within(visiblePanel()).findByRole("alert")).toHaveTextContent("Excel a refusé l'opération. Réessayez");
    expect(screen.queryByRole("list", { name: "Nombre d’indicateurs par statut" })).not.toBeInTheDocument();
  });

  it.each([
    ["InvalidOperationInCellEditMode", "Une cellule est en cours de saisie"],
    ["GeneralException", "Excel a refusé l'opération. Réessayez"],
    ["SomethingNew", "Excel a refusé l'opération. Réessayez"],
  ])("turns the Excel error %s into a French message", async (code, french) => {
    await analysed(fakeOperations({ analyze: () => Promise.reject(excelFailure(code)) }));
    const alert = within(visiblePanel()).getByRole("alert");
    expect(alert).toHaveTextContent("Erreur");
    expect(alert).toHaveTextContent(french);
    expect(alert).not.toHaveTextContent("The operation failed");
  });

  it("shows the adapter's own French message (an ExcelOperationError) as it is", async () => {
    await analysed(fakeOperations({ analyze: () => Promise.reject(new ExcelOperationError("Conflict")) }));
    const alert = within(visiblePanel()).getByRole("alert");
    expect(alert).toHaveTextContent(/^Erreur/);
    // Compared as is, with its no-break space before the colon.
    expect(alert.textContent).toContain(EXCEL_MESSAGES.Conflict);
  });

  it("is not offered outside Excel, where the pane says why", async () => {
    await renderOutsideExcel();
    expect(screen.queryByRole("button", { name: "Analyser le classeur" })).not.toBeInTheDocument();
  });
});
