/** @jest-environment jsdom */
import { App } from "../../src/taskpane/App";
import type { GenerateOutcome } from "../../src/taskpane/operations";
import { click, mount, settle, type Mounted, isDisabled, tabNamed } from "./support/dom";
import { deferred, fakeOperations, officeError, type FakeOperations } from "./support/fake-operations";

async function openGenerate(operations: FakeOperations): Promise<Mounted> {
  const pane = await mount(<App operations={operations} />);
  await click(tabNamed(pane, "Générer"));
  return pane;
}

describe("the Générer pane", () => {
  it("announces the generation while it runs, then lists the sheets written", async () => {
    const running = deferred<GenerateOutcome>();
    const operations = fakeOperations({ generateReport: () => running.promise });
    const pane = await openGenerate(operations);
    await click(pane.get("button", "Générer la synthèse"));
    expect(pane.all("status").some((status) => status.textContent?.includes("Génération de la synthèse en cours…"))).toBe(true);
    expect(isDisabled(pane.get("button", "Générer la synthèse"))).toBe(true);
    running.resolve({ sheets: ["Synthèse 2021", "Contrôles 2021"], activeSheet: "Synthèse 2021" });
    await settle();
    expect(pane.text()).toContain("Synthèse générée.");
    expect(pane.text()).toContain("Feuilles écrites :Synthèse 2021Contrôles 2021");
    pane.unmount();
  });

  it("generates with the current settings", async () => {
    const operations = fakeOperations({ loadSettings: async () => ({ year: 2021, tolerance: 2 }) });
    const pane = await openGenerate(operations);
    await click(pane.get("button", "Générer la synthèse"));
    expect(operations.generateReport).toHaveBeenCalledWith({ year: 2021, tolerance: 2 });
    pane.unmount();
  });

  it("opens the new summary sheet, even when it had to take another name", async () => {
    const operations = fakeOperations({
      generateReport: async () => ({ sheets: ["Synthèse 2021 (2)", "Contrôles 2021"], activeSheet: "Synthèse 2021 (2)" }),
    });
    const pane = await openGenerate(operations);
    await click(pane.get("button", "Générer la synthèse"));
    await click(pane.get("button", "Ouvrir « Synthèse 2021 (2) »"));
    expect(operations.showSheet).toHaveBeenCalledWith("Synthèse 2021 (2)");
    pane.unmount();
  });

  it("shows the French error when Excel refuses to write", async () => {
    const pane = await openGenerate(fakeOperations({ generateReport: () => Promise.reject(officeError("AccessDenied")) }));
    await click(pane.get("button", "Générer la synthèse"));
    expect(pane.get("alert").textContent).toContain("Le classeur est protégé ou en lecture seule");
    expect(pane.query("button", /^Ouvrir/)).toBeNull();
    pane.unmount();
  });
});
