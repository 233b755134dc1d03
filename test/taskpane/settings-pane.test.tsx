/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { Settings } from "../../src/port";
import { SettingsPane } from "../../src/taskpane/panes/SettingsPane";
import { WITHIN_TOLERANCE_LABEL } from "../../src/report/wording";
import { renderLoadedApp, retype, visiblePanel, type RenderedPane, openTab, renderOutsideExcel } from "./support/render";
import { spaced, spacedPart } from "./support/text";
import { deferred, fakeOperations, excelFailure, type FakeOperations } from "./support/fake-operations";

const YEAR = "Année à analyser";
const TOLERANCE = "Marge de tolérance (points)";

async function openSettings(operations: FakeOperations): Promise<RenderedPane> {
  const rendered = await renderLoadedApp(operations);
  await openTab(rendered.user, "Paramètres");
  return rendered;
}

/** The pane alone, its settings given as props: to change them as another pane would. */
function renderSettingsPane(settings: Settings) {
  const user = userEvent.setup();
  const operations = fakeOperations();
  const pane = (shown: Settings) => (
    <FluentProvider theme={webLightTheme}>
      <SettingsPane operations={operations} settings={shown} onSaved={() => undefined} />
    </FluentProvider>
  );
  const view = render(pane(settings));
  return { user, rerender: (next: Settings) => view.rerender(pane(next)) };
}

const field = (name: string) => screen.getByRole("textbox", { name });
const saveButton = () => screen.getByRole("button", { name: "Enregistrer" });

