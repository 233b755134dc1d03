/** The planner on the real engine's analysis of the sample workbook (samples/classeur-qualite-2021.xlsx). */
import * as path from "node:path";
import { analyzeWorkbook } from "../../src/domain/analysis";
import type { Analysis } from "../../src/domain/analysis/types";
import { planReport } from "../../src/report";
import { readWorkbookFile } from "../../src/xlsx/read-workbook";
import { OPTIONS } from "./fixtures";
import { cellAt, plain, rowOf, sheetByRole, textAt } from "./plan-helpers";

const SAMPLE = path.join(__dirname, "..", "..", "samples", "classeur-qualite-2021.xlsx");

let analysis: Analysis;

beforeAll(async () => {
  const outcome = analyzeWorkbook(await readWorkbookFile(SAMPLE), {});
  if (!outcome.ok) throw new Error(outcome.message);
  analysis = outcome.analysis;
});

describe("the report of the sample workbook", () => {
  it("gives the seed's headline and statuses", () => {
    const summary = sheetByRole(planReport(analysis, OPTIONS), "summary");
    expect(textAt(summary, 1, 1)).toBe("Bilan qualité 2021");
    expect(textAt(summary, 4, 1)).toBe("6 cibles atteintes sur 7 indicateurs évalués");
    expect.assertions(2 + 4);
    for (const [name, status] of [
      ["Taux d'appels aboutis", "Atteint"],
      ["Délai de réponse dans les 5 jours", "Atteint"],
      ["Délai d'information des élus en temps de crise", "À corriger"],
      ["Taux d'activation dans les délais annoncés de la CIP", "Non mesuré"],
    ]) {
      expect(textAt(summary, rowOf(summary, name), 4)).toBe(status);
    }
  });

  it("tells the changes the seed tells", () => {
    const summary = sheetByRole(planReport(analysis, OPTIONS), "summary");
    const texts = summary.cells.flatMap((cell) => (cell.value.kind === "text" ? [plain(cell.value.text)] : []));
    expect(texts).toContain("• Taux d'appels aboutis : 94 %, en baisse d'un point par rapport à 2020.");
    expect(texts).toContainEqual(expect.stringMatching(/^• Taux annuel d'appels aboutis calculé sur 12 mois : 94,1 %/));
  });

  it("lists the implausible target in the checks, linked when the report lives in the workbook", () => {
    const checks = sheetByRole(planReport(analysis, { ...OPTIONS, linkToSource: true }), "checks");
    const row = rowOf(checks, "TARGET_IMPLAUSIBLE", 5);
    expect(cellAt(checks, row, 3)?.link).toEqual({ kind: "cell", sheet: "Indicateurs 2021", cell: "D11" });
  });
});
