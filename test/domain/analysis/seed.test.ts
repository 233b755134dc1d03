import { analyzeWorkbook, type Analysis, type IndicatorAnalysis } from "../../../src/domain/analysis";
import { toAnalysisJson } from "../../../src/cli/render/analysis-json";
import { workbook } from "../../helpers/cells";
import { seed2020, seed2021 } from "../../fixtures/seed";

function analyzed(...sheets: Parameters<typeof workbook>): Analysis {
  const outcome = analyzeWorkbook(workbook(...sheets), {});
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.analysis;
}

const byName = (analysis: Analysis, start: string): IndicatorAnalysis => {
  const found = analysis.indicators.find((i) => i.name.startsWith(start));
  if (found === undefined) throw new Error(`no indicator ${start}`);
  return found;
};

describe("the seed's 2021 table", () => {
  const analysis = analyzed(seed2020(), seed2021());

  it("analyses 2021 against 2020", () => {
    expect(analysis.year).toBe(2021);
    expect(analysis.previousYear).toBe(2020);
    expect(analysis.availableYears).toEqual([2020, 2021]);
  });

  it("reads the ten indicators in sheet order, from row 4, with the thématique filled down", () => {
    expect(analysis.indicators.map((i) => i.row)).toEqual([4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
    expect(analysis.indicators.map((i) => i.theme)).toEqual([
      "Accueil téléphonique",
      "Site IDE et réseaux sociaux",
      "Site IDE et réseaux sociaux",
      "Accueil au PAN",
      "Courriels",
      "Courriels",
      "Communication d'urgence en cas d'évènement majeur",
      "Communication d'urgence en cas d'évènement majeur",
      "Communication d'urgence en cas d'évènement majeur",
      "Communication d'urgence en cas d'évènement majeur",
    ]);
  });

  it.each([
    ["Taux d'appels aboutis", "met", "higher", 4],
    ["Taux de connexion", "met", "higher", 13],
    ["Taux d'engagements", "met", "higher", 3],
    ["Nombre d'utilisateurs au PAN", "no_target", "none", null],
    ["Taux de réponse sous 5 jours", "met", "higher", 20],
    ["Délai de réponse", "met", "lower", -3.5],
    ["Nombre d'activation", "no_target", "none", null],
    ["Délai d'information des élus", "invalid", "higher", null],
    ["Nombre d'exercices", "met", "higher", 0],
    ["Taux d'activation dans les délais", "not_measured", "higher", null],
  ])("gives %s the status %s, direction %s and gap %p", (name, status, direction, gap) => {
    const indicator = byName(analysis, name);
    expect(indicator.status).toBe(status);
    expect(indicator.direction).toBe(direction);
    expect(indicator.gap).toBe(gap);
  });

  it.each([
    ["Taux d'appels aboutis", 95, -1, false],
    ["Taux de connexion", 19, -1, false],
    ["Taux d'engagements", 7, -2, false],
    ["Délai de réponse", 1.4, 0.1, false],
  ])("compares %s with 2020's %p: change %p, improved %p", (name, previous, change, improved) => {
    const indicator = byName(analysis, name);
    expect(indicator.previous).toEqual(expect.objectContaining({ year: 2020, value: previous }));
    expect(indicator.change).toBe(change);
    expect(indicator.improved).toBe(improved);
  });

  it("leaves indicators absent from 2020 without a previous value", () => {
    expect(byName(analysis, "Nombre d'exercices").previous).toBeNull();
  });

  it("flags only the implausible target 0,00 of the élus indicator, at D11", () => {
    expect(analysis.issues.map((i) => [i.severity, i.code, i.sheet, i.cell])).toEqual([
      ["error", "TARGET_IMPLAUSIBLE", "Indicateurs 2021", "D11"],
    ]);
    expect(analysis.issues[0].message).toContain("Délai d'information des élus en temps de crise");
  });

  it("counts the statuses", () => {
    expect(analysis.summary).toEqual({ met: 6, not_met: 0, no_target: 2, not_measured: 1, invalid: 1 });
  });

  it("gives the JSON contract's first indicator exactly", () => {
    const json = toAnalysisJson(analysis) as { indicators: unknown[]; monthly: unknown; summary: unknown };
    expect(json.indicators[0]).toEqual({
      sheet: "Indicateurs 2021",
      row: 4,
      theme: "Accueil téléphonique",
      name: "Taux d'appels aboutis",
      result: { raw: "94 %", value: 94, unit: "%" },
      target: { raw: ">90 %", comparator: ">", value: 90, unit: "%" },
      direction: "higher",
      status: "met",
      gap: 4,
      previous: { year: 2020, value: 95 },
      change: -1,
      improved: false,
      nationalAverage: null,
      history: [{ year: 2020, value: 95 }, { year: 2021, value: 94 }],
    });
    expect(json.monthly).toBeNull();
  });
});

describe("the seed's table alone", () => {
  it("is analysed as 2021 with no previous year", () => {
    const analysis = analyzed(seed2021());
    expect(analysis.year).toBe(2021);
    expect(analysis.previousYear).toBeNull();
    expect(analysis.indicators.every((i) => i.previous === null && i.change === null)).toBe(true);
  });
});
