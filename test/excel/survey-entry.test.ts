import { sheetNames, simCell, simulateWorkbook } from "../../src/simulated-excel";
import type { WorkbookSnapshot } from "../../src/domain/snapshot";
import { sheetOf } from "../simulated-excel/fixtures";
import { operationsOn, sampleSnapshot, syncsOf } from "./helpers";

const HEADER = ["N°", "Site", "Êtes-vous satisfait de l'accueil ?", "L'agent s'est-il présenté ?", "Note (1 à 5)"];
const ROWS: (string | number)[][] = [
  [1, "PAN", "Très satisfait", "Oui", 5],
  [2, "Préfecture", "Plutôt satisfait", "Non", 4],
  [3, "PAN", "Peu satisfait", "Oui", 2],
];

const tsv = (rows: readonly (readonly (string | number)[])[]): string => [HEADER, ...rows].map((row) => row.join("\t")).join("\n");

async function sampleWith(survey: boolean): Promise<WorkbookSnapshot> {
  const sample = await sampleSnapshot();
  return { sheets: survey ? [...sample.sheets, sheetOf("Enquête 2021", [HEADER, ...ROWS])] : sample.sheets };
}

const columnA = (excel: ReturnType<typeof simulateWorkbook>, rows: number): unknown[] =>
  Array.from({ length: rows }, (_, index) => simCell(excel, "Enquête 2021", `A${index + 2}`).value);

describe("the survey entry on the simulated Excel", () => {
  it("previews a pasted export without a sync when the year is given", async () => {
    const excel = simulateWorkbook(await sampleWith(false));
    const { syncs, result } = await syncsOf(excel, () => operationsOn(excel).previewSurvey(tsv(ROWS), 2021));
    expect(syncs).toBe(0);
    expect(result).toMatchObject({ year: 2021, header: HEADER, analysis: { respondents: 3 } });
    expect(result.analysis.questions.map((question) => question.scale)).toEqual(["satisfaction", "yes_no", "score_1_5"]);
  });

  it("creates « Enquête 2021 » with the header and every respondent when the workbook has no survey", async () => {
    const excel = simulateWorkbook(await sampleWith(false));
    const operations = operationsOn(excel);
    const outcome = await operations.applySurvey(await operations.previewSurvey(tsv(ROWS), 2021));
    expect(outcome).toEqual({ sheet: "Enquête 2021", created: true, added: 3, duplicates: 0 });
    expect(sheetNames(excel)).toContain("Enquête 2021");
    expect(simCell(excel, "Enquête 2021", "C1").value).toBe("Êtes-vous satisfait de l'accueil ?");
    expect([simCell(excel, "Enquête 2021", "C4").value, simCell(excel, "Enquête 2021", "E4").value]).toEqual(["Peu satisfait", 2]);
  });

  it("appends only the new respondents, a row already there (same answers in every column) written once", async () => {
    const excel = simulateWorkbook(await sampleWith(true));
    const operations = operationsOn(excel);
    const pasted = [ROWS[1], [4, "BMI", "Très satisfait", "Oui", 5], ROWS[0], [5, "PAN", "Sans avis", "Non", 3], [4, "BMI", "Très satisfait", "Oui", 5]];
    const outcome = await operations.applySurvey(await operations.previewSurvey(tsv(pasted), 2021));
    expect(outcome).toEqual({ sheet: "Enquête 2021", created: false, added: 2, duplicates: 3 });
    expect(columnA(excel, 6)).toEqual([1, 2, 3, 4, 5, null]);
    expect(simCell(excel, "Enquête 2021", "C6").value).toBe("Sans avis");
  });

  it("changes none of the user's cells when it appends", async () => {
    const excel = simulateWorkbook(await sampleWith(true));
    const before = [1, 2, 3, 4].flatMap((row) => ["A", "B", "C", "D", "E"].map((column) => simCell(excel, "Enquête 2021", `${column}${row}`)));
    const operations = operationsOn(excel);
    await operations.applySurvey(await operations.previewSurvey(tsv([[9, "PAN", "Satisfait", "Oui", 4]]), 2021));
    const after = [1, 2, 3, 4].flatMap((row) => ["A", "B", "C", "D", "E"].map((column) => simCell(excel, "Enquête 2021", `${column}${row}`)));
    expect(after).toEqual(before);
    expect(simCell(excel, "Enquête 2021", "A5").value).toBe(9);
  });

  it("writes 3 or 300 new respondents in the same number of syncs", async () => {
    const many = Array.from({ length: 300 }, (_, index) => [100 + index, "PAN", index % 2 ? "Satisfait" : "Peu satisfait", "Oui", 1 + (index % 5)]);
    const counts: number[] = [];
    for (const rows of [many.slice(0, 3), many]) {
      const excel = simulateWorkbook(await sampleWith(true));
      const operations = operationsOn(excel);
      const preview = await operations.previewSurvey(tsv(rows), 2021);
      const { syncs, result } = await syncsOf(excel, () => operations.applySurvey(preview));
      expect(result.added).toBe(rows.length);
      counts.push(syncs);
    }
    expect(counts[0]).toBe(counts[1]);
    expect(counts[0]).toBeLessThanOrEqual(4);
  });
});
