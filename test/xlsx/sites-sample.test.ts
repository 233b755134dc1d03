import path from "path";
import { analyzeWorkbook, type Analysis } from "../../src/domain/analysis";
import { planReport } from "../../src/report";
import { readWorkbookFile } from "../../src/xlsx/read-workbook";

const SAMPLE = path.join(__dirname, "..", "..", "samples", "classeur-qualite-sites-2019-2022.xlsx");

describe("the second sample workbook samples/classeur-qualite-sites-2019-2022.xlsx", () => {
  let analysis: Analysis;
  beforeAll(async () => {
    const outcome = analyzeWorkbook(await readWorkbookFile(SAMPLE));
    if (!outcome.ok) throw new Error(outcome.message);
    analysis = outcome.analysis;
  });

  it("is analysed for 2022 with four years and no problem", () => {
    expect(analysis).toMatchObject({ year: 2022, previousYear: 2021, availableYears: [2019, 2020, 2021, 2022] });
    expect(analysis.issues).toEqual([]);
  });

  it("adds up its two telephony sites, and the table's rate (a formula over both sheets) agrees", () => {
    expect(analysis.monthly?.sites.map((s) => [s.name, s.annualRate])).toEqual([
      ["Préfecture", 95.43],
      ["Mauriac", 86.01],
    ]);
    expect(analysis.monthly).toMatchObject({ received: 20190, answered: 18953, annualRate: 93.87 });
    expect(analysis.indicators[0]).toMatchObject({ name: "Taux d'appels aboutis", status: "met" });
    expect(analysis.indicators[0].result?.quantity?.value).toBeCloseTo(93.87, 2);
  });

  it("reads a formula whose cached value is 0 as 0 %, met against < 5 %", () => {
    const unanswered = analysis.indicators.find((i) => i.name === "Taux de courriels sans réponse");
    expect(unanswered).toMatchObject({ status: "met", gap: -5 });
    expect(unanswered?.history.map((p) => p.value)).toEqual([6, 4, 2, 0]);
  });

  it("gets the multi-year view in its report", () => {
    const plan = planReport(analysis, { sourceName: "classeur-qualite-sites-2019-2022.xlsx", generatedAt: new Date(2023, 0, 16), tolerance: 0, linkToSource: false, existingSheetNames: [] });
    const summary = plan.sheets.find((sheet) => sheet.role === "summary");
    expect(summary?.charts.map((c) => c.name)).toEqual(["BilanQualite_Resultats", "BilanQualite_Evolution", "BilanQualite_Series", "BilanQualite_Mensuel"]);
  });
});
