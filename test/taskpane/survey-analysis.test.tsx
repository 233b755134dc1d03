/** @jest-environment jsdom */
import { screen, waitFor, within } from "@testing-library/react";
import { renderLoadedApp, type RenderedPane } from "./support/render";
import { fakeOperations, type FakeOperations } from "./support/fake-operations";
import { seedWithSurvey } from "./support/survey-analysis";

const NBSP = "\u00a0";
const SURVEY = seedWithSurvey();

async function analysed(operations: FakeOperations): Promise<RenderedPane> {
  const rendered = await renderLoadedApp(operations);
  await rendered.user.click(screen.getByRole("button", { name: "Analyser le classeur" }));
  await waitFor(() => expect(screen.queryByText("Analyse du classeur en cours…")).not.toBeInTheDocument());
  return rendered;
}

const surveyRegion = () => screen.findByRole("region", { name: "Enquête de satisfaction 2021" });

/** Each body row of a table as the text of its cells. */
function rows(table: HTMLElement): string[][] {
  return within(table)
    .getAllByRole("row")
    .slice(1)
    .map((row) => within(row).getAllByRole("cell").map((cell) => cell.textContent ?? ""));
}

describe("the survey in the Analyser pane", () => {
  it("gives the overall rate with its margin and the respondents: 18 satisfied of 26 answers, 9 respondents", async () => {
    await analysed(fakeOperations({ analyze: async () => SURVEY }));
    const region = await surveyRegion();
    const overall = within(region).getByText("Taux de satisfaction global").nextElementSibling;
    expect(overall?.textContent).toBe(`69,2${NBSP}% ±${NBSP}30,2${NBSP}points, 9${NBSP}répondants`);
    expect(within(region).getByText("Feuille « Enquête 2021 »")).toBeInTheDocument();
  });

  it("lists each question with its rate, margin and answers, flagging those under 30 answers", async () => {
    await analysed(fakeOperations({ analyze: async () => SURVEY }));
    const table = within(await surveyRegion()).getByRole("table", { name: "Par question" });
    expect(rows(table)).toEqual([
      ["Êtes-vous satisfait de l'accueil ?", `77,8${NBSP}%±${NBSP}27,2${NBSP}points`, "9moins de 30 réponses"],
      ["L'agent s'est-il présenté ?", `75${NBSP}%±${NBSP}30${NBSP}points`, "8moins de 30 réponses"],
      ["Note de l'attente (de 0 à 10)", `55,6${NBSP}%±${NBSP}32,5${NBSP}points`, "9moins de 30 réponses"],
    ]);
  });

  it("lists each site with its respondents and overall rate", async () => {
    await analysed(fakeOperations({ analyze: async () => SURVEY }));
    const table = within(await surveyRegion()).getByRole("table", { name: "Par site" });
    expect(rows(table).map(([site, respondents]) => [site, respondents])).toEqual([
      ["PAN", "4"],
      ["Préfecture", "5"],
    ]);
    expect(rows(table)[0][2]).toBe(`75${NBSP}% ±${NBSP}42,4${NBSP}points`);
  });

  it("puts its headings in order: the survey's title, then per question, per site and problems", async () => {
    await analysed(fakeOperations({ analyze: async () => SURVEY }));
    const region = await surveyRegion();
    const headings = within(region)
      .getAllByRole("heading")
      .map((heading) => [heading.tagName, heading.textContent]);
    expect(headings).toEqual([
      ["H2", "Enquête de satisfaction 2021"],
      ["H3", "Par question"],
      ["H3", "Par site"],
      ["H3", "Problèmes de l’enquête"],
    ]);
  });

  it("selects the cell of an answer off its scale when the user chooses that problem", async () => {
    const operations = fakeOperations({ analyze: async () => SURVEY });
    const { user } = await analysed(operations);
    const problems = within(await surveyRegion()).getByRole("list", { name: "Problèmes de l’enquête" });
    const offScale = within(problems).getByRole("button", { name: /Enquête 2021!E10.*Peut-être/ });
    await user.click(offScale);
    expect(operations.selectCell).toHaveBeenCalledWith("Enquête 2021", "E10");
  });

  it("shows no survey section when the analysed year has no survey", async () => {
    await analysed(fakeOperations());
    await screen.findByText("Analyse terminée : 10 indicateurs pour 2021.");
    expect(screen.queryByRole("region", { name: /Enquête de satisfaction/ })).not.toBeInTheDocument();
  });
});

describe("the survey's problems in the Contrôles pane", () => {
  it("lists the answer off its scale at its cell and selects that cell", async () => {
    const operations = fakeOperations({ analyze: async () => SURVEY });
    const { user } = await renderLoadedApp(operations);
    await user.click(screen.getByRole("tab", { name: "Contrôles" }));
    await user.click(await screen.findByRole("button", { name: "Analyser le classeur" }));
    const list = await screen.findByRole("list", { name: "Problèmes détectés" });
    await user.click(within(list).getByRole("button", { name: /Enquête 2021!E10.*Peut-être/ }));
    expect(operations.selectCell).toHaveBeenCalledWith("Enquête 2021", "E10");
  });
});
