/** @jest-environment jsdom */
/** « Contrôle en continu » in the pane, over the simulated workbook: problems appear and go as the manager types. */
import { deserialize, serialize } from "node:v8";
import { act, cleanup, screen, waitFor, within } from "@testing-library/react";
import { createWorkbookOperations } from "../../src/excel/workbook-operations";
import { simulateWorkbook } from "../../src/simulated-excel";
import { ManualClock } from "../excel/manual-clock";
import { sheetOf, workbookOf } from "../simulated-excel/fixtures";
import { openTab, renderLoadedApp, visiblePanel } from "./support/render";
import { plain } from "./support/text";

// jsdom hides Node's structuredClone, which the simulated host uses to undo a failed write (the settings' save).
globalThis.structuredClone ??= ((value: unknown) => deserialize(serialize(value))) as typeof structuredClone;

const TABLE = (result = "94 %") =>
  sheetOf("Indicateurs 2021", [
    ["BILAN QUALITE 2021"],
    ["Thématique", "Indicateurs", "Résultat", "Cible"],
    ["Accueil", "Taux d'appels aboutis", result, "> 90 %"],
    ["Courriels", "Délai de réponse", "1,5 jours", "5 jours"],
  ]);

async function livePane(result?: string) {
  const excel = simulateWorkbook(workbookOf(TABLE(result)));
  const clock = new ManualClock();
  const rendered = await renderLoadedApp(createWorkbookOperations(excel.run, { clock, quietMs: 500 }));
  await waitFor(() => expect(excel.events.handlerCount).toBeGreaterThan(0));
  const type = async (address: string, text: string, source: "Local" | "Remote" = "Local") => {
    excel.userEdit("Indicateurs 2021", address, [[text]], source);
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

  it("lists the problems of the row just typed first, each said to be just changed, the others after in their order", async () => {
    const { type, user } = await livePane("beaucoup");
    await user.click(screen.getByRole("button", { name: "Analyser le classeur" }));
    await openTab(user, "Contrôles");
    const problems = () => within(screen.getByRole("list", { name: "Problèmes détectés" })).getAllByRole("listitem").map((item) => plain(item.textContent));
    await waitFor(() => expect(problems()).toHaveLength(1));
    await type("D4", "cinq jours environ");
    await waitFor(() => expect(problems()).toHaveLength(2));
    expect(problems()[0]).toContain("Indicateurs 2021!D4Ligne modifiée à l’instant");
    expect(problems()[1]).toContain("Indicateurs 2021!C3");
    expect(problems()[1]).not.toContain("modifiée");
    // The label is part of the problem's button: a screen reader says it with the cell.
    expect(screen.getByRole("button", { name: /D4 Ligne modifiée à l’instant/ })).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Relancer l’analyse" }));
    await waitFor(() => expect(problems()[0]).toContain("Indicateurs 2021!C3"));
    expect(problems().join(" ")).not.toContain("modifiée");
  });

  it("says a co-author's edit comes from a co-author", async () => {
    const { type } = await livePane();
    await type("C3", "-4", "Remote");
    await waitFor(() => expect(screen.getByTestId("live-announcement")).toHaveTextContent("1 nouveau problème en C3 (modification d’un coauteur)"));
  });

  it("says a failed check, and gives the problems when a later change's check succeeds", async () => {
    const { excel, type } = await livePane();
    excel.failSync(excel.syncCount + 1, "Conflict");
    excel.failSync(excel.syncCount + 2, "Conflict");
    await type("D4", "cinq jours environ");
    await waitFor(() => expect(plain(screen.getByTestId("live-announcement").textContent)).toContain("Le contrôle en continu n’a pas pu se faire : Un coauteur a modifié le classeur au même moment"));
    // Said once (test/excel/live-checks.test.ts counts the updates): the second failure leaves it as it is.
    await type("C3", "95 %");
    expect(plain(screen.getByTestId("live-announcement").textContent)).toContain("n’a pas pu se faire");
    await type("C3", "96 %");
    await waitFor(() => expect(screen.getByTestId("live-announcement")).toHaveTextContent("1 nouveau problème en D4"));
  });

  it("removes its handlers when the pane closes", async () => {
    const { excel } = await livePane();
    // onChanged, onAdded, onDeleted (no ExcelApi 1.17 said here, so no onNameChanged).
    expect(excel.events.handlerCount).toBe(3);
    cleanup();
    await waitFor(() => expect(excel.events.handlerCount).toBe(0));
  });
});
