/** The benchmark's survey workbook holds what `npm run bench` says it measures. */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { analyzeWorkbook, type Analysis } from "../../src/domain/analysis";
import type { WorkbookSnapshot } from "../../src/domain/snapshot";
import { readWorkbookFile } from "../../src/xlsx/read-workbook";

// Plain JavaScript, loaded as it runs under `npm run bench`.
const generator = require("../../scripts/bench/workbook/survey-workbook") as {
  makeSurveyWorkbook: (outPath: string, options?: { respondents?: number }) => Promise<string>;
};

const directory = fs.mkdtempSync(path.join(os.tmpdir(), "bilan-qualite-survey-generator-test-"));
afterAll(() => fs.rmSync(directory, { recursive: true, force: true }));

let snapshot: WorkbookSnapshot;
let analysis: Analysis;

beforeAll(async () => {
  snapshot = await readWorkbookFile(await generator.makeSurveyWorkbook(path.join(directory, "enquete.xlsx")));
  const outcome = analyzeWorkbook(snapshot, {});
  if (!outcome.ok) throw new Error(outcome.message);
  analysis = outcome.analysis;
}, 30_000);

describe("the benchmark's survey workbook", () => {
  it("holds the sample's sheets and one survey sheet of 2,000 rows under its header", () => {
    expect(snapshot.sheets.map((sheet) => sheet.name)).toEqual(["Indicateurs 2021", "Indicateurs 2020", "Téléphonie 2021", "Réponses enquête 2021"]);
    expect(snapshot.sheets[3].cells).toHaveLength(2001);
  });

  it("is analysed as the sample is, with 2021's survey: 2,000 respondents, 30 questions", () => {
    expect(analysis.year).toBe(2021);
    expect(analysis.summary).toEqual({ met: 6, not_met: 0, no_target: 2, not_measured: 1, invalid: 1 });
    expect(analysis.survey).toMatchObject({ sheet: "Réponses enquête 2021", year: 2021, respondents: 2000 });
    expect(analysis.survey?.questions).toHaveLength(30);
  });

  it("asks questions on every scale, each read from the spellings people type", () => {
    const kinds = analysis.survey?.questions.map((question) => question.scale) ?? [];
    const count = (kind: string): number => kinds.filter((scale) => scale === kind).length;
    expect([count("satisfaction"), count("agreement"), count("yes_no"), count("score_1_5"), count("score_0_10")]).toEqual([16, 5, 4, 3, 2]);
    // Blanks and no-answer forms are not counted; every other answer is on its question's scale but one in 400.
    const answered = analysis.survey?.questions.map((question) => question.n) ?? [];
    expect(Math.min(...answered)).toBeGreaterThan(1700);
    expect(Math.max(...answered)).toBeLessThan(2000);
  });

  it("gives five sites, « prefecture » typed without its accent being the préfecture", () => {
    expect(analysis.survey?.sites.map((site) => site.name).sort()).toEqual(["BMI", "PAN", "Préfecture", "Sous-préfecture de Mauriac", "Sous-préfecture de Saint-Flour"]);
    expect(analysis.survey?.sites.reduce((sum, site) => sum + site.respondents, 0)).toBe(2000);
  });

  it("reports the five answers on no scale at their cells, and nothing else about the survey", () => {
    const issues = analysis.survey?.issues ?? [];
    expect(issues.map((issue) => [issue.code, issue.cell])).toEqual([400, 800, 1200, 1600, 2000].map((row) => ["SURVEY_ANSWER_UNREADABLE", `E${row + 1}`]));
  });
});
