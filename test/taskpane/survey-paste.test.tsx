/** @jest-environment jsdom */
import { deserialize, serialize } from "node:v8";
import { screen, waitFor, within } from "@testing-library/react";
import { createWorkbookOperations } from "../../src/excel/workbook-operations";
import { simCell, simulateWorkbook } from "../../src/simulated-excel";
import { seed2021 } from "../fixtures/seed";
import { sheetOf } from "../simulated-excel/fixtures";
import { openTab, renderLoadedApp, type RenderedPane } from "./support/render";

// jsdom's window has no structuredClone (Node's and the browsers' have): the simulated host backs up its model with it before a write.
globalThis.structuredClone ??= ((value: unknown) => deserialize(serialize(value))) as typeof structuredClone;

const NBSP = "\u00a0";
const HEADER = ["N°", "Site", "Êtes-vous satisfait de l'accueil ?", "L'agent s'est-il présenté ?", "Note (1 à 5)"];
const THERE: (string | number)[][] = [
  [1, "PAN", "Très satisfait", "Oui", 5],
  [2, "Préfecture", "Plutôt satisfait", "Non", 4],
];
/** As copied from Excel: tab-separated, one row already in the sheet, two new ones. */
const PASTED = [HEADER, THERE[1], [3, "PAN", "Peu satisfait", "Oui", 2], [4, "BMI", "Très satisfait", "Peut-être", 5]].map((row) => row.join("\t")).join("\n");

function workbookWithSurvey() {
  return simulateWorkbook({ sheets: [seed2021(), sheetOf("Enquête 2021", [HEADER, ...THERE])] });
}

async function pasteAndPreview(excel: ReturnType<typeof simulateWorkbook>): Promise<RenderedPane> {
  const rendered = await renderLoadedApp(createWorkbookOperations(excel.run));
  await openTab(rendered.user, "Saisie mensuelle");
  await rendered.user.click(screen.getByRole("textbox", { name: "Réponses à coller" }));
  await rendered.user.paste(PASTED);
  await rendered.user.click(screen.getByRole("button", { name: "Prévisualiser les réponses" }));
  await screen.findByRole("region", { name: "Aperçu de l’enquête 2021" });
  return rendered;
}

const preview = () => screen.getByRole("region", { name: "Aperçu de l’enquête 2021" });

describe("pasting survey answers in Saisie", () => {
  it("previews the questions found with their scales, the respondents and the rates", async () => {
    await pasteAndPreview(workbookWithSurvey());
    const table = within(preview()).getByRole("table", { name: "Aperçu de l’enquête 2021" });
    expect(within(table).getAllByRole("columnheader").map((header) => header.textContent)).toEqual(["Question et échelle", "Taux", "Réponses"]);
    // Each question with its scale under it, in the question's cell.
    const rows = within(table)
      .getAllByRole("row")
      .slice(1)
      .map((row) => {
        const cell = within(row).getAllByRole("cell")[0];
        return [cell.firstChild?.textContent, cell.lastChild?.textContent];
      });
    expect(rows).toEqual([
      ["Êtes-vous satisfait de l'accueil ?", "Satisfaction"],
      ["L'agent s'est-il présenté ?", "Oui / Non"],
      ["Note (1 à 5)", "Note de 1 à 5"],
    ]);
    // 2 + 1 + 2 satisfied of 3 + 2 + 3 answers.
    const overall = within(preview()).getByText("Taux de satisfaction global").nextElementSibling;
    expect(overall?.textContent).toMatch(new RegExp(`^62,5${NBSP}% ±${NBSP}[0-9,]+${NBSP}points, 3${NBSP}répondants$`));
  });

  it("shows an answer off its scale with its line", async () => {
    await pasteAndPreview(workbookWithSurvey());
    const problems = within(preview()).getByRole("list", { name: "Problèmes de l’enquête" });
    expect(within(problems).getByText(/«\s?Peut-être\s?»/)).toBeInTheDocument();
    expect(within(problems).getByText("ligne 4")).toBeInTheDocument();
  });

  it("writes only the new respondents below the sheet's rows and says how many were already there", async () => {
    const excel = workbookWithSurvey();
    const { user } = await pasteAndPreview(excel);
    await user.click(screen.getByRole("button", { name: "Écrire dans le classeur" }));
    expect(
      await screen.findByText("Feuille « Enquête 2021 » complétée : 2 répondants ajoutés, 1 ligne déjà présente non recopiée."),
    ).toBeInTheDocument();
    expect([2, 3, 4, 5, 6].map((row) => simCell(excel, "Enquête 2021", `A${row}`).value)).toEqual([1, 2, 3, 4, null]);
    await waitFor(() => expect(screen.getByRole("button", { name: "Écrire dans le classeur" })).toHaveAttribute("aria-disabled", "true"));
  });
});
