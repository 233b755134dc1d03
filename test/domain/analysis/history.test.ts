import { toAnalysisJson } from "../../../src/cli/render/analysis-json";
import { grid, type GridEntry } from "../../helpers/cells";
import { analyze } from "./fixtures/analyze";

const yearSheet = (year: number, rows: readonly (readonly GridEntry[])[]) =>
  grid(`Indicateurs ${year}`, [["Indicateur", "Résultat", "Cible"], ...rows]);

describe("the history of each indicator", () => {
  const workbook = [
    yearSheet(2019, [["Taux d'appels aboutis", "91 %", "> 90 %"], ["Délai de réponse", "3 jours", "5 jours"]]),
    yearSheet(2020, [["TAUX D’APPELS ABOUTIS", "95 %", "> 90 %"], ["Délai de réponse", "/", "5 jours"]]),
    yearSheet(2021, [["Taux d'appels aboutis", "89 %", "> 90 %"], ["Délai de réponse", "1,5 jours", "5 jours"], ["Taux de satisfaction", "97 %", ""]]),
  ];

  it("gives the value of every year, in year order, matched by name as for the change", () => {
    const analysis = analyze(workbook);
    expect(analysis.indicators[0].history).toEqual([
      { year: 2019, value: 91, met: true },
      { year: 2020, value: 95, met: true },
      { year: 2021, value: 89, met: false },
    ]);
  });

  it("holds null for a year not measured or where the indicator is absent", () => {
    const analysis = analyze(workbook);
    expect(analysis.indicators[1].history.map((p) => p.value)).toEqual([3, null, 1.5]);
    expect(analysis.indicators[2].history.map((p) => p.value)).toEqual([null, null, 97]);
  });

  it("writes history and availableYears in the JSON", () => {
    const json = toAnalysisJson(analyze(workbook)) as { availableYears: number[]; indicators: { history: unknown }[] };
    expect(json.availableYears).toEqual([2019, 2020, 2021]);
    expect(json.indicators[0].history).toEqual([
      { year: 2019, value: 91 },
      { year: 2020, value: 95 },
      { year: 2021, value: 89 },
    ]);
  });

  it("reads every year of a years-as-columns sheet", () => {
    const columns = grid("Suivi", [
      ["Indicateur", "Cible", "2019", "2020", "2021", "2022"],
      ["Taux d'appels aboutis", "> 90 %", "92 %", "95 %", "94 %", "96 %"],
    ]);
    expect(analyze([columns]).indicators[0].history.map((p) => [p.year, p.value])).toEqual([
      [2019, 92],
      [2020, 95],
      [2021, 94],
      [2022, 96],
    ]);
  });

  it("holds the analysed year's value as null when its result is to be corrected", () => {
    const analysis = analyze([yearSheet(2020, [["Taux d'appels aboutis", "95 %", "> 90 %"]]), yearSheet(2021, [["Taux d'appels aboutis", "#N/A", "> 90 %"]])]);
    expect(analysis.indicators[0].history).toEqual([
      { year: 2020, value: 95, met: true },
      { year: 2021, value: null, met: null },
    ]);
  });
});
