/** @jest-environment jsdom */
import { App } from "../../src/taskpane/App";
import type { Issue } from "../../src/domain/issues";
import { SEED_ANALYSIS } from "../../src/taskpane/dev/seed-analysis";
import { click, mount, type Mounted, tabNamed } from "./support/dom";
import { deferred, fakeOperations, officeError, type FakeOperations } from "./support/fake-operations";

const MISSING: Issue = {
  severity: "warning",
  code: "RESULT_MISSING",
  sheet: "Indicateurs 2021",
  cell: "C8",
  indicator: "Taux de réponse sous 5 jours",
  message: "Une cible mais pas de résultat.",
};

async function openChecks(operations: FakeOperations): Promise<Mounted> {
  const pane = await mount(<App operations={operations} />);
  await click(tabNamed(pane, "Contrôles"));
  return pane;
}

async function analysedChecks(operations: FakeOperations): Promise<Mounted> {
  const pane = await openChecks(operations);
  await click(pane.get("button", "Analyser le classeur"));
  return pane;
}

describe("the Contrôles pane", () => {
  it("asks for an analysis first, and runs it from there", async () => {
    const operations = fakeOperations();
    const pane = await openChecks(operations);
    expect(pane.text()).toContain("Lancez d’abord l’analyse pour voir les contrôles.");
    await click(pane.get("button", "Analyser le classeur"));
    expect(operations.analyze).toHaveBeenCalledTimes(1);
    expect(pane.get("list", "Problèmes détectés")).toBeTruthy();
    pane.unmount();
  });

  it("keeps the keyboard focus on the analysis button once the problems are shown", async () => {
    const pane = await openChecks(fakeOperations());
    const button = pane.get("button", "Analyser le classeur");
    button.focus();
    await click(button);
    expect(document.activeElement).toBe(pane.get("button", "Relancer l’analyse"));
    pane.unmount();
  });

  it("announces the analysis while it runs", async () => {
    const running = deferred<typeof SEED_ANALYSIS>();
    const pane = await analysedChecks(fakeOperations({ analyze: () => running.promise }));
    expect(pane.all("status").some((status) => status.textContent?.includes("Analyse du classeur en cours…"))).toBe(true);
    pane.unmount();
  });

  it("lists each problem with its severity, sheet!cell, indicator and message", async () => {
    const pane = await analysedChecks(fakeOperations({ analyze: async () => ({ ...SEED_ANALYSIS, issues: [...SEED_ANALYSIS.issues, MISSING] }) }));
    expect(pane.text()).toContain("1 erreur et 1 avertissement");
    const [first, second] = pane.all("button", /^(Erreur|Avertissement)/);
    expect(first.textContent).toContain("ErreurIndicateurs 2021!D11");
    expect(first.textContent).toContain("Délai d'information des élus en temps de crise");
    expect(first.textContent).toContain("La cible « 0,00 » ne peut pas être manquée");
    expect(second.textContent).toContain("AvertissementIndicateurs 2021!C8");
    pane.unmount();
  });

  it("selects the problem's cell in the workbook when the problem is chosen", async () => {
    const operations = fakeOperations();
    const pane = await analysedChecks(operations);
    await click(pane.get("button", /Indicateurs 2021!D11/));
    expect(operations.selectCell).toHaveBeenCalledWith("Indicateurs 2021", "D11");
    pane.unmount();
  });

  it("makes problems reachable from the keyboard: real buttons, named after where they lead", async () => {
    const pane = await analysedChecks(fakeOperations());
    const problem = pane.get("button", /Indicateurs 2021!D11/);
    expect(problem.tagName).toBe("BUTTON");
    expect(problem.getAttribute("type")).toBe("button");
    expect(problem.title).toBe("Aller à Indicateurs 2021!D11");
    pane.unmount();
  });

  it("says so when no problem was found, without mark buttons", async () => {
    const pane = await analysedChecks(fakeOperations({ analyze: async () => ({ ...SEED_ANALYSIS, issues: [] }) }));
    expect(pane.text()).toContain("Aucun problème détecté");
    expect(pane.query("button", "Marquer les cellules")).toBeNull();
    pane.unmount();
  });

  it("marks the problems' cells and says how many", async () => {
    const operations = fakeOperations();
    const pane = await analysedChecks(operations);
    await click(pane.get("button", "Marquer les cellules"));
    expect(operations.markIssues).toHaveBeenCalledWith(SEED_ANALYSIS.issues);
    expect(pane.text()).toContain("1 cellule marquée.");
    pane.unmount();
  });

  it("clears the marks and says how many cells got their formatting back", async () => {
    const operations = fakeOperations({ clearMarks: async () => 3 });
    const pane = await analysedChecks(operations);
    await click(pane.get("button", "Effacer les marques"));
    expect(operations.clearMarks).toHaveBeenCalledTimes(1);
    expect(pane.text()).toContain("3 cellules rétablies.");
    pane.unmount();
  });

  it("shows Excel's refusal to select a cell in French", async () => {
    const pane = await analysedChecks(fakeOperations({ selectCell: () => Promise.reject(officeError("ItemNotFound")) }));
    await click(pane.get("button", /Indicateurs 2021!D11/));
    expect(pane.get("alert").textContent).toContain("L’élément demandé est introuvable dans le classeur");
    pane.unmount();
  });

  it("shows the engine's message when the workbook cannot be analysed", async () => {
    const pane = await analysedChecks(fakeOperations({ analyze: () => Promise.reject(new Error("Le classeur est vide.")) }));
    expect(pane.get("alert").textContent).toContain("Le classeur est vide.");
    pane.unmount();
  });
});
