/** @jest-environment jsdom */
/**
 * Issue 8, point 4 (pane) — HTML from the workbook is shown as text, never rendered as markup: a
 * workbook whose thématique, indicator name, result and comment hold tags goes through the real
 * engine and adapter (simulated Excel) into the real pane.
 */
import { screen, waitFor, within } from "@testing-library/react";
import { createWorkbookOperations } from "../../src/excel/workbook-operations";
import { simulateWorkbook } from "../../src/simulated-excel";
import { sheetOf, workbookOf } from "../simulated-excel/fixtures";
import { openTab, renderLoadedApp, visiblePanel, type RenderedPane } from "../taskpane/support/render";
import { plain } from "../taskpane/support/text";

const MARKUP = {
  theme: '<b id="bq-bold">Accueil</b>',
  name: '<img id="bq-img" src="x" onerror="window.bqInjected=1">Taux piégé',
  result: '<script id="bq-script">window.bqInjected=2</script>',
  comment: '<a id="bq-link" href="javascript:window.bqInjected=3">cliquez</a><iframe id="bq-frame"></iframe>',
};
const INJECTED_IDS = ["bq-bold", "bq-img", "bq-script", "bq-link", "bq-frame"];

/** A 2021 table (in jsdom the .xlsx reader cannot load, so the workbook is built here) whose second indicator holds markup in every text column. */
const table = () =>
  sheetOf("Indicateurs 2021", [
    ["BILAN QUALITE 2021"],
    ["Thématique", "Indicateurs", "Résultat", "Cible", "Commentaires"],
    ["Accueil téléphonique", "Taux d'appels aboutis", "94 %", ">90 %", "Stable"],
    [MARKUP.theme, MARKUP.name, MARKUP.result, "> 80 %", MARKUP.comment],
    ["Courriels", "Délai de réponse", "1,5 jours", "5 jours", null],
  ]);

function expectNothingRendered(container: HTMLElement): void {
  for (const id of INJECTED_IDS) expect(document.getElementById(id)).not.toBeInTheDocument();
  expect(container.querySelectorAll("script, iframe, img[src='x'], a[href^='javascript']")).toHaveLength(0);
  expect((window as { bqInjected?: number }).bqInjected).toBeUndefined();
}

/** The pane on the simulated workbook, once its analysis is shown. */
async function analysedPane(): Promise<RenderedPane> {
  const excel = simulateWorkbook(workbookOf(table()));
  const rendered = await renderLoadedApp(createWorkbookOperations(excel.run));
  await rendered.user.click(screen.getByRole("button", { name: "Analyser le classeur" }));
  await screen.findByRole("button", { name: "Relancer l’analyse" });
  // The results are drawn by code fetched the first time (a webpack chunk): wait until it is shown.
  await waitFor(() => expect(within(visiblePanel()).queryByText("Chargement…")).not.toBeInTheDocument());
  return rendered;
}

describe("the pane shows workbook HTML as text", () => {
  it("lists the indicator whose name holds an <img> tag, by its literal text", async () => {
    const { container } = await analysedPane();
    expect(plain(visiblePanel().textContent)).toContain(MARKUP.name);
    expect(within(visiblePanel()).getByRole("heading", { name: MARKUP.theme })).toBeInTheDocument();
    expectNothingRendered(container);
  });

  it("shows the checks, where the unreadable result is quoted, without rendering its <script>", async () => {
    const { user, container } = await analysedPane();
    await openTab(user, "Contrôles");
    expect(plain(visiblePanel().textContent)).toContain(`(« ${MARKUP.result} »)`);
    expectNothingRendered(container);
  });
});
