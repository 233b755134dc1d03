import { planReport } from "../../src/report";
import type { PlannedChart, PlannedSheet, RangeRef } from "../../src/report/plan";
import { CHART_COLORS } from "../../src/report/styles";
import { monthLabel } from "../../src/report/charts";
import { monthlyRateAxis } from "../../src/report/chart-monthly";
import { indicator, OPTIONS, percent, seedAnalysis, SEED_INDICATORS, summarize, target } from "./fixtures";
import { cellAt, sheetByRole } from "./plan-helpers";

const plan = planReport(seedAnalysis(), OPTIONS);
const summary = sheetByRole(plan, "summary");
const data = sheetByRole(plan, "chart-data");
const chart = (name: string): PlannedChart => {
  const found = summary.charts.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`no chart ${name}`);
  return found;
};

/** The values a range points to, read from the planned data sheet. */
function valuesOf(sheet: PlannedSheet, ref: RangeRef): (string | number | null)[] {
  const values: (string | number | null)[] = [];
  for (let row = ref.range.top; row <= ref.range.bottom; row++) {
    const value = cellAt(sheet, row, ref.range.left)?.value;
    values.push(value === undefined ? null : value.kind === "text" ? value.text : value.kind === "number" ? value.number : null);
  }
  return values;
}

describe("the charts", () => {
  it("puts three native charts on the summary, reading the chart-data sheet", () => {
    expect(summary.charts.map((c) => c.name)).toEqual(["BilanQualite_Resultats", "BilanQualite_Evolution", "BilanQualite_Mensuel"]);
    for (const c of summary.charts) {
      expect(c.categories.sheet).toBe("Données graphiques 2021");
      for (const series of c.series) expect(series.values.sheet).toBe("Données graphiques 2021");
    }
  });

  it("draws the percentage results against their targets, each column coloured by its status", () => {
    const results = chart("BilanQualite_Resultats");
    expect(results.title).toBe("Résultats 2021 et cibles (indicateurs en %)");
    expect(valuesOf(data, results.categories)).toEqual([
      "Taux d'appels aboutis", "Taux de connexion au site", "Taux d'engagements sur les réseaux sociaux",
      "Taux de réponse sous 5 jours", "Délai d'information des élus en temps de crise",
    ]);
    const [result, goal] = results.series;
    expect(result.name).toBe("Résultat 2021");
    expect(valuesOf(data, result.values)).toEqual([94, 18, 5, 100, 100]);
    expect(result.pointColors).toEqual([CHART_COLORS.met, CHART_COLORS.met, CHART_COLORS.met, CHART_COLORS.met, CHART_COLORS.invalid]);
    expect(goal.name).toBe("Cible");
    expect(valuesOf(data, goal.values)).toEqual([90, 5, 2, 80, null]);
  });

  it("puts the indicators' percentage axis from 0 to 100, the monthly one just under its lowest rate, with French titles", () => {
    for (const c of summary.charts) {
      const min = c.name === "BilanQualite_Mensuel" ? 85 : 0;
      expect(c.valueAxis).toEqual({ min, max: 100, numberFormat: '0" %"' });
      expect(c.valueAxisTitle).toBe("Pourcentage");
      expect(c.categoryAxisTitle).toMatch(/^(Indicateur|Mois)$/);
      expect(c.seriesBy).toBe("columns");
    }
  });

  it("compares this year with last year for the indicators having both", () => {
    const evolution = chart("BilanQualite_Evolution");
    expect(evolution.title).toBe("Évolution 2020 → 2021 (indicateurs en %)");
    expect(evolution.series.map((s) => s.name)).toEqual(["2020", "2021"]);
    expect(valuesOf(data, evolution.series[0].values)).toEqual([95, 19, 7]);
    expect(valuesOf(data, evolution.series[1].values)).toEqual([94, 18, 5]);
  });

  it("draws the monthly call-answer rate with the table's target as a line", () => {
    const monthly = chart("BilanQualite_Mensuel");
    expect(valuesOf(data, monthly.categories)).toEqual([
      "janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc.",
    ]);
    const [rate, goal] = monthly.series;
    expect(rate.kind).toBeUndefined();
    expect(valuesOf(data, rate.values)[0]).toBe(94.2);
    expect(goal).toMatchObject({ name: "Cible", kind: "line" });
    expect(new Set(valuesOf(data, goal.values))).toEqual(new Set([90]));
  });

  it("keeps chart data as numbers with a percent format", () => {
    const results = chart("BilanQualite_Resultats");
    const first = cellAt(data, results.series[0].values.range.top, 2);
    expect(first?.value).toEqual({ kind: "number", number: 94 });
    expect(plan.styles[first?.style ?? ""].numberFormat).toBe('0" %"');
  });

  it("plans no chart-data sheet when nothing can be charted", () => {
    const counts = SEED_INDICATORS.filter((i) => i.result?.quantity?.dimension === "count");
    const alone = planReport(seedAnalysis({ indicators: counts, summary: summarize(counts), monthly: null }), OPTIONS);
    expect(alone.sheets.map((s) => s.role)).toEqual(["summary", "checks"]);
    expect(sheetByRole(alone, "summary").charts).toEqual([]);
  });

  it("draws no target line when the call-answer rate has no usable target", () => {
    const lost = indicator(4, {
      name: "Taux d'appels perdus", result: { raw: "6 %", quantity: percent(6) },
      target: { raw: "< 10 %", quantity: target(percent(10), "<") }, status: "met", direction: "lower",
    });
    const analysis = seedAnalysis({ indicators: [lost], summary: summarize([lost]) });
    const monthly = sheetByRole(planReport(analysis, OPTIONS), "summary").charts.find((c) => c.name === "BilanQualite_Mensuel");
    expect(monthly?.series.map((s) => s.name)).toEqual(["Taux d'appels aboutis"]);
  });

  it("places the charts two by two without overlapping", () => {
    const [first, second, third] = summary.charts;
    expect(first.anchor.row).toBe(second.anchor.row);
    expect(second.anchor.column).toBeGreaterThan(first.anchor.column);
    expect(third.anchor.row).toBeGreaterThan(first.anchor.row + Math.ceil((first.heightPx * 0.75) / 15) - 1);
  });

  it.each([
    ["2021-01", "janv."],
    ["2021-09", "sept."],
    ["2021-12", "déc."],
    ["semaine 3", "semaine 3"],
  ])("labels month %s as %s", (month, label) => {
    expect(monthLabel(month)).toBe(label);
  });
});

