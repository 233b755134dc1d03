/** @jest-environment jsdom */
/**
 * Issue 8, point 4 (pane) — HTML from the workbook is shown as text, never rendered as markup: a
 * workbook whose thématique, indicator name, result and comment hold tags goes through the real
 * engine and adapter (simulated Excel) into the real pane.
 */
import { App } from "../../src/taskpane/App";
import { createWorkbookOperations } from "../../src/excel/workbook-operations";
import { simulateWorkbook } from "../sim";
import { sheetOf, workbookOf } from "../sim/fixtures";
import { click, mount, plain, settle, type Mounted } from "../taskpane/support/dom";

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

function expectNothingRendered(pane: Mounted): void {
  for (const id of INJECTED_IDS) expect(document.getElementById(id)).toBeNull();
  expect(pane.container.querySelectorAll("script, iframe, img[src='x'], a[href^='javascript']")).toHaveLength(0);
  expect((window as { bqInjected?: number }).bqInjected).toBeUndefined();
}

describe("the pane shows workbook HTML as text", () => {
  let pane: Mounted;

  beforeAll(async () => {
    const excel = simulateWorkbook(workbookOf(table()));
    pane = await mount(<App operations={createWorkbookOperations(excel.run)} />);
    await click(pane.get("button", "Analyser le classeur"));
    await settle();
  });

  afterAll(() => pane.unmount());

  it("lists the indicator whose name holds an <img> tag, by its literal text", () => {
    expect(plain(pane.container.textContent)).toContain(MARKUP.name);
    expectNothingRendered(pane);
  });

  it("shows the checks, where the unreadable result is quoted, without rendering its <script>", async () => {
    await click(pane.all("tab").find((tab) => tab.textContent?.startsWith("Contrôles")) as HTMLElement);
    expect(plain(pane.text())).toContain(`(« ${MARKUP.result} »)`);
    expectNothingRendered(pane);
  });
});
