import type { HistoryPoint, IndicatorAnalysis } from "../../src/domain/analysis/types";
import { planReport } from "../../src/report";
import { writeNarrative } from "../../src/report/narrative";
import { indicator, OPTIONS, percent, seedAnalysis, summarize, target } from "./fixtures";
import { cellAt, plain, sheetByRole } from "./plan-helpers";

const points = (values: readonly (number | null)[], met: readonly (boolean | null)[]): HistoryPoint[] =>
  values.map((value, index) => ({ year: 2018 + index, value, met: met[index] ?? null }));

const calls = indicator(4, {
  name: "Taux d'appels aboutis",
  result: { raw: "96 %", quantity: percent(96) }, target: { raw: ">90 %", quantity: target(percent(90), ">") },
  status: "met", gap: 6,
  history: points([88, 91, 93, 96], [false, true, true, true]),
});
const lost = indicator(5, {
  name: "Taux d'appels perdus", direction: "lower",
  result: { raw: "12 %", quantity: percent(12) }, target: { raw: "< 10 %", quantity: target(percent(10), "<") },
  status: "not_met", gap: 2,
  history: points([8, 9, 11, 12], [true, true, false, false]),
});
const pan = indicator(6, {
  name: "Nombre d'utilisateurs au PAN", direction: "none",
  result: { raw: "6 usagers par jour", quantity: { value: 6, dimension: "count", unit: "usagers par jour", bare: false } },
  history: points([null, 4, null, 6], []),
});
const indicators: IndicatorAnalysis[] = [calls, lost, pan];
const analysis = seedAnalysis({ indicators, summary: summarize(indicators), availableYears: [2018, 2019, 2020, 2021], monthly: null });

describe("the multi-year view (three years or more)", () => {
  it("says when a result is the best or worst of the series and how many years in a row a target is met or missed", () => {
    const details = writeNarrative(analysis, "Contrôles 2021").details.map(plain);
    expect(details).toContain("Taux d'appels aboutis : 96 %, meilleur résultat depuis 2018 et cible atteinte pour la 3e année consécutive.");
    expect(details).toContain("Taux d'appels perdus : 12 %, résultat le plus faible depuis 2018 et cible non atteinte pour la 2e année consécutive.");
    expect(details.some((d) => d.startsWith("Nombre d'utilisateurs au PAN"))).toBe(false);
  });

  it("writes the series table under the assessment, a year per column, with this year's target", () => {
    const summary = sheetByRole(planReport(analysis, OPTIONS), "summary");
    const title = summary.cells.find((c) => c.value.kind === "text" && c.value.text === "Résultats de 2018 à 2021");
    expect(title).toBeDefined();
    const header = (title?.row ?? 0) + 2;
    const row = (r: number) => [1, 2, 3, 4, 5, 6].map((column) => {
      const value = cellAt(summary, r, column)?.value;
      return value?.kind === "text" ? plain(value.text) : null;
    });
    expect(row(header)).toEqual(["Indicateur", "2018", "2019", "2020", "2021", "Cible 2021"]);
    expect(row(header + 1)).toEqual(["Taux d'appels aboutis", "88 %", "91 %", "93 %", "96 %", "> 90 %"]);
    expect(row(header + 3)).toEqual(["Nombre d'utilisateurs au PAN", "", "4 usagers par jour", "", "6 usagers par jour", ""]);
    expect(cellAt(summary, header + 1, 2)?.style).toBe("series-not-met");
    expect(cellAt(summary, header + 1, 5)?.style).toBe("series-met");
  });

  it("draws a native line chart of the percentage indicators over the years, each target dashed in its colour", () => {
    const plan = planReport(analysis, OPTIONS);
    const chart = sheetByRole(plan, "summary").charts.find((c) => c.name === "BilanQualite_Series");
    expect(chart).toMatchObject({ kind: "line", title: "Résultats 2018–2021 et cibles (indicateurs en %)" });
    expect(chart?.series.map((s) => [s.name, s.dashed ?? false])).toEqual([
      ["Taux d'appels aboutis", false],
      ["Taux d'appels perdus", false],
      ["Cible — Taux d'appels aboutis", true],
      ["Cible — Taux d'appels perdus", true],
    ]);
    expect(chart?.series[0].color).toBe(chart?.series[2].color);
  });

  it("is left out with two years only", () => {
    const two = seedAnalysis();
    const plan = planReport(two, OPTIONS);
    expect(sheetByRole(plan, "summary").charts.map((c) => c.name)).not.toContain("BilanQualite_Series");
    expect(sheetByRole(plan, "summary").cells.some((c) => c.value.kind === "text" && c.value.text.startsWith("Résultats de "))).toBe(false);
  });
});

describe("a change sentence over three years or more", () => {
  it("carries what the series says instead of a second sentence on the same indicator", () => {
    const changed = { ...calls, previous: { year: 2020, value: 93, raw: "93 %" }, change: 3, improved: true };
    const withChange = seedAnalysis({ indicators: [changed], summary: summarize([changed]), availableYears: [2018, 2019, 2020, 2021], monthly: null });
    const details = writeNarrative(withChange, "Contrôles 2021").details.map(plain);
    expect(details.filter((d) => d.startsWith("Taux d'appels aboutis"))).toEqual([
      "Taux d'appels aboutis : 96 %, en hausse de 3 points par rapport à 2020, meilleur résultat depuis 2018 et cible atteinte pour la 3e année consécutive.",
    ]);
  });
});
