/** The header search's moving window counts what a count from scratch gives, row after row. */
import { readAnswer, readSurveySheet } from "../../../src/domain/survey";
import { AnswerWindow } from "../../../src/domain/survey/answer-window";
import { ScaleCounts, scalesOf } from "../../../src/domain/survey/question-scale";
import type { ReadAnswer } from "../../../src/domain/survey/answer";
import { grid, type GridEntry } from "../../helpers/cells";

const SPELLINGS = ["Très satisfait", "Oui", "non", "", "Sans avis", "4", "9", "Plutot d'accord", "Moyen", "satisfait"];

/** Rows of 3 columns (the last row shorter, as a pasted export can be), answers cycling through SPELLINGS at different paces. */
const READ: ReadAnswer[][] = Array.from({ length: 40 }, (_, row) =>
  [SPELLINGS[row % SPELLINGS.length], SPELLINGS[(row * 3) % SPELLINGS.length], SPELLINGS[(row * 7 + 1) % SPELLINGS.length]]
    .slice(0, row === 39 ? 2 : 3)
    .map((text) => readAnswer({ text, number: null, numberFormat: "General", error: null, formula: null })),
);

function fromScratch(rows: readonly ReadAnswer[][], column: number): ScaleCounts {
  const counts = new ScaleCounts();
  for (const row of rows) {
    const cell = row[column];
    if (cell?.kind === "answer") counts.add(scalesOf(cell.answer));
  }
  return counts;
}

describe("the answer window of the survey header search", () => {
  it.each([5, 12, 60])("counts, for a window of %i rows moved down row by row, each column as a count from scratch", (size) => {
    const window = new AnswerWindow(READ, size, 3, scalesOf);
    for (let row = 0; row < 38; row++) {
      window.below(row);
      for (let column = 0; column < 3; column++) {
        const expected = fromScratch(READ.slice(row + 1, row + 1 + size), column);
        expect({ row, column, total: window.column(column).total, perScale: window.column(column).perScale }).toEqual({
          row,
          column,
          total: expected.total,
          perScale: expected.perScale,
        });
      }
    }
  });
});

describe("a survey longer than the rows the header is judged on", () => {
  const answers = ["Très satisfait", "Plutôt satisfait", "Peu satisfait"];
  const rows: GridEntry[][] = Array.from({ length: 450 }, (_, index) => [index + 1, answers[index % 3], index % 4 === 0 ? "Non" : "Oui"]);
  const survey = readSurveySheet(grid("Enquête 2021", [["Enquête de satisfaction 2021"], [], ["Réponses du formulaire"], ["N°", "Êtes-vous satisfait de l'accueil ?", "L'agent s'est-il présenté ?"], ...rows]));

  it("finds the header under the title rows and reads every respondent below it", () => {
    expect(survey?.respondents).toBe(450);
    expect(survey?.questions.map((question) => [question.question, question.headerCell, question.n, question.satisfied])).toEqual([
      ["Êtes-vous satisfait de l'accueil ?", "B4", 450, 300],
      ["L'agent s'est-il présenté ?", "C4", 450, 337],
    ]);
  });
});
