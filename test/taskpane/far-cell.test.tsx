/** @jest-environment jsdom */
/** A sheet with one value far from its table, in the pane over the simulated workbook: its problem listed as the others, its cell selected when chosen, nothing written. */
import { deserialize, serialize } from "node:v8";
import { screen, waitFor, within } from "@testing-library/react";
import { createWorkbookOperations } from "../../src/excel/workbook-operations";
import { sheetFingerprint, sheetNames, simulateWorkbook } from "../../src/simulated-excel";
import { seed2021 } from "../fixtures/seed";
import { sheetOf, workbookOf } from "../simulated-excel/fixtures";
import { openTab, renderLoadedApp } from "./support/render";

// jsdom hides Node's structuredClone, which the simulated host uses to undo a failed write.
globalThis.structuredClone ??= ((value: unknown) => deserialize(serialize(value))) as typeof structuredClone;

describe("a sheet reaching XFD1048576 in the Contrôles pane", () => {
  it("lists its error with its sheet and cell, selects that cell when chosen, and writes nothing in the sheets", async () => {
    const excel = simulateWorkbook(workbookOf(seed2021(), sheetOf("Notes", [["Remarques du comité"]])));
    excel.userEdit("Notes", "XFD1048576", [["x"]]);
    const before = sheetNames(excel).map((name) => sheetFingerprint(excel, name));
    const { user } = await renderLoadedApp(createWorkbookOperations(excel.run));
    await openTab(user, "Contrôles");
    await user.click(screen.getByRole("button", { name: "Analyser le classeur" }));
    const problems = await screen.findByRole("list", { name: "Problèmes détectés" });
    const far = within(problems).getByRole("button", { name: /Notes!XFD1048576/ });
    expect(far).toHaveTextContent("Erreur");
    // toHaveTextContent folds every space, the no-break ones too.
    expect(far).toHaveTextContent("n'a pas été lue : elle s'étend jusqu'à la cellule XFD1048576 (plus de 17 milliards de cellules)");
    // The seed's own problem is still there: the other sheets were analysed.
    expect(within(problems).getByRole("button", { name: /Indicateurs 2021!D11/ })).toBeInTheDocument();
    await user.click(far);
    await waitFor(() => expect(excel.model.selection?.address).toBe("XFD1048576"));
    expect(sheetNames(excel).map((name) => sheetFingerprint(excel, name))).toEqual(before);
  });
});
