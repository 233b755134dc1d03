/** @jest-environment jsdom */
/** « Contrôle en continu » in the pane, over the simulated workbook: problems appear and go as the manager types. */
import { deserialize, serialize } from "node:v8";
import { act, screen, waitFor } from "@testing-library/react";
import { createWorkbookOperations } from "../../src/excel/workbook-operations";
import { simulateWorkbook } from "../../src/simulated-excel";
import { ManualClock } from "../excel/manual-clock";
import { sheetOf, workbookOf } from "../simulated-excel/fixtures";
import { openTab, renderLoadedApp, visiblePanel } from "./support/render";
import { plain } from "./support/text";

// jsdom hides Node's structuredClone, which the simulated host uses to undo a failed write (the settings' save).
globalThis.structuredClone ??= ((value: unknown) => deserialize(serialize(value))) as typeof structuredClone;

const TABLE = () =>
  sheetOf("Indicateurs 2021", [
    ["BILAN QUALITE 2021"],
    ["Thématique", "Indicateurs", "Résultat", "Cible"],
    ["Accueil", "Taux d'appels aboutis", "94 %", "> 90 %"],
    ["Courriels", "Délai de réponse", "1,5 jours", "5 jours"],
  ]);

async function livePane() {
  const excel = simulateWorkbook(workbookOf(TABLE()));
  const clock = new ManualClock();
  const rendered = await renderLoadedApp(createWorkbookOperations(excel.run, { clock, quietMs: 500 }));
  await waitFor(() => expect(excel.events.handlerCount).toBeGreaterThan(0));
  const type = async (address: string, text: string) => {
    excel.userEdit("Indicateurs 2021", address, [[text]]);
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
      clock.advance(500);
    });
  };
  return { excel, type, ...rendered };
}

describe("the live checks in the pane", () => {
  it("announces a wrong target typed in D4 and lists it in Contrôles, then says it is fixed", async () => {
    const { type, user } = await livePane();
    await type("D4", "cinq jours environ");
    await waitFor(() => expect(screen.getByTestId("live-announcement")).toHaveTextContent("1 nouveau problème en D4"));
    await openTab(user, "Contrôles");
    await waitFor(() => expect(plain(visiblePanel().textContent)).toContain("D4"));
    await type("D4", "5 jours");
    await waitFor(() => expect(screen.getByTestId("live-announcement")).toHaveTextContent("Problème corrigé en D4"));
  });

  it("stops watching when « Contrôle en continu » is turned off, and keeps the choice in the workbook", async () => {
    const { excel, user } = await livePane();
    await openTab(user, "Paramètres");
    const live = screen.getByRole("switch", { name: "Contrôle en continu" });
    expect(live).toBeChecked();
    await user.click(live);
    await waitFor(() => expect(excel.events.handlerCount).toBe(0));
    expect(JSON.parse(String(excel.model.settings.get("BilanQualite.settings")))).toMatchObject({ liveChecks: false });
    expect(screen.getByRole("switch", { name: "Contrôle en continu" })).not.toBeChecked();
  });

  it("reads the workbook once for Analyser and the live checks, and again only the row typed after, whatever the year Analyser sets", async () => {
    const { excel, type, user } = await livePane();
    const atStart = excel.syncCount;
    await user.click(screen.getByRole("button", { name: "Analyser le classeur" }));
    await user.click(await screen.findByRole("button", { name: "Relancer l’analyse" }));
    await waitFor(() => expect(screen.getByRole("button", { name: "Relancer l’analyse" })).not.toHaveAttribute("aria-disabled", "true"));
    // Two runs of Analyser (the second sets the year 2021 in the settings): one whole read each, the watch not started again.
    expect(excel.syncCount - atStart).toBe(6);
    const beforeEdit = excel.syncCount;
    await type("D4", "cinq jours environ");
    await waitFor(() => expect(screen.getByTestId("live-announcement")).toHaveTextContent("1 nouveau problème en D4"));
    expect(excel.syncCount - beforeEdit).toBe(1);
  });
});
