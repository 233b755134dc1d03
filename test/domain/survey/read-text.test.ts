import { readFileSync } from "fs";
import { join } from "path";
import iconv from "iconv-lite";
import { parseSurveyText } from "../../../src/domain/survey";
import { decodeExportBytes } from "../../../src/cli/decode-export";

const FIXTURES = join(__dirname, "../../fixtures/survey");

describe("a survey export read as text", () => {
  const survey = parseSurveyText(decodeExportBytes(readFileSync(join(FIXTURES, "enquete-2021.csv"))));

  it("reads a UTF-8 file with BOM, « ; » separated, below a title giving its year", () => {
    expect(survey?.year).toBe(2021);
    expect(survey?.questions.map((q) => [q.question, q.column, q.scale])).toEqual([
      ["Êtes-vous satisfait de l'accueil téléphonique ?", "C", "satisfaction"],
      ["L'agent s'est-il présenté ?", "D", "yes_no"],
    ]);
  });

  it("keeps a quoted comment holding the separator and a line break in one field, and counts the lines after it", () => {
    expect(survey?.respondents).toBe(3);
    const offScale = survey?.issues.find((issue) => issue.code === "SURVEY_ANSWER_UNREADABLE");
    expect(offScale).toMatchObject({ line: 7, sheet: null, cell: null });
    expect(offScale?.message).toContain("«\u00a0Bof\u00a0»");
  });

  it("gives a small sample's issue the header's line", () => {
    expect(survey?.issues.filter((issue) => issue.code === "SURVEY_SMALL_SAMPLE").map((issue) => issue.line)).toEqual([3, 3]);
  });

  it.each<[string, string]>([
    ["tab", "\t"],
    ["comma", ","],
    ["semicolon", ";"],
  ])("reads a %s-separated export", (_name, separator) => {
    const text = [["Site", "Êtes-vous satisfait ?", "Recommanderiez-vous ? (sur 10)"], ["PAN", "Satisfait", "9"], ["BMI", "Insatisfait", "3"]]
      .map((row) => row.join(separator))
      .join("\n");
    const read = parseSurveyText(text);
    expect(read?.questions.map((q) => [q.scale, q.n, q.satisfactionRate])).toEqual([
      ["satisfaction", 2, 50],
      ["score_0_10", 2, 50],
    ]);
    expect(read?.sites.map((site) => site.name)).toEqual(["PAN", "BMI"]);
  });

  it("reads a Windows-1252 export with « , » separators and quoted answers", () => {
    const text = 'Date,"Êtes-vous satisfait de l\'accueil ?"\r\n12/03/2022,"Très satisfait"\r\n13/03/2022,"Plutôt pas satisfait"\r\n';
    const read = parseSurveyText(decodeExportBytes(iconv.encode(text, "win1252")));
    expect(read).toMatchObject({ year: 2022, respondents: 2 });
    expect(read?.questions[0]).toMatchObject({ question: "Êtes-vous satisfait de l'accueil ?", n: 2, satisfactionRate: 50 });
  });

  it("finds no survey in a text with no answers on a known scale", () => {
    expect(parseSurveyText("Mois;Appels reçus\njanvier;1000\n")).toBeNull();
    expect(parseSurveyText("")).toBeNull();
  });
});