describe("charts of a long table", () => {
  const rates = Array.from({ length: 30 }, (_, index) =>
    indicator(index + 4, {
      name: `Taux ${index + 1}`,
      result: { raw: "", quantity: percent(70) },
      target: { raw: "", quantity: target(percent(60), ">") },
      status: index === 20 ? "not_met" : "met",
      previous: { year: 2020, value: 70 - index / 2, raw: "" },
      change: index / 2,
      improved: true,
    }),
  );
  const long = planReport(seedAnalysis({ indicators: rates, summary: summarize(rates), monthly: null }), OPTIONS);
  const charts = sheetByRole(long, "summary").charts;
  const longData = sheetByRole(long, "chart-data");

  it("shows twelve indicators at most, those not met first, and says so in the title", () => {
    const results = charts[0];
    expect(results.title).toBe("Résultats 2021 et cibles (12 des 30 indicateurs en %, les écarts d'abord)");
    const names = valuesOf(longData, results.categories);
    expect(names).toHaveLength(12);
    expect(names).toContain("Taux 21");
  });

  it("compares the twelve strongest changes", () => {
    const evolution = charts[1];
    expect(evolution.title).toBe("Évolution 2020 → 2021 (les 12 plus fortes sur 30 indicateurs en %)");
    expect(valuesOf(longData, evolution.categories).at(-1)).toBe("Taux 19");
  });

  it("draws many indicators as horizontal bars, in the table's order from the top, each chart alone on its row", () => {
    expect(charts.map((c) => c.kind)).toEqual(["bar", "bar"]);
    expect(valuesOf(longData, charts[0].categories)[11]).toBe("Taux 1");
    expect(charts[1].anchor.row).toBeGreaterThan(charts[0].anchor.row);
    expect(charts[0].widthPx).toBeGreaterThan(1000);
  });

  it("keeps two rows of charts to a printed page", () => {
    const withMonthly = planReport(seedAnalysis({ indicators: rates, summary: summarize(rates) }), OPTIONS);
    const summary = sheetByRole(withMonthly, "summary");
    const monthlyChart = summary.charts[2];
    expect(monthlyChart.name).toBe("BilanQualite_Mensuel");
    expect(summary.pageBreaksBefore).toContain(monthlyChart.anchor.row - 1);
  });
});

describe("monthlyRateAxis", () => {
  it.each<[number[], number | null, number]>([
    [[94.2, 93.5, 92.96], 90, 85],
    [[94.2, 93.5], null, 85],
    [[40, 95], 90, 35],
    [[2, 5], 90, 0],
    [[99.5], 100, 90],
  ])("starts the axis of rates %j with target %j at %d", (rates, target, min) => {
    expect(monthlyRateAxis(rates, target)).toEqual({ min, max: 100, numberFormat: '0" %"' });
  });
});