describe("the Paramètres pane", () => {
  it("explains the tolerance with the very words the summary writes", async () => {
    await openSettings(fakeOperations());
    expect(field(TOLERANCE)).toHaveAccessibleDescription(spacedPart(`« ${WITHIN_TOLERANCE_LABEL} »`));
    expect(field(TOLERANCE)).not.toHaveAccessibleDescription(/proche de la cible/);
  });

  it("shows the settings read from the workbook, the tolerance with a decimal comma", async () => {
    await openSettings(fakeOperations({ loadSettings: async () => ({ year: 2021, tolerance: 0.5 }) }));
    expect(field(YEAR)).toHaveValue("2021");
    expect(field(TOLERANCE)).toHaveValue("0,5");
  });

  it.each([
    ["2021", "1,5", { year: 2021, tolerance: 1.5 }],
    ["", "0", { year: null, tolerance: 0 }],
    [" 2020 ", "2.25", { year: 2020, tolerance: 2.25 }],
  ])("saves year « %s » and tolerance « %s » in the workbook", async (year, tolerance, saved) => {
    const operations = fakeOperations();
    const { user } = await openSettings(operations);
    await retype(user, field(YEAR), year);
    await retype(user, field(TOLERANCE), tolerance);
    await user.click(saveButton());
    expect(await within(visiblePanel()).findByText("Paramètres enregistrés dans le classeur.")).toBeInTheDocument();
    expect(operations.saveSettings).toHaveBeenCalledTimes(1);
    expect(operations.saveSettings).toHaveBeenCalledWith(saved);
  });

  it("saves with Enter in a field, as a form does", async () => {
    const operations = fakeOperations();
    const { user } = await openSettings(operations);
    await retype(user, field(YEAR), "2021");
    await user.keyboard("{Enter}");
    expect(await within(visiblePanel()).findByText("Paramètres enregistrés dans le classeur.")).toBeInTheDocument();
    expect(operations.saveSettings).toHaveBeenCalledWith({ year: 2021, tolerance: 0 });
  });

  it("announces the saving while it runs and does not save twice", async () => {
    const saving = deferred<void>();
    const operations = fakeOperations({ saveSettings: () => saving.promise });
    const { user } = await openSettings(operations);
    await user.click(saveButton());
    const statuses = within(visiblePanel()).getAllByRole("status");
    expect(statuses.some((status) => status.textContent?.includes("Enregistrement en cours…"))).toBe(true);
    expect(saveButton()).toHaveAttribute("aria-disabled", "true");
    await user.click(saveButton());
    expect(operations.saveSettings).toHaveBeenCalledTimes(1);
    saving.resolve();
    expect(await within(visiblePanel()).findByText("Paramètres enregistrés dans le classeur.")).toBeInTheDocument();
  });

  it("uses the saved year for the next analysis", async () => {
    const operations = fakeOperations();
    const { user } = await openSettings(operations);
    await retype(user, field(YEAR), "2020");
    await user.click(saveButton());
    await within(visiblePanel()).findByText("Paramètres enregistrés dans le classeur.");
    await user.click(screen.getByRole("tab", { name: "Analyser" }));
    await user.click(screen.getByRole("button", { name: "Analyser le classeur" }));
    await waitFor(() => expect(operations.analyze).toHaveBeenCalledWith({ year: 2020, tolerance: 0 }));
  });

  it("shows the year chosen elsewhere (in Analyser), even over a year typed and not saved", async () => {
    const { user, rerender } = renderSettingsPane({ year: 2021, tolerance: 0 });
    await retype(user, field(YEAR), "2019");
    expect(field(YEAR)).toHaveValue("2019");
    rerender({ year: 2020, tolerance: 0 });
    expect(field(YEAR)).toHaveValue("2020");
  });

  it("keeps what the user typed while the settings stay the same", async () => {
    const { user, rerender } = renderSettingsPane({ year: 2021, tolerance: 0 });
    await retype(user, field(TOLERANCE), "1,5");
    rerender({ year: 2021, tolerance: 0 });
    expect(field(TOLERANCE)).toHaveValue("1,5");
  });

  it("shows the saved values as the workbook holds them once saved", async () => {
    const { user } = await openSettings(fakeOperations());
    await retype(user, field(YEAR), " 2020 ");
    await user.click(saveButton());
    await within(visiblePanel()).findByText("Paramètres enregistrés dans le classeur.");
    expect(field(YEAR)).toHaveValue("2020");
  });

  it.each([
    [YEAR, "21", "L’année doit être un nombre à 4 chiffres"],
    [YEAR, "1850", "L’année doit être un nombre à 4 chiffres"],
    [TOLERANCE, "-1", "La marge doit être un nombre positif ou nul"],
    [TOLERANCE, "deux", "La marge doit être un nombre positif ou nul"],
  ])("refuses %s « %s » with a French message and does not save", async (name, value, message) => {
    const operations = fakeOperations();
    const { user } = await openSettings(operations);
    await retype(user, field(name), value);
    expect(visiblePanel()).toHaveTextContent(message);
    expect(field(name)).toBeInvalid();
    expect(saveButton()).toHaveAttribute("aria-disabled", "true");
    await user.keyboard("{Enter}");
    await user.click(saveButton());
    expect(operations.saveSettings).not.toHaveBeenCalled();
    expect(within(visiblePanel()).queryByText("Paramètres enregistrés dans le classeur.")).not.toBeInTheDocument();
  });

  it("shows Excel's refusal to save in French", async () => {
    const { user } = await openSettings(fakeOperations({ saveSettings: () => Promise.reject(excelFailure("AccessDenied")) }));
    await user.click(saveButton());
    const alert = await within(visiblePanel()).findByRole("alert");
    expect(alert).toHaveTextContent("Une feuille ou le classeur est protégé");
    expect(alert).not.toHaveTextContent("The operation failed");
    expect(within(visiblePanel()).queryByText("Paramètres enregistrés dans le classeur.")).not.toBeInTheDocument();
  });

  it("checks the public page's three default figures, and saves a choice at once, in the page's order", async () => {
    const operations = fakeOperations();
    const { user } = await openSettings(operations);
    // By label, not by role: role queries over the whole pane are slow in jsdom.
    const box = (name: string) => within(visiblePanel()).getByLabelText(name);
    expect(box("Appels décrochés").closest("fieldset")).toHaveAccessibleName(spaced("Chiffres de la page « Affichage » (pour le public)"));
    expect(box("Appels décrochés")).toBeChecked();
    expect(box("Délai de réponse aux courriels")).toBeChecked();
    expect(box("Courriels répondus dans le délai annoncé")).not.toBeChecked();
    expect(box("Satisfaction des usagers (enquête)")).toBeChecked();
    await user.click(box("Courriels répondus dans le délai annoncé"));
    expect(operations.saveSettings).toHaveBeenCalledWith({ year: null, tolerance: 0, publicFigures: ["calls", "email-delay", "email-rate", "satisfaction"] });
    expect(await within(visiblePanel()).findByText("Paramètres enregistrés dans le classeur.")).toBeInTheDocument();
  });

  it("says no page will be written when no figure is chosen, and keeps the choice when the year is saved", async () => {
    const operations = fakeOperations({ loadSettings: async () => ({ year: null, tolerance: 0, publicFigures: ["calls"] }) });
    const { user } = await openSettings(operations);
    await user.click(within(visiblePanel()).getByLabelText("Appels décrochés"));
    expect(operations.saveSettings).toHaveBeenLastCalledWith({ year: null, tolerance: 0, publicFigures: [] });
    expect(await within(visiblePanel()).findByText(spacedPart("Aucun chiffre choisi : Générer n’écrira pas la page « Affichage »."))).toBeInTheDocument();
    await retype(user, field(YEAR), "2021");
    await user.click(saveButton());
    expect(operations.saveSettings).toHaveBeenLastCalledWith({ year: 2021, tolerance: 0, publicFigures: [] });
  });

  it("is not offered outside Excel", async () => {
    await renderOutsideExcel();
    expect(screen.queryByRole("textbox", { name: YEAR })).not.toBeInTheDocument();
  });
});
