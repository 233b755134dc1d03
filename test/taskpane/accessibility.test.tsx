/** @jest-environment jsdom */
import axe from "axe-core";
import { App } from "../../src/taskpane/App";
import { click, mount, typeInto, type Mounted, tabNamed } from "./support/dom";
import { fakeOperations } from "./support/fake-operations";
import { SEED_ANALYSIS } from "../../src/taskpane/dev/seed-analysis";

/** axe-core's checks, except colour contrast, which jsdom cannot compute (no layout, no styles). */
async function violations(pane: Mounted): Promise<string[]> {
  const results = await axe.run(pane.container, {
    runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    rules: { "color-contrast": { enabled: false } },
  });
  return results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.html).join(" | ")}`);
}

async function openTab(pane: Mounted, name: string): Promise<void> {
  await click(tabNamed(pane, name));
}

const telephony = fakeOperations({
  previewTelephony: async () => ({ year: 2021, months: SEED_ANALYSIS.monthly!.months, issues: SEED_ANALYSIS.issues, received: 1, answered: 1, annualRate: 94 }),
  applyTelephony: async () => ({ sheet: "Téléphonie 2021", created: false, replacedMonths: [], addedMonths: ["décembre 2021"], analysis: SEED_ANALYSIS }),
});

/** The levels of the visible headings, in reading order. */
function headingLevels(pane: Mounted): number[] {
  return Array.from(pane.container.querySelectorAll("h1, h2, h3, h4, h5, h6"))
    .filter((heading) => heading.closest("[hidden]") === null)
    .map((heading) => Number(heading.tagName.slice(1)));
}

/** axe's heading-order rule alone (a best practice, outside the WCAG tags above). */
async function headingOrderViolations(pane: Mounted): Promise<string[]> {
  const results = await axe.run(pane.container, { runOnly: { type: "rule", values: ["heading-order"] } });
  return results.violations.flatMap((violation) => violation.nodes.map((node) => node.html));
}

/** Each heading at most one level below the one before it (h1 then h2, never h1 then h3). */
const skippedLevels = (levels: readonly number[]): string[] =>
  levels.flatMap((level, index) => (index > 0 && level > levels[index - 1] + 1 ? [`h${levels[index - 1]} → h${level}`] : []));

jest.setTimeout(60_000);

describe("the pane's accessibility (axe-core)", () => {
  it("has no violation outside Excel", async () => {
    const pane = await mount(<App operations={null} />);
    expect(await violations(pane)).toEqual([]);
    pane.unmount();
  });

  it("has no violation once the seed is analysed", async () => {
    const pane = await mount(<App operations={fakeOperations()} />);
    await click(pane.get("button", "Analyser le classeur"));
    expect(await violations(pane)).toEqual([]);
    await openTab(pane, "Contrôles");
    expect(await violations(pane)).toEqual([]);
    pane.unmount();
  });

  it.each(["Générer", "Paramètres"])("has no violation in the %s pane", async (tab) => {
    const pane = await mount(<App operations={fakeOperations()} />);
    await openTab(pane, tab);
    expect(await violations(pane)).toEqual([]);
    pane.unmount();
  });

  it("finds a skipped heading level when there is one (the check is not blind)", async () => {
    const pane = await mount(<App operations={null} />);
    const skipped = document.createElement("h3");
    skipped.textContent = "Sous-titre";
    pane.container.appendChild(skipped);
    expect(skippedLevels(headingLevels(pane))).toEqual(["h1 → h3"]);
    expect(await headingOrderViolations(pane)).toHaveLength(1);
    pane.unmount();
  });

  it.each([
    ["Analyser, once the seed is analysed", null],
    ["Contrôles", "Contrôles"],
    ["Générer", "Générer"],
    ["Paramètres", "Paramètres"],
  ])("keeps heading levels in sequence in %s", async (_state, tab) => {
    const pane = await mount(<App operations={fakeOperations()} />);
    await click(pane.get("button", "Analyser le classeur"));
    if (tab) await openTab(pane, tab);
    const levels = headingLevels(pane);
    expect(levels[0]).toBe(1);
    expect(skippedLevels(levels)).toEqual([]);
    expect(await headingOrderViolations(pane)).toEqual([]);
    pane.unmount();
  });

  it("keeps heading levels in sequence once the monthly figures are in the workbook", async () => {
    const pane = await mount(<App operations={telephony} />);
    await openTab(pane, "Saisie mensuelle");
    await typeInto(pane.get("textbox", "Chiffres à coller"), "Mois;Reçus;Aboutis");
    await click(pane.get("button", "Prévisualiser"));
    await click(pane.get("button", "Intégrer au classeur"));
    expect(pane.get("heading", /Taux d’appels aboutis de l’année 2021/)).toBeTruthy();
    expect(skippedLevels(headingLevels(pane))).toEqual([]);
    expect(await headingOrderViolations(pane)).toEqual([]);
    expect(await violations(pane)).toEqual([]);
    pane.unmount();
  });

  it("has no violation in the telephony preview", async () => {
    const pane = await mount(<App operations={telephony} />);
    await openTab(pane, "Saisie mensuelle");
    await typeInto(pane.get("textbox", "Chiffres à coller"), "Mois;Reçus;Aboutis");
    await click(pane.get("button", "Prévisualiser"));
    expect(pane.get("table")).toBeTruthy();
    expect(await violations(pane)).toEqual([]);
    pane.unmount();
  });
});
