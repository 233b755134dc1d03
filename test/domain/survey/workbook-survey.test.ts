import { analyzeWorkbook, type Analysis } from "../../../src/domain/analysis";
import { workbookSurveys } from "../../../src/domain/analysis/survey";
import { readSurveySheet } from "../../../src/domain/survey";
import { grid, workbook, type GridEntry } from "../../helpers/cells";
import { SURVEY_HEADER, SURVEY_ROWS } from "./fixtures";

const indicators = (year: number, satisfaction: string): ReturnType<typeof grid> =>
  grid(`Indicateurs ${year}`, [
    ["Indicateur", "Résultat", "Cible"],
    ["Taux d'appels aboutis", "94 %", "> 90 %"],
    ["Taux de satisfaction des usagers", satisfaction, ""],
  ]);

const survey2021 = (name = "Enquête 2021", title: readonly GridEntry[][] = []): ReturnType<typeof grid> =>
  grid(name, [...title, SURVEY_HEADER, ...SURVEY_ROWS]);

function analyze(...sheets: ReturnType<typeof grid>[]): Analysis {
  const outcome = analyzeWorkbook(workbook(...sheets));
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.analysis;
}

describe("a survey sheet's figures, computed by hand", () => {
  const survey = readSurveySheet(survey2021());

  it("takes the questions, not the respondent number, date, site or comment columns", () => {
    expect(survey?.questions.map((q) => [q.column, q.scale])).toEqual([
      ["D", "satisfaction"],
      ["E", "yes_no"],
      ["F", "score_0_10"],
    ]);
  });

  it("counts 9 respondents (a row of no-answers only is none) and reads the year from the sheet's name", () => {
    expect(survey).toMatchObject({ sheet: "Enquête 2021", year: 2021, respondents: 9 });
  });

  it("computes the satisfaction question: 9 answers (« Sans avis » left out), 7 satisfied, 2 dissatisfied", () => {
    const question = survey?.questions[0];
    expect(question).toMatchObject({
      n: 9,
      counts: { "Très satisfait": 4, "Plutôt satisfait": 3, "Plutôt pas satisfait": 1, "Pas du tout satisfait": 1 },
      mean: null,
    });
    expect(question?.satisfactionRate).toBeCloseTo((7 / 9) * 100, 9); // 77,78 %
    expect(question?.netRate).toBeCloseTo(((7 - 2) / 9) * 100, 9); // 55,56
    expect(question?.margin).toBeCloseTo(1.96 * Math.sqrt(((7 / 9) * (2 / 9)) / 9) * 100, 9); // 27,16 points
  });

  it("computes the yes/no question: a blank and an answer off the scale are not counted", () => {
    const question = survey?.questions[1];
    expect(question).toMatchObject({ n: 8, counts: { Oui: 6, Non: 2 }, satisfactionRate: 75, netRate: 50 });
    expect(question?.margin).toBeCloseTo(30.01, 2);
  });

  it("computes the 0–10 scores: ≥ 8 satisfied, ≤ 4 dissatisfied, and their mean", () => {
    const question = survey?.questions[2];
    expect(question).toMatchObject({ n: 9, satisfied: 5, dissatisfied: 2, mean: 7 });
    expect(question?.satisfactionRate).toBeCloseTo(55.56, 2);
  });

  it("pools the overall rate over the questions when none asks about satisfaction as a whole: 18 ÷ 26", () => {
    expect(survey?.overallRate).toBeCloseTo((18 / 26) * 100, 9);
    expect(survey?.overallQuestion).toBeNull();
    // Its margin counts the 9 respondents, not the 26 answers.
    expect(survey?.overallMargin).toBeCloseTo(1.96 * Math.sqrt(((18 / 26) * (8 / 26)) / 9) * 100, 9);
  });

  it("gives each site its respondents and overall rate, « PAN » and « pan » being one site", () => {
    expect(survey?.sites.map((site) => [site.name, site.respondents])).toEqual([
      ["PAN", 4],
      ["Préfecture", 5],
    ]);
    expect(survey?.sites[0].overallRate).toBeCloseTo(75, 9); // 9 ÷ 12
    expect(survey?.sites[1].overallRate).toBeCloseTo((9 / 14) * 100, 9);
  });

  it("reports the answer off its scale at its cell, and each small sample at its question's header", () => {
    expect(survey?.issues.map((issue) => [issue.code, issue.cell])).toEqual([
      ["SURVEY_SMALL_SAMPLE", "D1"],
      ["SURVEY_SMALL_SAMPLE", "E1"],
      ["SURVEY_SMALL_SAMPLE", "F1"],
      ["SURVEY_ANSWER_UNREADABLE", "E10"],
    ]);
    expect(survey?.issues[3].message).toContain("«\u00a0Peut-être\u00a0»");
    expect(survey?.issues[0].message).toContain("±\u00a027,2\u00a0points");
  });
});

