/** @jest-environment jsdom */
import { screen, waitFor } from "@testing-library/react";
import axe from "axe-core";
import { SEED_ANALYSIS } from "../fixtures/seed";
import { keepEveryStyle, openTab as openPaneTab, renderApp, renderLoadedApp, type RenderedPane, renderOutsideExcel } from "./support/render";
import { excelFailure, fakeOperations } from "./support/fake-operations";

/** axe-core's checks, except colour contrast, which jsdom cannot compute (no layout, no styles). */
async function violations(container: HTMLElement): Promise<string[]> {
  const results = await axe.run(container, {
    runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    rules: { "color-contrast": { enabled: false } },
  });
  return results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.html).join(" | ")}`);
}

async function openTab({ user }: RenderedPane, name: string): Promise<void> {
  await openPaneTab(user, name);
  await waitFor(() => expect(screen.getByRole("tab", { name })).toHaveAttribute("aria-selected", "true"));
}

async function analyse({ user }: RenderedPane): Promise<void> {
  await user.click(screen.getByRole("button", { name: "Analyser le classeur" }));
  await screen.findByRole("button", { name: "Relancer l’analyse" });
  await screen.findByRole("list", { name: "Nombre d’indicateurs par statut" });
}

const telephony = () =>
  fakeOperations({
    previewTelephony: async () => ({ year: 2021, months: SEED_ANALYSIS.monthly!.months, issues: SEED_ANALYSIS.issues, received: 1, answered: 1, annualRate: 94 }),
    applyTelephony: async () => ({ sheet: "Téléphonie 2021", created: false, replacedMonths: [], addedMonths: ["décembre 2021"], analysis: SEED_ANALYSIS }),
  });

async function previewTelephony(rendered: RenderedPane): Promise<void> {
  await openTab(rendered, "Saisie mensuelle");
  await rendered.user.click(screen.getByRole("textbox", { name: "Chiffres à coller" }));
  await rendered.user.paste("Mois;Reçus;Aboutis");
  await rendered.user.click(screen.getByRole("button", { name: "Prévisualiser" }));
  await screen.findByRole("table");
}

/** The levels of the headings a user can reach (those of hidden panels left out), in reading order. */
function headingLevels(): number[] {
  return screen.getAllByRole("heading").map((heading) => Number(heading.tagName.slice(1)));
}

/** axe's heading-order rule alone (a best practice, outside the WCAG tags above). */
async function headingOrderViolations(container: HTMLElement): Promise<string[]> {
  const results = await axe.run(container, { runOnly: { type: "rule", values: ["heading-order"] } });
  return results.violations.flatMap((violation) => violation.nodes.map((node) => node.html));
}

/** Each heading at most one level below the one before it (h1 then h2, never h1 then h3). */
const skippedLevels = (levels: readonly number[]): string[] =>
  levels.flatMap((level, index) => (index > 0 && level > levels[index - 1] + 1 ? [`h${levels[index - 1]} → h${level}`] : []));

// The analysed pane and its Contrôles tab through axe-core: 39 s run alone with the 2-core machine at load 9; beside other jest workers it passed 60 s.
jest.setTimeout(180_000);
// axe-core reads fonts, colours, sizes and overflow, not only what the other pane tests read back.
keepEveryStyle();

describe("the pane's accessibility (axe-core)", () => {
  it("has no violation outside Excel", async () => {
    const { container } = await renderOutsideExcel();
    expect(await violations(container)).toEqual([]);
  });

  it("has no violation while the settings load", async () => {
    const { container } = renderApp(fakeOperations({ loadSettings: () => new Promise(() => undefined) }));
    expect(screen.getByRole("status")).toHaveTextContent("Chargement des paramètres…");
    expect(await violations(container)).toEqual([]);
  });

  it("has no violation once the seed is analysed", async () => {
    const rendered = await renderLoadedApp(fakeOperations());
    await analyse(rendered);
    expect(await violations(rendered.container)).toEqual([]);
    await openTab(rendered, "Contrôles");
    expect(await violations(rendered.container)).toEqual([]);
  });

  it.each(["Générer", "Paramètres"])("has no violation in the %s pane", async (tab) => {
    const rendered = await renderLoadedApp(fakeOperations());
    await openTab(rendered, tab);
    expect(await violations(rendered.container)).toEqual([]);
  });

  it("has no violation with an error shown", async () => {
    const failing = excelFailure("AccessDenied");
    const rendered = await renderLoadedApp(fakeOperations({ analyze: () => Promise.reject(failing) }));
    await rendered.user.click(screen.getByRole("button", { name: "Analyser le classeur" }));
    expect(await screen.findByRole("alert")).toBeInTheDocument();
    expect(await violations(rendered.container)).toEqual([]);
  });

  it("finds a skipped heading level when there is one (the check is not blind)", async () => {
    const { container } = await renderOutsideExcel();
    const skipped = document.createElement("h3");
    skipped.textContent = "Sous-titre";
    container.appendChild(skipped);
    expect(skippedLevels(headingLevels())).toEqual(["h1 → h3"]);
    expect(await headingOrderViolations(container)).toHaveLength(1);
  });

  it.each([
    ["Analyser, once the seed is analysed", null],
    ["Contrôles", "Contrôles"],
    ["Générer", "Générer"],
    ["Paramètres", "Paramètres"],
  ])("keeps heading levels in sequence in %s", async (_state, tab) => {
    const rendered = await renderLoadedApp(fakeOperations());
    await analyse(rendered);
    if (tab) await openTab(rendered, tab);
    const levels = headingLevels();
    expect(levels[0]).toBe(1);
    expect(skippedLevels(levels)).toEqual([]);
    expect(await headingOrderViolations(rendered.container)).toEqual([]);
  });

  it("keeps heading levels in sequence once the monthly figures are in the workbook", async () => {
    const rendered = await renderLoadedApp(telephony());
    await previewTelephony(rendered);
    await rendered.user.click(screen.getByRole("button", { name: "Intégrer au classeur" }));
    expect(await screen.findByRole("heading", { name: /Taux d’appels aboutis de l’année 2021/ })).toBeInTheDocument();
    expect(skippedLevels(headingLevels())).toEqual([]);
    expect(await headingOrderViolations(rendered.container)).toEqual([]);
    expect(await violations(rendered.container)).toEqual([]);
  });

  it("has no violation in the telephony preview", async () => {
    const rendered = await renderLoadedApp(telephony());
    await previewTelephony(rendered);
    expect(screen.getByRole("table")).toBeInTheDocument();
    expect(await violations(rendered.container)).toEqual([]);
  });
});
