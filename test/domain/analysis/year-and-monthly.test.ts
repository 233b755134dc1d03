import { analyzeWorkbook } from "../../../src/domain/analysis";
import { grid, workbook, type GridEntry } from "../../helpers/cells";
import { analyze, codes, sheet2021 } from "./fixtures/analyze";
import { seed2020, seed2021 } from "../../fixtures/seed";

const perYear = (name: string, result: GridEntry): ReturnType<typeof grid> =>
  grid(name, [["Indicateur", "Résultat", "Cible"], ["Taux d'appels aboutis", result, "> 90 %"]]);

describe("year selection", () => {
  it("analyses the latest year that has results", () => {
    const analysis = analyze([perYear("Indicateurs 2020", "95 %"), perYear("Indicateurs 2021", "94 %"), perYear("Indicateurs 2022", "")]);
    expect(analysis).toMatchObject({ year: 2021, previousYear: 2020, availableYears: [2020, 2021, 2022] });
  });

  it("analyses the year asked for, comparing with the one before", () => {
    const analysis = analyze([perYear("Indicateurs 2019", "91 %"), perYear("Indicateurs 2020", "95 %"), perYear("Indicateurs 2021", "94 %")], 2020);
    expect(analysis).toMatchObject({ year: 2020, previousYear: 2019 });
    expect(analysis.indicators[0]).toMatchObject({ previous: { year: 2019, value: 91 }, change: 4, improved: true });
  });

  it("compares with the latest earlier year when the year just before is absent", () => {
    const analysis = analyze([perYear("Indicateurs 2019", "91 %"), perYear("Indicateurs 2021", "94 %")]);
    expect(analysis.previousYear).toBe(2019);
  });

  it("prefers the per-year sheet when a years-as-columns sheet gives the same year, without any issue", () => {
    const columns = grid("Suivi", [["Indicateur", "Cible", "2020", "2021"], ["Taux d'appels aboutis", "> 90 %", "95 %", "99 %"]]);
    const analysis = analyze([columns, perYear("Indicateurs 2021", "94 %")]);
    expect(analysis.indicators).toHaveLength(1);
    expect(analysis.indicators[0]).toMatchObject({ sheet: "Indicateurs 2021", previous: { year: 2020, value: 95 } });
    expect(analysis.issues).toEqual([]);
  });

  it("analyses a years-as-columns sheet", () => {
    const analysis = analyze([
      grid("Suivi", [
        ["Indicateur", "Cible", "Année 2019", "Année 2020", "Année 2021", "Moyenne nationale 2021"],
        ["Taux d'appels aboutis", "> 90 %", "92 %", "95 %", "94 %", "89 %"],
        ["Délai de réponse", "5 jours", "2 jours", "1,4 jours", "1,5 jours", ""],
      ]),
    ]);
    expect(analysis).toMatchObject({ year: 2021, previousYear: 2020, availableYears: [2019, 2020, 2021] });
    expect(analysis.indicators.map((i) => [i.name, i.status, i.change, i.nationalAverage])).toEqual([
      ["Taux d'appels aboutis", "met", -1, 89],
      ["Délai de réponse", "met", 0.1, null],
    ]);
    expect(analysis.indicators[0].cells).toEqual({ name: "A2", result: "E2", target: "B2" });
  });

  it("refuses a year the workbook does not hold, naming the years found", () => {
    const outcome = analyzeWorkbook(workbook(perYear("Indicateurs 2021", "94 %")), { year: 2018 });
    expect(outcome).toEqual({
      ok: false,
      message: "Aucun tableau d'indicateurs pour 2018\u00a0; années présentes\u00a0: 2021. Choisissez l'une d'elles (option --year, ou l'année du volet).",
    });
  });

  it("says in French when no indicator table is found", () => {
    const outcome = analyzeWorkbook(workbook(grid("Notes", [["Compte rendu du COPIL"], ["Rien à signaler"]])), {});
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.message).toMatch(/^Aucun tableau d'indicateurs trouvé/);
  });

  it("asks for the year when no sheet, title or header names it", () => {
    const outcome = analyzeWorkbook(workbook(perYear("Indicateurs", "94 %")), {});
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.message).toMatch(/précisez l'année à analyser \(option --year, ou l'année du volet\)\.$/);
  });

  it("analyses an undated table as the year asked for", () => {
    const outcome = analyzeWorkbook(workbook(perYear("Indicateurs", "94 %")), { year: 2021 });
    expect(outcome.ok && outcome.analysis.year).toBe(2021);
    expect(outcome.ok && outcome.analysis.indicators[0].status).toBe("met");
  });

  it("does not read its own summary sheet as an indicator table", () => {
    const summary = grid("Synthèse 2022", [
      ["Thématique", "Indicateur", "Résultat", "Cible", "Statut"],
      ["Accueil", "Taux d'appels aboutis", "94 %", "> 90 %", "Atteint"],
    ]);
    const analysis = analyze([seed2020(), seed2021(), summary]);
    expect(analysis.year).toBe(2021);
    expect(analysis.availableYears).toEqual([2020, 2021]);
  });
});

