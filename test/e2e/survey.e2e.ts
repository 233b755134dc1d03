/**
 * The survey in the browser: answers pasted in Saisie, previewed, written as « Enquête 2021 », then shown by
 * Analyser. The two pane screenshots are the user guide's (docs/images/saisie-enquete.png, analyser-enquete.png).
 */
import { panel, screenshotOf, sheetTab, tab, type Session } from "./support/browser";
import { playgroundForEachTest } from "./support/steps";

const SITES = ["PAN", "BMI", "Préfecture"];
const SATISFACTION = ["Très satisfait", "Plutôt satisfait", "Très satisfait", "Peu satisfait", "Plutot satisfait ", "Pas du tout satisfait"];

/** 43 respondents as copied from Excel (tab-separated), one « Peut-être » off its scale on line 44. */
function pastedAnswers(): string {
  const header = ["N°", "Site", "Êtes-vous globalement satisfait de l'accueil ?", "L'agent s'est-il présenté ?", "Note de l'attente (1 à 5)"];
  const rows = Array.from({ length: 43 }, (_, index) => {
    const number = index + 1;
    const presented = number === 43 ? "Peut-être" : number % 7 === 0 ? "Non" : "Oui";
    const note = number % 9 === 0 ? "NSP" : String(1 + ((number * 3) % 5));
    return [String(number), SITES[index % 3], SATISFACTION[index % SATISFACTION.length], presented, note];
  });
  return [header, ...rows].map((cells) => cells.join("\t")).join("\n");
}

describe("the survey's answers pasted in Saisie, then analysed", () => {
  const session = playgroundForEachTest(async ({ page }: Session) => {
    await tab(page, "Saisie mensuelle").click();
  });

  it("previews the 43 answers, writes them as « Enquête 2021 », and Analyser shows the survey", async () => {
    const { page } = session();
    await panel(page).getByRole("textbox", { name: "Réponses à coller" }).fill(pastedAnswers());
    await panel(page).getByRole("button", { name: "Prévisualiser les réponses" }).click();
    const preview = panel(page).getByRole("region", { name: "Aperçu de l’enquête 2021" });
    await preview.waitFor();
    await expect(preview.innerText()).resolves.toMatch(/43\s?répondants/);
    await expect(preview.getByRole("table").innerText()).resolves.toMatch(/globalement[\s\S]*Satisfaction[\s\S]*présenté\s?\?[\s\S]*Oui \/ Non/);
    await expect(preview.getByText("ligne 44").count()).resolves.toBe(1);

    await panel(page).getByRole("button", { name: "Écrire dans le classeur" }).click();
    await panel(page).getByText(/Feuille « Enquête 2021 » créée\s?: 43 répondants ajoutés\./).waitFor();
    await sheetTab(page, "Enquête 2021").waitFor();
    // Tall enough for the whole section, from its title to the message, in one picture.
    await page.setViewportSize({ width: 1400, height: 1800 });
    const section = panel(page).getByRole("region", { name: "Réponses à l’enquête de satisfaction" });
    await section.getByRole("textbox", { name: "Réponses à coller" }).evaluate((element) => element.scrollTo(0, element.scrollHeight));
    await section.scrollIntoViewIfNeeded();
    await screenshotOf(section, "saisie-enquete");

    await tab(page, "Analyser").click();
    await panel(page).getByRole("button", { name: "Analyser le classeur" }).click();
    const survey = panel(page).getByRole("region", { name: "Enquête de satisfaction 2021" });
    await survey.waitFor();
    await expect(survey.innerText()).resolves.toMatch(/43\s?répondants/);
    await screenshotOf(survey, "analyser-enquete");
  });
});
