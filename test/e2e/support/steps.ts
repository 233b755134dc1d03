/**
 * Each end-to-end test stands alone: it opens its own playground (a fresh profile and a fresh copy of
 * the sample) and takes the steps it needs, so that no test depends on the ones run before it.
 */
import type { Locator } from "playwright-core";
import { openPlayground, pane, panel, sheetTab, tab, viewedCell, viewedSheet, workbook, type Session } from "./browser";

/** A new playground before each test of the suite, closed after it; `setup` runs first in each. */
/** `query`: the page's query string, `?classeur=sites` for the two-site sample. */
export function playgroundForEachTest(setup: (session: Session) => Promise<void> = async () => undefined, query = ""): () => Session {
  let session: Session | null = null;
  beforeEach(async () => {
    session = await openPlayground(query);
    await setup(session);
  });
  afterEach(async () => {
    const closing = session;
    session = null;
    await closing?.close();
  });
  return () => {
    if (session === null) throw new Error("No playground: call the getter inside a test.");
    return session;
  };
}

/** Runs the analysis from the pane's Analyser tab and waits for the counts by status. */
export async function analyse(session: Session): Promise<void> {
  const { page } = session;
  await tab(page, "Analyser").click();
  await panel(page).getByRole("button", { name: "Analyser le classeur" }).click();
  await panel(page).getByRole("list", { name: "Nombre d’indicateurs par statut" }).waitFor();
}

/** Analyses from the Contrôles tab and waits for the list of problems. */
export async function analyseInChecks(session: Session): Promise<void> {
  const { page } = session;
  await tab(page, "Contrôles").click();
  await panel(page).getByRole("button", { name: "Analyser le classeur" }).click();
  await panel(page).getByRole("list", { name: "Problèmes détectés" }).waitFor();
}

/** Writes the summary from the Générer tab and waits for the pane to say so. */
export async function generateSummary(session: Session): Promise<void> {
  const { page } = session;
  await tab(page, "Générer").click();
  await panel(page).getByRole("button", { name: "Générer la synthèse" }).click();
  await panel(page).getByText("Synthèse générée.").waitFor();
}

/**
 * Types `text` into a cell of the playground's grid as the manager would in Excel: the sheet's tab, a click on
 * the cell, the text typed over its content, Enter.
 */
export async function typeInCell(session: Session, sheet: string, address: string, text: string): Promise<void> {
  const { page } = session;
  await sheetTab(page, sheet).click();
  await viewedSheet(page, sheet).waitFor();
  await viewedCell(page, address).click();
  const value = workbook(page).getByRole("form", { name: "Saisie dans la feuille" }).getByRole("textbox", { name: `Valeur de ${sheet}!${address}` });
  // The click puts the cursor in the value, its content selected: what is typed replaces it, as in Excel.
  await value.and(page.locator(":focus")).waitFor();
  await page.keyboard.type(text);
  await page.keyboard.press("Enter");
}

/** The pane's polite live region, where the live checks say what changed. */
export function liveAnnouncement(session: Session): Locator {
  return pane(session.page).getByTestId("live-announcement");
}
