import { combineSites } from "../../src/domain/analysis/combine-sites";
import type { MonthFigures, SiteMonthly } from "../../src/domain/analysis/types";
import { planReport } from "../../src/report";
import { writeNarrative } from "../../src/report/narrative";
import type { PlannedSheet, RangeRef } from "../../src/report/plan";
import { OPTIONS, seedAnalysis } from "./fixtures";
import { cellAt, plain, sheetByRole } from "./plan-helpers";

const month = (key: string, received: number, answered: number): MonthFigures => ({ month: key, received, answered, rate: (answered / received) * 100 });

function site(name: string, sheet: string, months: readonly MonthFigures[]): SiteMonthly {
  const received = months.reduce((sum, m) => sum + m.received, 0);
  const answered = months.reduce((sum, m) => sum + m.answered, 0);
  return { name, sheet, months, received, answered, annualRate: (answered / received) * 100 };
}

const monthly = combineSites([
  site("Préfecture", "Standard préfecture 2021", [month("2021-01", 1000, 900), month("2021-02", 1000, 950)]),
  site("Mauriac", "Téléphonie Mauriac 2021", [month("2021-01", 100, 50)]),
]);
const analysis = seedAnalysis({ monthly });

function valuesOf(sheet: PlannedSheet, ref: RangeRef): (string | number | null)[] {
  const values: (string | number | null)[] = [];
  for (let row = ref.range.top; row <= ref.range.bottom; row++) {
    const value = cellAt(sheet, row, ref.range.left)?.value;
    values.push(value === undefined ? null : value.kind === "text" ? value.text : value.kind === "number" ? value.number : null);
  }
  return values;
}

describe("a report on several telephony sites", () => {
  it("gives the combined rate, then a line per site", () => {
    const details = writeNarrative(analysis, "Contrôles 2021").details.map(plain);
    expect(details).toContain("Taux annuel d'appels aboutis de l'ensemble des 2 sites, calculé sur 2 mois : 90,5 % (1 900 appels aboutis sur 2 100 reçus).");
    expect(details).toContain("Site « Préfecture » : 92,5 % (1 850 appels aboutis sur 2 000 reçus, 2 mois).");
    expect(details).toContain("Site « Mauriac » : 50 % (50 appels aboutis sur 100 reçus, 1 mois).");
  });

  it("draws one monthly series per site beside the combined one and the target, leaving a site's missing month without a point", () => {
    const plan = planReport(analysis, OPTIONS);
    const chart = sheetByRole(plan, "summary").charts.find((c) => c.name === "BilanQualite_Mensuel");
    expect(chart?.series.map((s) => s.name)).toEqual(["Ensemble des sites", "Préfecture", "Mauriac", "Cible"]);
    const data = sheetByRole(plan, "chart-data");
    const [all, prefecture, mauriac] = chart?.series ?? [];
    expect(valuesOf(data, all.values)).toEqual([86.4, 95]);
    expect(valuesOf(data, prefecture.values)).toEqual([90, 95]);
    expect(valuesOf(data, mauriac.values)).toEqual([50, null]);
  });

  it("keeps the single-sheet chart and sentence as they were", () => {
    const chart = sheetByRole(planReport(seedAnalysis(), OPTIONS), "summary").charts.find((c) => c.name === "BilanQualite_Mensuel");
    expect(chart?.series.map((s) => s.name)).toEqual(["Taux d'appels aboutis", "Cible"]);
    expect(writeNarrative(seedAnalysis(), "Contrôles 2021").details.map(plain).filter((d) => d.startsWith("Site"))).toEqual([]);
  });
});
