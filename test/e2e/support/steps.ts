/**
 * Each end-to-end test stands alone: it opens its own playground (a fresh profile and a fresh copy of
 * the sample) and takes the steps it needs, so that no test depends on the ones run before it.
 */
import { openPlayground, panel, tab, type Session } from "./browser";

/** A new playground before each test of the suite, closed after it; `setup` runs first in each. */
export function playgroundForEachTest(setup: (session: Session) => Promise<void> = async () => undefined): () => Session {
  let session: Session | null = null;
  beforeEach(async () => {
    session = await openPlayground();
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