describe("finding the survey in a workbook", () => {
  it("takes the question about satisfaction as a whole as the overall rate", () => {
    const sheet = grid("Enquête 2021", [
      ["Êtes-vous satisfait de l'accueil ?", "Globalement, êtes-vous satisfait ?"],
      ["Très satisfait", "Pas satisfait"],
      ["Plutôt satisfait", "Satisfait"],
    ]);
    const survey = readSurveySheet(sheet);
    expect(survey).toMatchObject({ overallRate: 50, overallQuestion: "Globalement, êtes-vous satisfait ?" });
  });

  it("finds a survey by its content under any name, below a title that gives its year", () => {
    const found = workbookSurveys(workbook(indicators(2021, "90 %"), survey2021("Feuil3", [["Questionnaire usagers — printemps 2021"], []])));
    expect(found.map((survey) => [survey.sheet, survey.year])).toEqual([["Feuil3", 2021]]);
  });

  it("reads the year from the date column when neither the name nor a title gives it", () => {
    expect(readSurveySheet(survey2021("Réponses"))?.year).toBe(2021);
  });

  it("never takes the indicator table or the telephony sheet for a survey", () => {
    const telephony = grid("Téléphonie 2021", [["Mois", "Appels reçus", "Appels aboutis"], ["janvier", 1000, 900], ["février", 800, 700]]);
    const oddTable = grid("Indicateurs 2020", [
      ["Indicateur", "Résultat", "Cible", "Atteint ?", "Mesuré ?"],
      ["Taux d'appels aboutis", "95 %", "> 90 %", "Oui", "Oui"],
      ["Taux de connexion", "19 %", "5 %", "Oui", "Non"],
    ]);
    expect(workbookSurveys(workbook(indicators(2021, "90 %"), oddTable, telephony))).toEqual([]);
  });

  it("does not take a sheet of a few yes/no columns among many others for a survey", () => {
    const list = grid("Agents", [
      ["Nom", "Prénom", "Service", "Bureau", "Télétravail", "Formé"],
      ["Martin", "Anne", "Accueil", "B12", "Oui", "Non"],
      ["Durand", "Paul", "Courrier", "B14", "Non", "Oui"],
    ]);
    expect(workbookSurveys(workbook(list))).toEqual([]);
  });

  it("reports a question whose answers are on no known scale at its header, and leaves it out", () => {
    const sheet = grid("Enquête 2021", [
      ["Êtes-vous satisfait de l'accueil ?", "Qualité de l'information"],
      ["Très satisfait", "Excellente"],
      ["Plutôt satisfait", "Bonne"],
      ["Satisfait", "Moyenne"],
    ]);
    const survey = readSurveySheet(sheet);
    expect(survey?.questions.map((q) => q.question)).toEqual(["Êtes-vous satisfait de l'accueil ?"]);
    const unknown = survey?.issues.find((issue) => issue.cell === "B1");
    expect(unknown).toMatchObject({ code: "SURVEY_ANSWER_UNREADABLE", severity: "warning" });
    expect(unknown?.message).toContain("aucune échelle connue");
  });

  it("reads a score question of 1 to 5 as such, and one that says « sur 10 » as 0 to 10", () => {
    const sheet = grid("Enquête 2021", [["Note de l'accueil", "Note de l'attente sur 10"], [4, 4], [5, 5], [3, 2]]);
    expect(readSurveySheet(sheet)?.questions.map((q) => q.scale)).toEqual(["score_1_5", "score_0_10"]);
  });
});

describe("the survey in the analysis", () => {
  it("carries the analysed year's survey with each question's change against last year's", () => {
    const lastYear = grid("Enquête 2020", [
      ["Etes-vous satisfait de l’accueil ?", "Autre question"],
      ["Très satisfait", "Oui"],
      ["Pas satisfait", "Non"],
    ]);
    const analysis = analyze(indicators(2020, "70 %"), indicators(2021, "70 %"), lastYear, survey2021());
    expect(analysis.survey).toMatchObject({ sheet: "Enquête 2021", year: 2021, previousYear: 2020 });
    expect(analysis.survey?.questions[0].previous).toBe(50);
    expect(analysis.survey?.questions[0].change).toBeCloseTo((7 / 9) * 100 - 50, 9);
    expect(analysis.survey?.questions[1]).toMatchObject({ previous: null, change: null });
  });

  it("has no survey when the analysed year has none", () => {
    const analysis = analyze(indicators(2022, "70 %"), survey2021());
    expect(analysis.survey).toBeNull();
  });

  it("warns at the table's result cell when its satisfaction rate is further from the survey's than the margin", () => {
    // 69,23 % ± 30,15 points in the survey.
    const analysis = analyze(indicators(2021, "30 %"), survey2021());
    const issue = analysis.issues.find((i) => i.code === "SURVEY_RATE_DIFFERS_FROM_TABLE");
    expect(issue).toMatchObject({ sheet: "Indicateurs 2021", cell: "B3", severity: "warning" });
    expect(issue?.message).toContain("69,2\u00a0%");
  });

  it("does not warn when the table's satisfaction rate is within the survey's margin", () => {
    const analysis = analyze(indicators(2021, "98 %"), survey2021());
    expect(analysis.issues.map((i) => i.code)).not.toContain("SURVEY_RATE_DIFFERS_FROM_TABLE");
  });
});
