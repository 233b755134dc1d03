/** @jest-environment jsdom */
import { act, screen, waitFor, within } from "@testing-library/react";
import type { Issue } from "../../src/domain/issues";
import { SEED_ANALYSIS } from "../fixtures/seed";
import { WorkbookNotUsableError } from "../../src/port";
import { renderLoadedApp, visiblePanel, type RenderedPane, openTab, renderOutsideExcel } from "./support/render";
import { deferred, fakeOperations, excelFailure, type FakeOperations } from "./support/fake-operations";

const MISSING: Issue = {
  severity: "warning",
  code: "RESULT_MISSING",
  sheet: "Indicateurs 2021",
  cell: "C8",
  indicator: "Taux de réponse sous 5 jours",
  message: "Une cible mais pas de résultat.",
};

async function openChecks(operations: FakeOperations): Promise<RenderedPane> {
  const rendered = await renderLoadedApp(operations);
  await openTab(rendered.user, "Contrôles");
  return rendered;
}

/** The Contrôles pane once the analysis started from it has ended (shown or failed). */
async function analysedChecks(operations: FakeOperations): Promise<RenderedPane> {
  const rendered = await openChecks(operations);
  await rendered.user.click(screen.getByRole("button", { name: "Analyser le classeur" }));
  await waitFor(() => expect(screen.queryByText("Analyse du classeur en cours…")).not.toBeInTheDocument());
  return rendered;
}

const problems = () => screen.getByRole("list", { name: "Problèmes détectés" });

