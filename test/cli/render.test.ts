import { formatAnalysisText } from "../../src/cli/render/analysis-text";
import { TEXT_REPORT } from "../../src/domain/analysis/messages";
import { toAnalysisJson } from "../../src/cli/render/analysis-json";
import { grid } from "../helpers/cells";
import { analyze } from "../domain/analysis/fixtures/analyze";
import { seed2020, seed2021 } from "../fixtures/seed";

const telephony = grid("Téléphonie 2021", [["Mois", "Appels reçus", "Appels aboutis"], ["janvier", 1000, 900], ["février", 100, 50]]);

describe("toAnalysisJson", () => {
  const json = toAnalysisJson(analyze([seed2020(), seed2021(), telephony])) as Record<string, any>;

  it("has exactly the contract's top-level keys", () => {
    expect(Object.keys(json)).toEqual(["year", "previousYear", "availableYears", "indicators", "monthly", "survey", "issues", "summary"]);
  });

  it("lists every year a table was found for in availableYears", () => {
    expect(json.availableYears).toEqual([2020, 2021]);
  });

  it("gives a null survey block when the analysed year has no survey", () => {
    expect(json.survey).toBeNull();
  });

  it("gives the monthly block with rates in percent, rounded to 2 decimals", () => {
    expect(json.monthly).toEqual({
      sheet: "Téléphonie 2021",
      months: [
        { month: "2021-01", received: 1000, answered: 900, rate: 90 },
        { month: "2021-02", received: 100, answered: 50, rate: 50 },
      ],
      received: 1100,
      answered: 950,
      annualRate: 86.36,
      sites: [{ name: null, sheet: "Téléphonie 2021", received: 1100, answered: 950, annualRate: 86.36 }],
    });
  });

  it("writes absent values as null and comparators as the contract spells them", () => {
    const pan = json.indicators.find((i: any) => i.name === "Nombre d'utilisateurs au PAN");
    expect(pan).toMatchObject({ target: null, gap: null, previous: null, change: null, improved: null, result: { raw: "6 usagers par jour", value: 6, unit: "usagers par jour" } });
    const cip = json.indicators.find((i: any) => i.name.startsWith("Taux d'activation"));
    expect(cip.result).toEqual({ raw: "/", value: null, unit: null });
    expect(cip.target).toEqual({ raw: "100 % en 1 h", comparator: null, value: 100, unit: "%" });
    const delay = json.indicators.find((i: any) => i.name.startsWith("Délai de réponse"));
    expect(delay).toMatchObject({ gap: -3.5, change: 0.1, previous: { year: 2020, value: 1.4 }, result: { unit: "jours" } });
  });

  it("gives issues with severity, code, sheet, cell and message only", () => {
    const codes = json.issues.map((i: any) => Object.keys(i));
    expect(codes.every((keys: string[]) => keys.join() === "severity,code,sheet,cell,message")).toBe(true);
    expect(json.issues.map((i: any) => i.code)).toEqual(["RESULT_DIFFERS_FROM_MONTHLY", "TARGET_IMPLAUSIBLE"]);
  });
});

describe("formatAnalysisText", () => {
  const text = formatAnalysisText(analyze([seed2020(), seed2021(), telephony]));

  it("keeps every line within 80 columns", () => {
    expect(text.split("\n").filter((line) => [...line].length > 80)).toEqual([]);
  });

  it.each([
    ["the year and the comparison", "Bilan qualité 2021\nComparaison avec 2020."],
    ["the counts by status", "  Atteint      6\n  Non atteint  0\n  Sans cible   2\n  Non mesuré   1\n  À corriger   1"],
    ["an indicator with result, target and gap", "Résultat\u00a0: 94\u00a0% ; cible\u00a0: >\u00a090\u00a0% ; écart à la cible\u00a0: +4\u00a0points"],
    ["the change and its verdict", "Évolution depuis 2020\u00a0: −1\u00a0point (en recul)"],
    ["a target that needs correcting as written", "cible\u00a0: «\u00a00,00\u00a0»"],
    ["the monthly block", "janvier 2021\u00a0: 900 appels traités sur 1\u202f000 reçus, soit 90\u00a0%"],
    ["a problem with its severity, sheet and cell", "Erreur — feuille «\u00a0Indicateurs 2021\u00a0», cellule D11 — TARGET_IMPLAUSIBLE"],
  ])("shows %s", (_label, expected) => {
    expect(text.replace(/\u00a0;/g, " ;")).toContain(expected);
  });

  it.each([
    ["0", "1", "0 appel traité sur 1 reçu"],
    ["1", "0", "1 appel traité sur 0 reçu"],
    ["2", "1\u202f000", "2 appels traités sur 1\u202f000 reçus"],
  ])("says %s answered of %s received in singular or plural as French wants", (answered, received, expected) => {
    expect(TEXT_REPORT.monthLine("août 2021", received, answered, "0\u00a0%")).toBe(`août 2021\u00a0: ${expected}, soit 0\u00a0%`);
  });

  it("shows a warning with its sheet and cell, wrapped if need be", () => {
    expect(text.replace(/\n +/g, " ")).toContain("Avertissement — feuille «\u00a0Indicateurs 2021\u00a0», cellule C4 — RESULT_DIFFERS_FROM_MONTHLY");
  });
});