describe("monthly telephony", () => {
  const telephony = (name: string, rows: readonly (readonly GridEntry[])[]) =>
    grid(name, [["Mois", "Appels reçus", "Appels aboutis"], ...rows]);
  const callRate = (result: GridEntry) => sheet2021([["Accueil téléphonique", "Taux d'appels aboutis", result, "> 80 %"]]);

  it("computes the annual rate from the sums, not the mean of monthly rates, and leaves the telephony sheet out of the tables", () => {
    const analysis = analyze([callRate("86 %"), telephony("Téléphonie 2021", [["janvier", 1000, 900], ["février", 100, 50]])]);
    expect(analysis.monthly).toMatchObject({ sheet: "Téléphonie 2021", received: 1100, answered: 950 });
    expect(analysis.monthly?.annualRate).toBeCloseTo(86.36, 2);
    expect(analysis.availableYears).toEqual([2021]);
    expect(codes(analysis)).toEqual([]);
  });

  it("warns when the table's call-answer rate is more than half a point from the monthly rate", () => {
    const analysis = analyze([callRate("94 %"), telephony("Téléphonie 2021", [["janvier", 1000, 900], ["février", 100, 50]])]);
    expect(codes(analysis)).toEqual([["RESULT_DIFFERS_FROM_MONTHLY", "C2"]]);
    expect(analysis.issues[0]).toMatchObject({ severity: "warning", sheet: "Indicateurs 2021" });
    expect(analysis.issues[0].message).toContain("Téléphonie 2021");
  });

  it("says « 2 points », in the plural, for a gap of 1.999 points shown as 2", () => {
    const analysis = analyze([callRate("88,359 %"), telephony("Téléphonie 2021", [["janvier", 1000, 900], ["février", 100, 50]])]);
    expect(analysis.issues[0].message).toContain("2\u00a0points");
  });

  it("stays quiet at less than half a point", () => {
    const analysis = analyze([callRate("86,7 %"), telephony("Téléphonie 2021", [["janvier", 1000, 900], ["février", 100, 50]])]);
    expect(codes(analysis)).toEqual([]);
  });

  it("keeps the analysed year's telephony and reports its month problems", () => {
    const analysis = analyze([
      callRate("90 %"),
      telephony("Téléphonie 2020", [["janvier", 1000, 500]]),
      telephony("Téléphonie 2021", [["janvier", 1000, 900], ["février", 100, 150]]),
    ]);
    expect(analysis.monthly?.sheet).toBe("Téléphonie 2021");
    expect(analysis.monthly?.annualRate).toBe(90);
    expect(codes(analysis)).toEqual([["MONTH_ANSWERED_EXCEEDS_RECEIVED", expect.stringMatching(/3$/)]]);
  });

  it("has no monthly block without a telephony sheet for the year", () => {
    expect(analyze([callRate("94 %"), telephony("Téléphonie 2020", [["janvier", 1000, 900]])]).monthly).toBeNull();
  });
});

