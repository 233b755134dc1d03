import { planReport } from "../../src/report";
import type { PlannedSheet, RangeRef } from "../../src/report/plan";
import { analyze } from "../domain/analysis/fixtures/analyze";
import { grid, percentCell } from "../helpers/cells";
import { OPTIONS } from "./fixtures";
import { cellAt, sheetByRole } from "./plan-helpers";

const HEADER = ["Indicateur", "Résultat", "Cible"];

/** 2020 and 2021 tables; `broken` holds the entry that is itself an error. */
function reportOf(result2021: ReturnType<typeof percentCell>, result2020: ReturnType<typeof percentCell>) {
  const analysis = analyze([
    grid("Indicateurs 2020", [HEADER, ["Taux d'appels aboutis", percentCell(0.95), "> 90 %"], ["Taux de connexion au site", result2020, "5 %"]]),
    grid("Indicateurs 2021", [HEADER, ["Taux d'appels aboutis", percentCell(0.94), "> 90 %"], ["Taux de connexion au site", result2021, "5 %"]]),
  ]);
  const plan = planReport(analysis, OPTIONS);
  return { analysis, summary: sheetByRole(plan, "summary"), data: sheetByRole(plan, "chart-data") };
}

function plotted(sheet: PlannedSheet, ref: RangeRef): (string | number | null)[] {
  const values: (string | number | null)[] = [];
  for (let row = ref.range.top; row <= ref.range.bottom; row++) {
    const value = cellAt(sheet, row, ref.range.left)?.value;
    values.push(value === undefined ? null : value.kind === "text" ? value.text : value.kind === "number" ? value.number : null);
  }
  return values;
}

describe("charts never plot a value that is itself an error", () => {
  it("leaves a result of −121 105 % out of the results and evolution charts", () => {
    const { analysis, summary, data } = reportOf(percentCell(-1211.05), percentCell(0.19));
    expect(analysis.issues.map((issue) => issue.code)).toContain("PERCENT_OUT_OF_RANGE");
    for (const chart of summary.charts) {
      expect(plotted(data, chart.categories)).toEqual(["Taux d'appels aboutis"]);
      for (const series of chart.series) expect(plotted(data, series.values).every((v) => typeof v === "number" && v >= 0 && v <= 100)).toBe(true);
    }
  });

  it("leaves out a previous year's result of −121 105 %, and gives no change against it", () => {
    const { analysis, summary, data } = reportOf(percentCell(0.18), percentCell(-1211.05));
    const site = analysis.indicators.find((i) => i.name === "Taux de connexion au site");
    expect([site?.previous?.value, site?.change]).toEqual([null, null]);
    const evolution = summary.charts.find((chart) => chart.name === "BilanQualite_Evolution");
    expect(evolution && plotted(data, evolution.categories)).toEqual(["Taux d'appels aboutis"]);
  });
});
