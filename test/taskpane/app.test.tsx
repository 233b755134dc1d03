/** @jest-environment jsdom */
import { act, screen, waitFor, within } from "@testing-library/react";
import { renderApp, renderLoadedApp, visiblePanel, openTab } from "./support/render";
import { deferred, fakeOperations, excelFailure } from "./support/fake-operations";
import { setTabListWidth } from "./support/layout";
import type { Settings } from "../../src/port";

const TABS = ["Analyser", "Contrôles", "Générer", "Saisie mensuelle", "Paramètres"];

describe("the task pane", () => {
  it("says plainly that it works in Excel when opened elsewhere", async () => {
    renderApp(null);
    expect(screen.getByRole("heading", { level: 1, name: "Bilan Qualité" })).toBeInTheDocument();
    expect(await screen.findByText("Excel est nécessaire")).toBeInTheDocument();
    expect(document.body).toHaveTextContent("Ce complément fonctionne dans Excel");
    expect(screen.queryByRole("tab")).not.toBeInTheDocument();
    expect(screen.queryByRole("button")).not.toBeInTheDocument();
  });

  it("announces that it is loading the settings before showing the tabs", async () => {
    const loading = deferred<Settings>();
    renderApp(fakeOperations({ loadSettings: () => loading.promise }));
    expect(screen.getByRole("status")).toHaveTextContent("Chargement des paramètres…");
    expect(screen.queryByRole("tab")).not.toBeInTheDocument();
    loading.resolve({ year: 2021, tolerance: 2 });
    expect(await screen.findAllByRole("tab")).toHaveLength(5);
    expect(screen.queryByText("Chargement des paramètres…")).not.toBeInTheDocument();
  });

  it("offers the five sections as tabs, Analyser chosen first", async () => {
    await renderLoadedApp(fakeOperations());
    const tablist = screen.getByRole("tablist");
    expect(tablist).toHaveAccessibleName("Sections du complément");
    const tabs = within(tablist).getAllByRole("tab");
    expect(tabs.map((tab) => tab.getAttribute("aria-selected"))).toEqual(["true", "false", "false", "false", "false"]);
    expect(tabs).toHaveLength(TABS.length);
    TABS.forEach((name, index) => expect(tabs[index]).toHaveAccessibleName(name));
    expect(screen.getByRole("tab", { selected: true })).toHaveAccessibleName("Analyser");
  });

  it.each([
    ["Saisie mensuelle", "Saisie"],
    ["Paramètres", ""],
  ])("names the shortened tab « %s » in full for screen readers and as a tooltip, showing « %s »", async (name, shown) => {
    await renderLoadedApp(fakeOperations());
    const tab = screen.getByRole("tab", { name });
    expect(tab).toHaveAttribute("title", name);
    // The visible label (Fluent repeats it in a second span that only reserves the bold width).
    expect(tab.querySelector(".fui-Tab__content")?.textContent ?? "").toBe(shown);
    // WCAG 2.5.3: the visible words are part of the name a voice user says.
    expect(name.startsWith(shown)).toBe(true);
  });

  it("draws the Paramètres tab as a gear that screen readers skip", async () => {
    await renderLoadedApp(fakeOperations());
    const icon = screen.getByRole("tab", { name: "Paramètres" }).querySelector("svg");
    expect(icon).toHaveAttribute("aria-hidden", "true");
  });

  it("shows the chosen section's panel and hides the others", async () => {
    const { user } = await renderLoadedApp(fakeOperations());
    expect(screen.queryByRole("button", { name: "Générer la synthèse" })).not.toBeInTheDocument();
    await openTab(user, "Générer");
    expect(screen.getByRole("tab", { name: "Générer" })).toHaveAttribute("aria-selected", "true");
    expect(visiblePanel()).toHaveAccessibleName("Générer");
    expect(screen.getByRole("button", { name: "Générer la synthèse" })).toBeVisible();
    expect(screen.queryByRole("button", { name: "Analyser le classeur" })).not.toBeInTheDocument();
  });

  // Arrow keys between tabs are Tabster's, which needs a layout: the e2e tests cover them in a browser.
  it.each([
    ["Enter", "{Enter}", "Contrôles", "Lancez d’abord l’analyse pour voir les contrôles."],
    ["Space", " ", "Générer", "Écrit dans le classeur les feuilles « Synthèse » et « Contrôles »"],
  ])("chooses a focused tab with %s", async (_key, keys, name, text) => {
    const { user } = await renderLoadedApp(fakeOperations());
    act(() => screen.getByRole("tab", { name }).focus());
    await user.keyboard(keys);
    expect(screen.getByRole("tab", { name })).toHaveAttribute("aria-selected", "true");
    expect(screen.getByRole("tab", { name: "Analyser" })).toHaveAttribute("aria-selected", "false");
    expect(visiblePanel()).toHaveTextContent(text);
  });

  it("puts the tabs that do not fit on the line into a « Plus » menu, from which one is chosen", async () => {
    setTabListWidth(300);
    try {
      const { user } = await renderLoadedApp(fakeOperations());
      const more = () => screen.getByRole("button", { name: /^Plus\s:\s\d autres? onglets?$/ });
      // The menu's code comes in its own chunk: until then the button is a placeholder that opens nothing.
      await waitFor(() => expect(more()).toHaveAttribute("aria-haspopup", "menu"));
      await user.click(more());
      const inMenu = (await screen.findAllByRole("menuitem")).map((item) => item.textContent ?? "");
      const onBar = screen.getAllByRole("tab").filter((tab) => !tab.hasAttribute("data-overflowing"));
      expect(inMenu.length).toBeGreaterThan(0);
      expect([...onBar.map((tab) => tab.getAttribute("aria-label") ?? tab.querySelector(".fui-Tab__content")?.textContent ?? ""), ...inMenu].sort()).toEqual(
        [...TABS].sort(),
      );
      const chosen = inMenu[inMenu.length - 1]!;
      await user.click(screen.getByRole("menuitem", { name: chosen }));
      expect(screen.getByRole("tab", { name: chosen })).toHaveAttribute("aria-selected", "true");
      // The chosen tab comes back on the bar (it has the higher priority), another goes into the menu.
      await waitFor(() => expect(screen.getByRole("tab", { name: chosen })).not.toHaveAttribute("data-overflowing"));
      expect(await screen.findByRole("tabpanel")).toHaveAccessibleName(chosen);
    } finally {
      setTabListWidth(1000);
    }
  });

  it("shows no « Plus » menu when every tab fits", async () => {
    await renderLoadedApp(fakeOperations());
    expect(screen.getAllByRole("tab").filter((tab) => tab.hasAttribute("data-overflowing"))).toEqual([]);
    expect(screen.queryByRole("button", { name: /^Plus/ })).not.toBeInTheDocument();
  });

  it("keeps working with the default settings when they cannot be read, and says why", async () => {
    await renderLoadedApp(fakeOperations({ loadSettings: () => Promise.reject(excelFailure("AccessDenied")) }));
    expect(screen.getByRole("alert")).toHaveTextContent("Une feuille ou le classeur est protégé");
    expect(screen.getAllByRole("tab")).toHaveLength(5);
  });

  it("analyses with the year saved in the settings", async () => {
    const operations = fakeOperations({ loadSettings: async () => ({ year: 2020, tolerance: 1 }) });
    const { user } = await renderLoadedApp(operations);
    await user.click(screen.getByRole("button", { name: "Analyser le classeur" }));
    await waitFor(() => expect(operations.analyze).toHaveBeenCalledWith({ year: 2020, tolerance: 1 }));
  });
});
