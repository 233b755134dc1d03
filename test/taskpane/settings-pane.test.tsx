/** @jest-environment jsdom */
import { WITHIN_TOLERANCE_LABEL } from "../../src/report/wording";
import { App } from "../../src/taskpane/App";
import { click, mount, typeInto, type Mounted, isDisabled, plain, tabNamed } from "./support/dom";
import { fakeOperations, officeError, type FakeOperations } from "./support/fake-operations";

async function openSettings(operations: FakeOperations): Promise<Mounted> {
  const pane = await mount(<App operations={operations} />);
  await click(tabNamed(pane, "Paramètres"));
  return pane;
}

describe("the Paramètres pane", () => {
  it("explains the tolerance with the very words the summary writes", async () => {
    const pane = await openSettings(fakeOperations());
    const field = pane.get("textbox", "Marge de tolérance (points)");
    const hint = document.getElementById(field.getAttribute("aria-describedby") ?? "")?.textContent ?? "";
    expect(plain(hint)).toContain(`« ${WITHIN_TOLERANCE_LABEL} »`);
    expect(hint).not.toContain("proche de la cible");
    pane.unmount();
  });

  it("shows the settings read from the workbook, the tolerance with a decimal comma", async () => {
    const pane = await openSettings(fakeOperations({ loadSettings: async () => ({ year: 2021, tolerance: 0.5 }) }));
    expect((pane.get("textbox", "Année à analyser") as HTMLInputElement).value).toBe("2021");
    expect((pane.get("textbox", "Marge de tolérance (points)") as HTMLInputElement).value).toBe("0,5");
    pane.unmount();
  });

  it.each([
    ["2021", "1,5", { year: 2021, tolerance: 1.5 }],
    ["", "0", { year: null, tolerance: 0 }],
    [" 2020 ", "2.25", { year: 2020, tolerance: 2.25 }],
  ])("saves year « %s » and tolerance « %s » in the workbook", async (year, tolerance, saved) => {
    const operations = fakeOperations();
    const pane = await openSettings(operations);
    await typeInto(pane.get("textbox", "Année à analyser"), year);
    await typeInto(pane.get("textbox", "Marge de tolérance (points)"), tolerance);
    await click(pane.get("button", "Enregistrer"));
    expect(operations.saveSettings).toHaveBeenCalledWith(saved);
    expect(pane.text()).toContain("Paramètres enregistrés dans le classeur.");
    pane.unmount();
  });

  it("uses the saved year for the next analysis", async () => {
    const operations = fakeOperations();
    const pane = await openSettings(operations);
    await typeInto(pane.get("textbox", "Année à analyser"), "2020");
    await click(pane.get("button", "Enregistrer"));
    await click(tabNamed(pane, "Analyser"));
    await click(pane.get("button", "Analyser le classeur"));
    expect(operations.analyze).toHaveBeenCalledWith({ year: 2020, tolerance: 0 });
    pane.unmount();
  });

  it.each([
    ["Année à analyser", "21", "L’année doit être un nombre à 4 chiffres"],
    ["Année à analyser", "1850", "L’année doit être un nombre à 4 chiffres"],
    ["Marge de tolérance (points)", "-1", "La marge doit être un nombre positif ou nul"],
    ["Marge de tolérance (points)", "deux", "La marge doit être un nombre positif ou nul"],
  ])("refuses %s « %s » with a French message and does not save", async (field, value, message) => {
    const operations = fakeOperations();
    const pane = await openSettings(operations);
    await typeInto(pane.get("textbox", field), value);
    expect(pane.text()).toContain(message);
    expect(isDisabled(pane.get("button", "Enregistrer"))).toBe(true);
    expect(operations.saveSettings).not.toHaveBeenCalled();
    pane.unmount();
  });

  it("shows Excel's refusal to save in French", async () => {
    const pane = await openSettings(fakeOperations({ saveSettings: () => Promise.reject(officeError("AccessDenied")) }));
    await click(pane.get("button", "Enregistrer"));
    expect(pane.get("alert").textContent).toContain("Le classeur est protégé ou en lecture seule");
    pane.unmount();
  });
});
