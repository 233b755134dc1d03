/**
 * « Enquête <année> » for a long survey, as a COPIL member reads it printed: every chart on one page with the
 * section's title above the first, each table's header on each page it continues on, long site names whole,
 * counts grouped by thousands.
 */
import { analyzeWorkbook } from "../../src/domain/analysis";
import { planReport } from "../../src/report";
import { wrappedLines } from "../../src/report/cells";
import { landscapePageCapacity } from "../../src/report/page-layout";
import type { PlannedSheet } from "../../src/report/plan";
import { grid, workbook, type GridEntry } from "../helpers/cells";
import { OPTIONS } from "./fixtures";

const NBSP = "\u00a0";
const NNBSP = "\u202f";
const SATISFACTION = ["Très satisfait", "Plutôt satisfait", "Plutôt satisfait", "Peu satisfait"];
const SITES = ["Sous-préfecture de Saint-Flour", "Préfecture"];

/** `questions` satisfaction questions and two yes/no ones, answered by `respondents` people at two sites. */
function surveySheet(questions: number, respondents: number): PlannedSheet {
  const header: GridEntry[] = ["N°", "Site", ...Array.from({ length: questions }, (_, q) => `Êtes-vous satisfait du service n° ${q + 1} ?`), "L'agent s'est-il présenté ?", "Avez-vous obtenu une réponse ?"];
  const rows: GridEntry[][] = Array.from({ length: respondents }, (_, r) => [
    r + 1,
    SITES[r % 2],
    ...Array.from({ length: questions }, (_, q) => SATISFACTION[(r + q) % 4]),
    r % 6 === 0 ? "Non" : "Oui",
    "Oui",
  ]);
  const tables = grid("Indicateurs 2021", [["Indicateur", "Résultat", "Cible"], ["Taux d'appels aboutis", "94 %", "> 90 %"]]);
  const outcome = analyzeWorkbook(workbook(tables, grid("Enquête 2021", [header, ...rows])));
  if (!outcome.ok) throw new Error(outcome.message);
  const found = planReport(outcome.analysis, OPTIONS).sheets.find((sheet) => sheet.name === "Enquête 2021");
  if (!found) throw new Error("no survey sheet");
  return found;
}

const textAt = (sheet: PlannedSheet, row: number, column: number): string | undefined => {
  const cell = sheet.cells.find((candidate) => candidate.row === row && candidate.column === column);
  return cell?.value.kind === "text" ? cell.value.text : undefined;
};
const rowOf = (sheet: PlannedSheet, text: string): number => sheet.cells.find((cell) => cell.value.kind === "text" && cell.value.text === text)?.row ?? -1;
const heightOf = (sheet: PlannedSheet, row: number): number => [...(sheet.rowHeights ?? [])].reverse().find((entry) => entry.row === row)?.height ?? 15;

/** The first row of each printed page: pages break at the planned breaks and where the next row does not fit. */
function pageStarts(sheet: PlannedSheet): number[] {
  const capacity = landscapePageCapacity(sheet.columnWidths.map((column) => column.width));
  const last = Math.max(...sheet.cells.map((cell) => cell.row));
  const starts = [1];
  let used = 0;
  for (let row = 1; row <= last; row++) {
    const height = heightOf(sheet, row);
    if (row > 1 && ((sheet.pageBreaksBefore ?? []).includes(row) || used + height > capacity)) {
      starts.push(row);
      used = 0;
    }
    used += height;
  }
  return starts;
}

