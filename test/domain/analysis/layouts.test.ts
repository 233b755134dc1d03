import { analyzeWorkbook } from "../../../src/domain/analysis";
import { quoted } from "../../../src/domain/text/french";
import { grid, workbook } from "../../helpers/cells";
import { analyze, codes } from "./fixtures/analyze";

const byName = (analysis: ReturnType<typeof analyze>) =>
  analysis.indicators.map((i) => [i.name, i.status, i.cells.result, i.cells.target, i.previous?.value ?? null, i.change]);

describe("analysing years over pairs of columns", () => {
  const pairs = grid(
    "Suivi",
    [
      ["Indicateur", 2021, "", 2022, ""],
      ["", "Résultat", "Cible", "Résultat", "Cible"],
      ["Taux d'appels aboutis", "95 %", "> 90 %", "91 %", "> 92 %"],
      ["Délai de réponse", "1,4 jours", "5 jours", "1,5 jours", "4 jours"],
    ],
    { merges: [{ top: 1, left: 1, bottom: 2, right: 1 }, { top: 1, left: 2, bottom: 1, right: 3 }, { top: 1, left: 4, bottom: 1, right: 5 }] },
  );

  it("analyses the latest year against its own target and compares with the year before from the same sheet", () => {
    const analysis = analyze([pairs]);
    expect(analysis).toMatchObject({ year: 2022, previousYear: 2021, availableYears: [2021, 2022] });
    expect(byName(analysis)).toEqual([
      ["Taux d'appels aboutis", "not_met", "D3", "E3", 95, -4],
      ["Délai de réponse", "met", "D4", "E4", 1.4, 0.1],
    ]);
    expect(codes(analysis)).toEqual([]);
  });

  it("analyses the earlier year against its own target when asked", () => {
    const analysis = analyze([pairs], 2021);
    expect(byName(analysis)).toEqual([
      ["Taux d'appels aboutis", "met", "B3", "C3", null, null],
      ["Délai de réponse", "met", "B4", "C4", null, null],
    ]);
  });

  it("refuses a year with no pair, listing the years present", () => {
    expect(analyzeWorkbook(workbook(pairs), { year: 2023 })).toMatchObject({ ok: false, message: expect.stringMatching(/^Aucun tableau d'indicateurs pour 2023\u00a0; années présentes\u00a0: 2021, 2022\./) });
  });
});

describe("analysing a long table with a year column", () => {
  const long = grid("Historique", [
    ["Année", "Thématique", "Indicateur", "Résultat", "Cible"],
    [2019, "Accueil", "Taux d'appels aboutis", "92 %", "> 90 %"],
    [2019, "Courriels", "Délai de réponse", "2 jours", "5 jours"],
    [2020, "Accueil", "Taux d'appels aboutis", "95 %", "> 90 %"],
    [2020, "Courriels", "Délai de réponse", "1,4 jours", "5 jours"],
    [2021, "Accueil", "Taux d'appels aboutis", "94 %", "> 90 %"],
    [2021, "Courriels", "Délai de réponse", "1,5 jours", "5 jours"],
  ]);

  it("analyses the latest year's rows and compares with the previous year's rows, without duplicates", () => {
    const analysis = analyze([long]);
    expect(analysis).toMatchObject({ year: 2021, previousYear: 2020, availableYears: [2019, 2020, 2021] });
    expect(byName(analysis)).toEqual([
      ["Taux d'appels aboutis", "met", "D6", "E6", 95, -1],
      ["Délai de réponse", "met", "D7", "E7", 1.4, 0.1],
    ]);
    expect(codes(analysis)).toEqual([]);
  });

  it("analyses the year asked for from its own rows", () => {
    const analysis = analyze([long], 2020);
    expect(byName(analysis)).toEqual([
      ["Taux d'appels aboutis", "met", "D4", "E4", 92, 3],
      ["Délai de réponse", "met", "D5", "E5", 2, -0.6],
    ]);
  });

  it("reports a row whose year cannot be read, at its year cell, instead of leaving it out silently", () => {
    const withTypo = grid("Historique", [
      ["Année", "Thématique", "Indicateur", "Résultat", "Cible"],
      [2020, "Accueil", "Taux d'appels aboutis", "95 %", "> 90 %"],
      ["20x1", "Accueil", "Taux d'appels aboutis", "94 %", "> 90 %"],
      [2021, "Courriels", "Délai de réponse", "1,5 jours", "5 jours"],
    ]);
    const analysis = analyze([withTypo]);
    expect(analysis.year).toBe(2021);
    expect(analysis.indicators.map((indicator) => indicator.name)).toEqual(["Délai de réponse"]);
    expect(analysis.issues).toEqual([
      {
        severity: "error",
        code: "YEAR_UNREADABLE",
        sheet: "Historique",
        cell: "A3",
        indicator: "Taux d'appels aboutis",
        message:
          `L'année de ${quoted("Taux d'appels aboutis")} (${quoted("20x1")}) n'est pas lisible\u00a0: ` +
          `cette ligne n'est comptée dans aucune année\u00a0; saisissez l'année en chiffres (par exemple ${quoted("2021")}).`,
      },
    ]);
    expect(codes(analyze([withTypo], 2020))).toEqual([["YEAR_UNREADABLE", "A3"]]);
  });

  it.each([2011, 2099])("refuses --year %i, which has no rows, listing the years present instead of relabelling every row", (year) => {
    expect(analyzeWorkbook(workbook(long), { year })).toEqual({
      ok: false,
      message:
        `Aucun tableau d'indicateurs pour ${year}\u00a0; années présentes\u00a0: 2019, 2020, 2021. ` +
        "Choisissez l'une d'elles (option --year, ou l'année du volet).",
    });
  });
});
