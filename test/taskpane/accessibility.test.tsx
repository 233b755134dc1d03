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
});

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