describe("the Contrôles pane", () => {
  it("asks for an analysis first, and runs it from there", async () => {
    const operations = fakeOperations();
    const { user } = await openChecks(operations);
    expect(visiblePanel()).toHaveTextContent("Lancez d’abord l’analyse pour voir les contrôles.");
    expect(screen.queryByRole("list", { name: "Problèmes détectés" })).not.toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Analyser le classeur" }));
    expect(await screen.findByRole("list", { name: "Problèmes détectés" })).toBeInTheDocument();
    expect(operations.analyze).toHaveBeenCalledTimes(1);
  });

  it("keeps the keyboard focus on the analysis button once the problems are shown", async () => {
    const { user } = await openChecks(fakeOperations());
    const button = screen.getByRole("button", { name: "Analyser le classeur" });
    button.focus();
    await user.keyboard("{Enter}");
    await screen.findByRole("list", { name: "Problèmes détectés" });
    const rerun = screen.getByRole("button", { name: "Relancer l’analyse" });
    expect(rerun).toBe(button);
    expect(rerun).toHaveFocus();
  });

  it("announces the analysis while it runs", async () => {
    const running = deferred<typeof SEED_ANALYSIS>();
    const { user } = await openChecks(fakeOperations({ analyze: () => running.promise }));
    await user.click(screen.getByRole("button", { name: "Analyser le classeur" }));
    const statuses = within(visiblePanel()).getAllByRole("status");
    expect(statuses.some((status) => status.textContent?.includes("Analyse du classeur en cours…"))).toBe(true);
    expect(screen.getByRole("button", { name: "Analyser le classeur" })).toHaveAttribute("aria-disabled", "true");
    running.resolve(SEED_ANALYSIS);
    expect(await screen.findByRole("list", { name: "Problèmes détectés" })).toBeInTheDocument();
  });

  it("lists each problem with its severity, sheet!cell, indicator and message", async () => {
    await analysedChecks(fakeOperations({ analyze: async () => ({ ...SEED_ANALYSIS, issues: [...SEED_ANALYSIS.issues, MISSING] }) }));
    expect(visiblePanel()).toHaveTextContent("1 erreur et 1 avertissement");
    const items = within(problems()).getAllByRole("listitem");
    expect(items).toHaveLength(2);
    const [first, second] = items.map((item) => within(item).getByRole("button"));
    expect(first).toHaveTextContent("ErreurIndicateurs 2021!D11");
    expect(first).toHaveTextContent("Délai d'information des élus en temps de crise");
    expect(first).toHaveTextContent("(« 0,00 ») est toujours atteinte");
    expect(second).toHaveTextContent("AvertissementIndicateurs 2021!C8");
    expect(second).toHaveTextContent("Taux de réponse sous 5 jours");
    expect(second).toHaveTextContent("Une cible mais pas de résultat.");
  });

  it("selects the problem's cell in the workbook when the problem is chosen", async () => {
    const operations = fakeOperations();
    const { user } = await analysedChecks(operations);
    await user.click(within(problems()).getByRole("button", { name: /Indicateurs 2021!D11/ }));
    expect(operations.selectCell).toHaveBeenCalledWith("Indicateurs 2021", "D11");
  });

  it.each([
    ["Enter", "{Enter}"],
    ["Space", " "],
  ])("chooses a focused problem with %s", async (_key, keys) => {
    // Tab itself is Tabster's (Fluent's focus manager), which needs a layout: the e2e tests cover it in a browser.
    const operations = fakeOperations();
    const { user } = await analysedChecks(operations);
    const problem = within(problems()).getByRole("button", { name: /Indicateurs 2021!D11/ });
    act(() => problem.focus());
    expect(problem).toHaveFocus();
    expect(operations.selectCell).not.toHaveBeenCalled();
    await user.keyboard(keys);
    expect(operations.selectCell).toHaveBeenCalledTimes(1);
    expect(operations.selectCell).toHaveBeenCalledWith("Indicateurs 2021", "D11");
  });

  it("makes problems reachable from the keyboard: real buttons, named after where they lead", async () => {
    await analysedChecks(fakeOperations());
    const problem = within(problems()).getByRole("button", { name: /Indicateurs 2021!D11/ });
    expect(problem.tagName).toBe("BUTTON");
    expect(problem).toHaveAttribute("type", "button");
    expect(problem).not.toHaveAttribute("tabindex");
    expect(problem).toHaveAttribute("title", "Aller à Indicateurs 2021!D11");
    expect(problem).toHaveAccessibleName(expect.stringContaining("Indicateurs 2021!D11"));
  });

  it("says so when no problem was found, without mark buttons", async () => {
    await analysedChecks(fakeOperations({ analyze: async () => ({ ...SEED_ANALYSIS, issues: [] }) }));
    expect(visiblePanel()).toHaveTextContent("Aucun problème détecté");
    expect(screen.queryByRole("list", { name: "Problèmes détectés" })).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Marquer les cellules" })).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Effacer les marques" })).not.toBeInTheDocument();
  });

  it("marks the problems' cells and says how many", async () => {
    const operations = fakeOperations();
    const { user } = await analysedChecks(operations);
    await user.click(screen.getByRole("button", { name: "Marquer les cellules" }));
    expect(operations.markIssues).toHaveBeenCalledWith(SEED_ANALYSIS.issues);
    expect(await within(visiblePanel()).findByText("1 cellule marquée.")).toBeInTheDocument();
  });

  it("clears the marks and says how many cells got their formatting back", async () => {
    const operations = fakeOperations({ clearMarks: async () => ({ restored: 3, notFound: 0 }) });
    const { user } = await analysedChecks(operations);
    await user.click(screen.getByRole("button", { name: "Effacer les marques" }));
    expect(operations.clearMarks).toHaveBeenCalledTimes(1);
    expect(await within(visiblePanel()).findByText("3 cellules rétablies.")).toBeInTheDocument();
  });

  it("says which marks were not found where they were stored, their cells left as they are", async () => {
    const operations = fakeOperations({ clearMarks: async () => ({ restored: 1, notFound: 2 }) });
    const { user } = await analysedChecks(operations);
    await user.click(screen.getByRole("button", { name: "Effacer les marques" }));
    const said = await within(visiblePanel()).findByText(/^1 cellule rétablie\. 2 marques/);
    expect(said.textContent).toBe(
      "1 cellule rétablie. 2 marques n’ont pas été retrouvées à leur place\u00a0: leurs cellules sont laissées telles quelles " +
        "(remise en forme depuis, ou lignes ou colonnes insérées ou supprimées pendant que le volet était fermé). Si une cellule est restée colorée, rendez-lui sa mise en forme à la main.",
    );
  });

  it("shows Excel's refusal to select a cell in French", async () => {
    const { user } = await analysedChecks(fakeOperations({ selectCell: () => Promise.reject(excelFailure("ItemNotFound")) }));
    await user.click(within(problems()).getByRole("button", { name: /Indicateurs 2021!D11/ }));
    const alert = await within(visiblePanel()).findByRole("alert");
    expect(alert).toHaveTextContent("Une feuille ou une cellule attendue est introuvable");
    expect(alert).not.toHaveTextContent("The operation failed");
  });

  it("shows Excel's refusal to mark the cells in French", async () => {
    const { user } = await analysedChecks(fakeOperations({ markIssues: () => Promise.reject(excelFailure("AccessDenied")) }));
    await user.click(screen.getByRole("button", { name: "Marquer les cellules" }));
    expect(await within(visiblePanel()).findByRole("alert")).toHaveTextContent("Une feuille ou le classeur est protégé");
    expect(within(visiblePanel()).queryByText(/cellules? marquées?\./)).not.toBeInTheDocument();
  });

  it("shows Excel's failure to analyse in French, without a problem list", async () => {
    await analysedChecks(fakeOperations({ analyze: () => Promise.reject(excelFailure("GeneralException")) }));
    const alert = within(visiblePanel()).getByRole("alert");
    expect(alert).toHaveTextContent("Erreur");
    expect(alert).toHaveTextContent("Excel a refusé l'opération. Réessayez");
    expect(screen.queryByRole("list", { name: "Problèmes détectés" })).not.toBeInTheDocument();
  });

  it.each([
    ["is empty", "Le classeur est vide."],
    ["has no indicator table", "Aucun tableau d’indicateurs trouvé : il faut une ligne d’en-tête avec une colonne « Indicateur »."],
  ])("shows the engine's message when the workbook %s", async (_case, message) => {
    await analysedChecks(fakeOperations({ analyze: () => Promise.reject(new WorkbookNotUsableError(message)) }));
    const alert = within(visiblePanel()).getByRole("alert");
    expect(alert).toHaveTextContent("Classeur inutilisable");
    expect(alert).toHaveTextContent(message);
    expect(visiblePanel()).toHaveTextContent("Lancez d’abord l’analyse pour voir les contrôles.");
    expect(screen.queryByRole("list", { name: "Problèmes détectés" })).not.toBeInTheDocument();
  });

  it("is not offered outside Excel", async () => {
    await renderOutsideExcel();
    expect(screen.queryByRole("tab", { name: "Contrôles" })).not.toBeInTheDocument();
  });
});
