/** @jest-environment jsdom */
import { App } from "../../src/taskpane/App";
import { click, mount, settle, tabNamed } from "./support/dom";
import { deferred, fakeOperations, officeError } from "./support/fake-operations";
import type { Settings } from "../../src/taskpane/operations";

describe("the task pane", () => {
  it("says plainly that it works in Excel when opened elsewhere", async () => {
    const pane = await mount(<App operations={null} />);
    expect(pane.text()).toContain("Ce complément fonctionne dans Excel");
    expect(pane.query("tab")).toBeNull();
    pane.unmount();
  });

  it("announces that it is loading the settings before showing the tabs", async () => {
    const loading = deferred<Settings>();
    const operations = fakeOperations({ loadSettings: () => loading.promise });
    const pane = await mount(<App operations={operations} />);
    expect(pane.get("status").textContent).toContain("Chargement des paramètres…");
    expect(pane.query("tab")).toBeNull();
    loading.resolve({ year: 2021, tolerance: 2 });
    await settle();
    expect(pane.all("tab").map((tab) => tab.textContent)).toHaveLength(5);
    pane.unmount();
  });

  it("offers the five sections as tabs, Analyser chosen first", async () => {
    const pane = await mount(<App operations={fakeOperations()} />);
    const tabs = pane.all("tab");
    expect(tabs.map((tab) => tab.getAttribute("aria-selected"))).toEqual(["true", "false", "false", "false", "false"]);
    expect(pane.get("tablist").getAttribute("aria-label")).toBe("Sections du complément");
    for (const name of ["Analyser", "Contrôles", "Générer", "Saisie mensuelle", "Paramètres"]) {
      expect(tabNamed(pane, name)).toBeTruthy();
    }
    pane.unmount();
  });

  it.each([
    ["Saisie mensuelle", "Saisie"],
    ["Paramètres", ""],
  ])("names the shortened tab « %s » in full for screen readers and as a tooltip, showing « %s »", async (name, shown) => {
    const pane = await mount(<App operations={fakeOperations()} />);
    const tab = tabNamed(pane, name);
    expect(tab.getAttribute("title")).toBe(name);
    expect(tab.querySelector(".fui-Tab__content")?.textContent ?? "").toBe(shown);
    // WCAG 2.5.3: the visible words are part of the name a voice user says.
    expect(name.startsWith(shown)).toBe(true);
    pane.unmount();
  });

  it("draws the Paramètres tab as a gear that screen readers skip", async () => {
    const pane = await mount(<App operations={fakeOperations()} />);
    const icon = tabNamed(pane, "Paramètres").querySelector("svg");
    expect(icon?.getAttribute("aria-hidden")).toBe("true");
    pane.unmount();
  });


  it("shows the chosen section's panel and hides the others", async () => {
    const pane = await mount(<App operations={fakeOperations()} />);
    expect(pane.query("button", "Générer la synthèse")).toBeNull();
    await click(tabNamed(pane, "Générer"));
    expect(pane.get("button", "Générer la synthèse")).toBeTruthy();
    expect(pane.query("button", "Analyser le classeur")).toBeNull();
    pane.unmount();
  });

  it("keeps working with the default settings when they cannot be read, and says why", async () => {
    const operations = fakeOperations({ loadSettings: () => Promise.reject(officeError("AccessDenied")) });
    const pane = await mount(<App operations={operations} />);
    expect(pane.get("alert").textContent).toContain("Le classeur est protégé ou en lecture seule");
    expect(pane.all("tab")).toHaveLength(5);
    pane.unmount();
  });

  it("analyses with the year saved in the settings", async () => {
    const operations = fakeOperations({ loadSettings: async () => ({ year: 2020, tolerance: 1 }) });
    const pane = await mount(<App operations={operations} />);
    await click(pane.get("button", "Analyser le classeur"));
    expect(operations.analyze).toHaveBeenCalledWith({ year: 2020, tolerance: 1 });
    pane.unmount();
  });
});