describe("the survey sheet of a long survey (20 satisfaction questions, 1 200 respondents, two sites)", () => {
  const sheet = surveySheet(20, 1200);
  const capacity = landscapePageCapacity(sheet.columnWidths.map((column) => column.width));

  it("groups thousands in the headline and in the distribution of answers", () => {
    const headline = sheet.cells.find((cell) => cell.style === "headline")?.value;
    expect(headline).toMatchObject({ kind: "text", text: expect.stringContaining(`(1${NNBSP}200${NBSP}répondants,`) });
    const presented = rowOf(sheet, "L'agent s'est-il présenté ?");
    expect(textAt(sheet, presented, 8)).toBe(`Oui${NBSP}: 1${NNBSP}000 · Non${NBSP}: 200`);
  });

  it("writes the questions' header again at the top of each page the table continues on", () => {
    const starts = pageStarts(sheet);
    const headers = sheet.cells.filter((cell) => cell.column === 2 && cell.style === "header" && cell.value.kind === "text" && cell.value.text === "Réponses").map((cell) => cell.row);
    expect(headers.length).toBeGreaterThan(1);
    for (const row of headers.slice(1)) {
      expect(starts).toContain(row);
      expect(sheet.pageBreaksBefore ?? []).toContain(row);
    }
    // Every page the table runs over opens with its header.
    const tableEnd = rowOf(sheet, "Avez-vous obtenu une réponse ?");
    for (const start of starts.filter((row) => row > headers[0] && row <= tableEnd)) expect(headers).toContain(start);
  });

  it("gives the site header the height of « Sous-préfecture de Saint-Flour » wrapped in its column, and repeats it", () => {
    const siteHeaders = sheet.cells.filter((cell) => cell.value.kind === "text" && cell.value.text === SITES[0] && cell.style === "header").map((cell) => cell.row);
    expect(siteHeaders.length).toBeGreaterThanOrEqual(1);
    for (const row of siteHeaders) expect(heightOf(sheet, row)).toBeGreaterThanOrEqual(4 * 15);
  });

  it("draws the 20 satisfaction questions in one chart no taller than a page, on the page of the section's title", () => {
    const satisfaction = sheet.charts.filter((chart) => chart.name.startsWith("BilanQualite_Enquete_satisfaction"));
    expect(satisfaction.map((chart) => chart.title)).toEqual(["Répartition des réponses — questions de satisfaction"]);
    const title = sheet.cells.find((cell) => cell.style === "section" && cell.value.kind === "text" && cell.value.text === "Répartition des réponses")?.row ?? -1;
    const anchor = satisfaction[0].anchor.row;
    expect((sheet.pageBreaksBefore ?? []).filter((row) => row > title && row <= anchor)).toEqual([]);
    const chartPoints = (Math.ceil(satisfaction[0].heightPx / 20) + 1) * 15;
    expect(22 + 15 + chartPoints).toBeLessThanOrEqual(capacity);
  });

  it("never lets a chart run over a page break", () => {
    const starts = pageStarts(sheet);
    for (const chart of sheet.charts) {
      const rows = Math.ceil(chart.heightPx / 20) + 1;
      const page = (row: number): number => starts.filter((start) => start <= row).length;
      expect(page(chart.anchor.row + rows - 1)).toBe(page(chart.anchor.row));
    }
  });
});

describe("the survey sheet of a survey of 40 satisfaction questions", () => {
  const sheet = surveySheet(40, 60);

  it("splits the satisfaction questions into two charts of 20, each titled with its part and reading its own counts", () => {
    const satisfaction = sheet.charts.filter((chart) => chart.name.startsWith("BilanQualite_Enquete_satisfaction"));
    expect(satisfaction.map((chart) => [chart.name, chart.title])).toEqual([
      ["BilanQualite_Enquete_satisfaction_1", "Répartition des réponses — questions de satisfaction (1/2)"],
      ["BilanQualite_Enquete_satisfaction_2", "Répartition des réponses — questions de satisfaction (2/2)"],
    ]);
    const [first, second] = satisfaction.map((chart) => chart.categories.range);
    expect([first.bottom - first.top + 1, second.bottom - second.top + 1]).toEqual([20, 20]);
    // Bars are drawn from the bottom up: each chart's first question is its block's last row.
    expect(textAt(sheet, first.bottom, 1)).toBe("Êtes-vous satisfait du service n° 1 ?");
    expect(textAt(sheet, second.bottom, 1)).toBe("Êtes-vous satisfait du service n° 21 ?");
  });
});

describe("lines a short text takes wrapped in a column", () => {
  it.each([
    ["Préfecture", 10, 1],
    ["Sous-préfecture de Mauriac", 10, 3],
    ["Sous-préfecture de Saint-Flour", 10, 4],
    ["Sous-préfecture de Saint-Flour", 44, 1],
    ["BMI", 1, 3],
    ["Maison France services\nde Murat", 13, 3],
  ])("« %s » in a column %i wide: %i", (text, width, lines) => {
    expect(wrappedLines(text, width)).toBe(lines);
  });
});
