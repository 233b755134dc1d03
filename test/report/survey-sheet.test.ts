import { analyzeWorkbook, type Analysis } from "../../src/domain/analysis";
import { planReport } from "../../src/report";
import type { PlannedSheet } from "../../src/report/plan";
import { readWorkbookFile } from "../../src/xlsx/read-workbook";
import { OPTIONS, seedAnalysis } from "./fixtures";

const NBSP = "\u00a0";
const SAMPLE = "samples/enquete-satisfaction-2021.xlsx";

let analysis: Analysis;
let sheet: PlannedSheet;
const texts = (): string[] => sheet.cells.flatMap((cell) => (cell.value.kind === "text" ? [cell.value.text] : []));
const textAt = (row: number, column: number): string | undefined => {
  const found = sheet.cells.find((cell) => cell.row === row && cell.column === column);
  return found?.value.kind === "text" ? found.value.text : undefined;
};

beforeAll(async () => {
  const outcome = analyzeWorkbook(await readWorkbookFile(SAMPLE));
  if (!outcome.ok) throw new Error(outcome.message);
  analysis = outcome.analysis;
  const plan = planReport(analysis, OPTIONS);
  const found = plan.sheets.find((candidate) => candidate.name === "Enquête 2021");
  if (!found) throw new Error("no survey sheet");
  sheet = found;
});

describe("the « Enquête 2021 » sheet of the survey sample", () => {
  it("comes after the summary and the checks, tagged as the year's survey", () => {
    const plan = planReport(analysis, OPTIONS);
    expect(plan.sheets.map((s) => s.name)).toEqual(["Synthèse 2021", "Contrôles 2021", "Enquête 2021", "Données graphiques 2021"]);
    expect(sheet).toMatchObject({ role: "survey", year: 2021 });
  });

  it("heads with the overall rate, its respondents and its margin", () => {
    expect(texts()).toContain(`97${NBSP}% des usagers satisfaits dans l'ensemble (120${NBSP}répondants, ±${NBSP}3,2${NBSP}points)`);
  });

  it("gives each question its n, rate, margin and change in the table, the small sample flagged", () => {
    const row = sheet.cells.find((cell) => cell.value.kind === "text" && cell.value.text.startsWith("Êtes-vous satisfait du délai"))?.row ?? 0;
    expect([2, 3, 4, 7].map((column) => textAt(row, column))).toEqual([
      "23",
      `78${NBSP}%`,
      `±${NBSP}16,9${NBSP}points\n(moins de 30 réponses)`,
      `\u221214,6${NBSP}points`,
    ]);
    expect(sheet.cells.find((cell) => cell.row === row && cell.column === 4)?.style).toBe("survey-small-sample");
  });

  it("writes the seed's sentences, flagging the small sample with its margin", () => {
    expect(texts()).toContain(`• 97${NBSP}% des usagers sont satisfaits de l'accueil et de l'information téléphonique (115${NBSP}réponses, ±${NBSP}2,9${NBSP}points).`);
    expect(texts()).toContain(
      `• 78${NBSP}% des usagers sont satisfaits du délai de réponse à leur courriel (23${NBSP}réponses, ±${NBSP}16,9${NBSP}points) — moins de 30${NBSP}réponses${NBSP}: à lire avec prudence.`,
    );
  });

  it("gives each site a column, its respondents and overall rate", () => {
    const header = sheet.cells.find((cell) => cell.value.kind === "text" && cell.value.text === "Préfecture")?.row ?? 0;
    expect([2, 3, 4].map((column) => textAt(header, column))).toEqual(["Préfecture", "PAN", "BMI"]);
    expect(textAt(header + 1, 1)).toBe("Répondants");
    expect([2, 3, 4].map((column) => textAt(header + 1, column))).toEqual(["71", "33", "16"]);
    const overallStyles = [2, 3, 4].map((column) => sheet.cells.find((cell) => cell.row === header + 2 && cell.column === column)?.style);
    expect(overallStyles).toEqual(["value", "value", "survey-small-sample"]);
  });

  it("draws one native 100 % stacked bar chart per scale, a series per level in the scale's order, reading the sheet's counts", () => {
    expect(sheet.charts.map((chart) => [chart.kind, chart.title])).toEqual([
      ["bar-stacked-100", "Répartition des réponses — questions de satisfaction"],
      ["bar-stacked-100", "Répartition des réponses — questions Oui / Non"],
      ["bar-stacked-100", "Répartition des réponses — questions d'accord"],
      ["bar-stacked-100", "Répartition des réponses — notes sur 5"],
    ]);
    const satisfaction = sheet.charts[0];
    expect(satisfaction.series.map((series) => series.name)).toEqual(["Très satisfait", "Plutôt satisfait", "Plutôt pas satisfait", "Pas du tout satisfait"]);
    const { top, bottom, left } = satisfaction.series[0].values.range;
    expect(satisfaction.series[0].values.sheet).toBe("Enquête 2021");
    // Bars are drawn from the bottom up: the first question is the block's last row.
    expect(textAt(bottom, 1)).toBe("Êtes-vous satisfait de l'accueil et de l'information téléphonique ?");
    const counts = [...Array(bottom - top + 1).keys()].map((i) => sheet.cells.find((cell) => cell.row === top + i && cell.column === left)?.value);
    expect(counts).toEqual([{ kind: "number", number: 61 }, { kind: "number", number: 9 }, { kind: "number", number: 72 }]);
  });

  it("starts the charts on a printed page of their own, and never repeats the questions' header over the other sections", () => {
    const chartsTitle = sheet.cells.find((cell) => cell.style === "section" && cell.value.kind === "text" && cell.value.text === "Répartition des réponses")?.row;
    expect(sheet.pageBreaksBefore).toContain(chartsTitle);
    expect(sheet.print.repeatRows).toBeUndefined();
  });
});

describe("the survey in the rest of the report", () => {
  it("names the overall rate in the summary's assessment", async () => {
    const summary = planReport(analysis, OPTIONS).sheets[0];
    const line = summary.cells.find((cell) => cell.value.kind === "text" && cell.value.text.includes("Enquête de satisfaction 2021"));
    expect(line?.value).toEqual({
      kind: "text",
      text: `• Enquête de satisfaction 2021${NBSP}: 97${NBSP}% des usagers satisfaits dans l'ensemble (120${NBSP}répondants, ±${NBSP}3,2${NBSP}points)${NBSP}; détail dans la feuille «${NBSP}Enquête 2021${NBSP}».`,
    });
  });

  it("plans no survey sheet when the year has no survey", () => {
    expect(planReport(seedAnalysis(), OPTIONS).sheets.map((s) => s.role)).not.toContain("survey");
  });

  it("names the survey sheet « Enquête 2021 (2) » when the workbook already has an « Enquête 2021 »", () => {
    const plan = planReport(analysis, { ...OPTIONS, existingSheetNames: ["Enquête 2021"] });
    expect(plan.sheets.map((s) => s.name)).toContain("Enquête 2021 (2)");
    expect(plan.sheets[0].cells.some((cell) => cell.value.kind === "text" && cell.value.text.includes("«\u00a0Enquête 2021 (2)\u00a0»"))).toBe(true);
  });
});