describe("monthly telephony with several call-answer rates", () => {
  const rates = sheet2021([
    ["Accueil téléphonique", "Taux d'appels aboutis – Aurillac", "70 %", "> 80 %"],
    ["Accueil téléphonique", "Taux d'appels aboutis – Mauriac", "60 %", "> 80 %"],
  ]);
  const header = ["Mois", "Appels reçus", "Appels aboutis"];

  it("checks only the indicator named like the telephony sheet", () => {
    const analysis = analyze([rates, grid("Téléphonie Mauriac 2021", [header, ["janvier", 1000, 900]])]);
    expect(codes(analysis)).toEqual([["RESULT_DIFFERS_FROM_MONTHLY", "C3"]]);
  });

  it("checks none when the sheet does not say which one it counts", () => {
    const analysis = analyze([rates, grid("Téléphonie 2021", [header, ["janvier", 1000, 900]])]);
    expect(codes(analysis)).toEqual([]);
  });

  it("takes the analysed year's months from a sheet of daily calls spanning several years", () => {
    const daily = grid("Appels", [["Date", "Appels reçus", "Appels aboutis"], ["31/12/2020", 100, 10], ["04/01/2021", 100, 90], ["05/01/2021", 100, 80]]);
    const analysis = analyze([sheet2021([["Accueil téléphonique", "Taux d'appels aboutis", "85 %", "> 80 %"]]), daily]);
    expect(analysis.monthly).toMatchObject({ sheet: "Appels", received: 200, answered: 170, annualRate: 85 });
    expect(codes(analysis)).toEqual([]);
  });
});

describe("a sheet that looks like telephony by its headers", () => {
  it("is read as an indicator table when it holds no month", () => {
    const sheet = grid("Indicateurs 2021", [
      ["Période", "Indicateur", "Appels reçus", "Résultat", "Cible"],
      ["Année", "Taux d'appels aboutis", 15860, "94 %", "> 90 %"],
    ]);
    const analysis = analyze([sheet]);
    expect(analysis.indicators.map((i) => [i.name, i.status])).toEqual([["Taux d'appels aboutis", "met"]]);
    expect(analysis.monthly).toBeNull();
  });
});

describe("layouts seen in the wild", () => {
  it("gives addresses in the sheet when the used range does not start at A1", () => {
    const sheet = grid(
      "Indicateurs 2021",
      [
        ["Thématique", "Indicateur", "Résultat", "Cible"],
        ["Accueil", "Taux d'appels aboutis", "94 %", "#N/A"],
      ],
      { origin: { row: 5, column: 2 } },
    );
    const analysis = analyze([sheet]);
    expect(analysis.indicators[0]).toMatchObject({ row: 6, cells: { name: "C6", result: "D6", target: "E6" } });
    expect(codes(analysis)).toEqual([["EXCEL_ERROR", "E6"]]);
  });

  it("reads percent-formatted numbers for results and targets", () => {
    const sheet = grid("Indicateurs 2021", [
      ["Indicateur", "Résultat", "Cible"],
      ["Taux d'appels aboutis", { value: 0.94, numberFormat: "0%", text: "94%" }, { value: 0.9, numberFormat: "0%", text: "90%" }],
    ]);
    expect(analyze([sheet]).indicators[0]).toMatchObject({ status: "met", gap: 4, direction: "higher" });
  });

  it("finds a header far below a long preamble", () => {
    const preamble = Array.from({ length: 20 }, (_, i) => [`Ligne de présentation ${i + 1}`]);
    const sheet = grid("Bilan 2021", [...preamble, ["Indicateur", "Résultat"], ["Taux A", "94 %"]]);
    expect(analyze([sheet]).indicators.map((i) => i.row)).toEqual([22]);
  });
});
