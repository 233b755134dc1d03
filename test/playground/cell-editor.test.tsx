/** @jest-environment jsdom */
/** The playground's grid edited as in Excel: a cell picked (clicked or its address typed), Enter writes, Escape cancels. */
import "@testing-library/jest-dom";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { deserialize, serialize } from "node:v8";
import { observedWorkbook } from "../../src/playground/observed-excel";
import { WorkbookView } from "../../src/playground/view/WorkbookView";
import { readCell } from "../../src/simulated-excel/sheet-ops";
import { sheetOf, workbookOf } from "../simulated-excel/fixtures";

// jsdom hides Node's structuredClone, which the simulated host uses to undo a failed run.
globalThis.structuredClone ??= ((value: unknown) => deserialize(serialize(value))) as typeof structuredClone;

function playground() {
  const observed = observedWorkbook(
    workbookOf(
      sheetOf("Indicateurs 2021", [
        ["Indicateur", "Résultat", "Cible"],
        ["Taux d'appels aboutis", "94 %", "> 90 %"],
      ]),
      sheetOf("Synthèse 2021", [["Synthèse"]]),
    ),
    "classeur-qualite-2021.xlsx",
  );
  const edits: string[] = [];
  observed.excel.events.register({ type: "WorksheetChanged", sheetId: null, handler: (args: { address: string; source: string }) => void edits.push(`${args.address} ${args.source}`) });
  const user = userEvent.setup();
  render(
    <FluentProvider theme={webLightTheme}>
      <WorkbookView observed={observed} />
    </FluentProvider>,
  );
  const form = screen.getByRole("form", { name: "Saisie dans la feuille" });
  const cellBox = within(form).getByRole("textbox", { name: "Cellule" });
  const valueOf = (address: string) => readCell(observed.excel.model.sheets[0], Number(address.slice(1)), address.charCodeAt(0) - 64).value;
  const cell = (address: string) => document.querySelector<HTMLElement>(`td[data-address="${address}"]`) as HTMLElement;
  return { observed, edits, user, form, cellBox, valueOf, cell };
}

describe("editing the simulated workbook in the playground's grid", () => {
  it("writes a clicked cell on Enter, as a user edit that raises onChanged (source Local), and shows it", async () => {
    const { user, form, edits, valueOf, cell } = playground();
    await user.click(cell("C2"));
    const value = within(form).getByRole("textbox", { name: "Valeur de Indicateurs 2021!C2" });
    expect(value).toHaveFocus();
    expect(value).toHaveValue("> 90 %");
    expect(cell("C2")).toHaveAttribute("data-editing", "true");
    // The clicked cell is Excel's selection too, as a click makes it.
    expect(await screen.findByTestId("selection")).toHaveTextContent(/Indicateurs 2021.*C2/);
    // The content is selected: typing replaces it.
    await user.keyboard("120 %{Enter}");
    expect(valueOf("C2")).toBe(1.2);
    await Promise.resolve();
    expect(edits).toEqual(["C2 Local"]);
    expect(cell("C2")).toHaveTextContent(/^120\s?%$/);
  });

  it("gives the cell's content back on Escape and writes nothing", async () => {
    const { user, form, edits, valueOf, cell } = playground();
    await user.click(cell("B2"));
    await user.keyboard("abc");
    expect(within(form).getByRole("textbox", { name: "Valeur de Indicateurs 2021!B2" })).toHaveValue("abc");
    await user.keyboard("{Escape}");
    expect(within(form).getByRole("textbox", { name: "Valeur de Indicateurs 2021!B2" })).toHaveValue("94 %");
    expect(valueOf("B2")).toBe("94 %");
    await Promise.resolve();
    expect(edits).toEqual([]);
  });

  it("is done with the keyboard alone: the address typed, Enter goes to the cell, the value typed, Enter writes", async () => {
    const { user, form, cellBox, valueOf, cell } = playground();
    const value = within(form).getByRole("textbox", { name: "Valeur" });
    // Read-only, not disabled, until a cell is chosen: a disabled Fluent Input drew its box across the cell box.
    expect(value).toHaveAttribute("readonly");
    await user.click(cellBox);
    await user.keyboard("b2{Enter}");
    expect(valueOf("B2")).toBe("94 %");
    const named = within(form).getByRole("textbox", { name: "Valeur de Indicateurs 2021!B2" });
    expect(named).toHaveFocus();
    expect(cellBox).toHaveValue("B2");
    expect(cell("B2")).toHaveAttribute("data-editing", "true");
    await user.keyboard("abc{Enter}");
    expect(valueOf("B2")).toBe("abc");
  });

  it("loads the cell typed when the address box is left with Tab, so the value typed next goes to it", async () => {
    const { user, form, cellBox, valueOf } = playground();
    await user.click(cellBox);
    await user.keyboard("C2");
    await user.tab();
    const value = within(form).getByRole("textbox", { name: "Valeur de Indicateurs 2021!C2" });
    expect(value).toHaveValue("> 90 %");
    await user.clear(value);
    await user.keyboard("95%{Enter}");
    expect(valueOf("C2")).toBe(0.95);
  });

  it("says in French that an address is no cell, and writes nothing", async () => {
    const { user, cellBox, edits } = playground();
    await user.click(cellBox);
    await user.keyboard("Résultat{Enter}");
    expect(screen.getByRole("alert").textContent).toBe("«\u00a0Résultat\u00a0» n’est pas l’adresse d’une cellule (par exemple D4).");
    await Promise.resolve();
    expect(edits).toEqual([]);
  });

  it("says in French that a protected sheet refuses the edit, and keeps what was typed", async () => {
    const { observed, user, form, cell, valueOf } = playground();
    observed.excel.model.sheets[0].protected = true;
    await user.click(cell("B2"));
    await user.keyboard("abc{Enter}");
    expect(screen.getByRole("alert").textContent).toBe("La feuille «\u00a0Indicateurs 2021\u00a0» est protégée\u00a0: la saisie est refusée.");
    expect(within(form).getByRole("textbox", { name: "Valeur de Indicateurs 2021!B2" })).toHaveValue("abc");
    expect(valueOf("B2")).toBe("94 %");
  });
});
