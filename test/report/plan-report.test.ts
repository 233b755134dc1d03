import { planReport } from "../../src/report";
import type { IndicatorAnalysis } from "../../src/domain/analysis/types";
import { HEADER_ROW } from "../../src/report/summary-sheet";
import { indicator, OPTIONS, percent, seedAnalysis, SEED_INDICATORS, summarize, target } from "./fixtures";
import { allTexts, cellAt, plain, rowOf, rowTexts, sheetByRole, textAt } from "./plan-helpers";

const plan = planReport(seedAnalysis(), OPTIONS);
const summary = sheetByRole(plan, "summary");

describe("planReport sheets", () => {
  it("plans the summary, the checks and the chart data, in that order, showing the summary", () => {
    expect(plan.sheets.map((sheet) => sheet.name)).toEqual(["Synthèse 2021", "Contrôles 2021", "Données graphiques 2021"]);
    expect(plan.activeSheet).toBe("Synthèse 2021");
    expect(plan.year).toBe(2021);
  });

  it.each([
    [["Synthèse 2021"], ["Synthèse 2021 (2)", "Contrôles 2021", "Données graphiques 2021"]],
    [["synthèse 2021", "Synthèse 2021 (2)"], ["Synthèse 2021 (3)", "Contrôles 2021", "Données graphiques 2021"]],
    [["Contrôles 2021", "Données graphiques 2021"], ["Synthèse 2021", "Contrôles 2021 (2)", "Données graphiques 2021 (2)"]],
    [["Indicateurs 2021"], ["Synthèse 2021", "Contrôles 2021", "Données graphiques 2021"]],
  ])("never takes the name of a sheet already there (%j)", (existing, expected) => {
    const named = planReport(seedAnalysis(), { ...OPTIONS, existingSheetNames: existing });
    expect(named.sheets.map((sheet) => sheet.name)).toEqual(expected);
    expect(named.activeSheet).toBe(expected[0]);
  });

  it("gives every style a sheet uses a definition", () => {
    const used = plan.sheets.flatMap((sheet) => sheet.cells.flatMap((cell) => (cell.style ? [cell.style] : [])));
    for (const style of used) expect(plan.styles[style]).toBeDefined();
  });
});

describe("the summary sheet", () => {
  it("opens with the title, the source and the referential", () => {
    expect(textAt(summary, 1, 1)).toBe("Bilan qualité 2021");
    expect(plain(textAt(summary, 2, 1))).toBe(
      "Source : classeur-qualite-2021.xlsx · Année 2021 · Généré le 15/01/2022 à 09:30 · Référentiel Qual-e-pref",
    );
  });

  it("says how many targets are met among the indicators judged, and what is to correct", () => {
    expect(textAt(summary, 4, 1)).toBe("6 cibles atteintes sur 7 indicateurs évalués");
    expect(textAt(summary, 5, 1)).toBe(
      "Aucune cible non atteinte · 1 indicateur à corriger · 2 indicateurs sans cible · 1 indicateur non mesuré",
    );
  });

  it("heads the table with the agreed columns, leaving out the national average nobody gave", () => {
    expect(rowTexts(summary, HEADER_ROW)).toEqual([
      "Indicateur", "Résultat 2021", "Cible", "Statut", "Écart à la cible", "Résultat 2020", "Évolution", "Commentaire",
    ]);
  });

  it("puts a band row for each thématique, the blank ones continuing the one above", () => {
    const bands = summary.cells.filter((cell) => cell.style === "band").map((cell) => (cell.value.kind === "text" ? cell.value.text : ""));
    expect(bands).toEqual([
      "Accueil téléphonique", "Site IDE et réseaux sociaux", "Accueil au PAN", "Courriels",
      "Communication d'urgence en cas d'évènement majeur",
    ]);
    const engagement = rowOf(summary, "Taux d'engagements sur les réseaux sociaux");
    expect(textAt(summary, engagement - 2, 1)).toBe("Site IDE et réseaux sociaux");
  });

  it.each([
    ["Taux d'appels aboutis", ["94 %", "> 90 %", "Atteint", "+4 points", "95 %", "▼ −1 point"], "status-met"],
    ["Taux de connexion au site", ["18 %", "5 %", "Atteint", "+13 points", "19 %", "▼ −1 point"], "status-met"],
    ["Nombre d'utilisateurs au PAN", ["6 usagers par jour", "", "Sans cible", "", "", ""], "status-neutral"],
    ["Délai de réponse dans les 5 jours", ["1,5 j", "5 j", "Atteint", "−3,5 jours", "1,4 j", "▲ +0,1 jour"], "status-met"],
    ["Délai d'information des élus en temps de crise", ["100 %", "0,00", "À corriger", "", "", ""], "status-invalid"],
    ["Nombre d'exercices réalisés", ["4 exercices", "4 exercices/an", "Atteint"], "status-met"],
    ["Taux d'activation dans les délais annoncés de la CIP", ["/", "100 % en 1 h", "Non mesuré", "", "", ""], "status-neutral"],
  ])("shows %s in French notation with its status", (name, expected, statusStyle) => {
    const row = rowOf(summary, name);
    expect(rowTexts(summary, row).slice(1, 1 + expected.length).map(plain)).toEqual(expected);
    expect(cellAt(summary, row, 4)?.style).toBe(statusStyle);
  });

  it.each([
    ["Taux d'appels aboutis", "evolution-worse"],
    ["Délai de réponse dans les 5 jours", "evolution-worse"],
    ["Nombre d'utilisateurs au PAN", "evolution-neutral"],
  ])("colours the change of %s by whether it is an improvement", (name, style) => {
    expect(cellAt(summary, rowOf(summary, name), 7)?.style).toBe(style);
  });

  it("colours an improvement green", () => {
    const better: IndicatorAnalysis = { ...SEED_INDICATORS[0], change: 2, improved: true };
    const sheet = sheetByRole(planReport(seedAnalysis({ indicators: [better] }), OPTIONS), "summary");
    const row = rowOf(sheet, "Taux d'appels aboutis");
    expect(plain(textAt(sheet, row, 7))).toBe("▲ +2 points");
    expect(cellAt(sheet, row, 7)?.style).toBe("evolution-better");
  });

  it.each([
    [true, { kind: "cell", sheet: "Indicateurs 2021", cell: "B4" }],
    [false, undefined],
  ])("links an indicator's name to its source row only when the report lives in the source (%s)", (linkToSource, link) => {
    const sheet = sheetByRole(planReport(seedAnalysis(), { ...OPTIONS, linkToSource }), "summary");
    expect(cellAt(sheet, rowOf(sheet, "Taux d'appels aboutis"), 1)?.link).toEqual(link);
  });

  it("keeps each indicator's comment", () => {
    expect(textAt(summary, rowOf(summary, "Nombre d'exercices réalisés"), 8)).toBe("4 exercices ont été réalisés en 2021");
  });

  it("writes the assessment in the seed's register, with one sentence per change and the monthly rate", () => {
    const texts = allTexts(summary).map(plain);
    const assessment = texts.indexOf("Appréciation globale");
    expect(assessment).toBeGreaterThan(0);
    expect(texts[assessment + 1]).toMatch(/^Globalement les cibles des indicateurs sont largement atteintes \(6 sur 7\)\./);
    expect(texts).toContain("• Taux d'appels aboutis : 94 %, en baisse d'un point par rapport à 2020.");
    expect(texts).toContain("• Taux d'engagements sur les réseaux sociaux : 5 %, en baisse de 2 points par rapport à 2020.");
    expect(texts).toContain("• Délai de réponse dans les 5 jours : 1,5 j, en hausse de 0,1 jour par rapport à 2020.");
    expect(texts).toContain("• Taux annuel d'appels aboutis calculé sur 12 mois : 94,1 % (14 921 appels aboutis sur 15 860 reçus).");
  });

  it("is print-ready: A4 landscape, one page wide, header repeated and frozen, no gridlines", () => {
    expect(summary.print).toEqual({
      orientation: "landscape", paper: "A4", fitToOnePageWide: true, repeatRows: { first: HEADER_ROW, last: HEADER_ROW },
    });
    expect(summary.freeze).toEqual({ rows: HEADER_ROW, columns: 0 });
    expect(summary.showGridlines).toBe(false);
    expect(summary.columnWidths.every(({ width }) => width >= 10 && width <= 70)).toBe(true);
  });

  it("makes rows taller for long names and comments", () => {
    const height = (name: string) => summary.rowHeights?.find((entry) => entry.row === rowOf(summary, name))?.height ?? 15;
    expect(height("Nombre d'activation de la cellule de communication d'urgence opérationnelle")).toBeGreaterThan(
      height("Taux de connexion au site"),
    );
  });

  it("starts the charts on a printed page of their own", () => {
    const chartsTitle = rowOf(summary, "Graphiques");
    expect(summary.pageBreaksBefore).toContain(chartsTitle);
    expect(summary.charts.every((chart) => chart.anchor.row > chartsTitle)).toBe(true);
  });
});

describe("the summary's options and edge cases", () => {
  const notMet = indicator(20, {
    theme: "Accueil téléphonique", name: "Taux d'appels perdus", direction: "lower",
    result: { raw: "11 %", quantity: percent(11) }, target: { raw: "< 10 %", quantity: target(percent(10), "<") },
    status: "not_met", gap: 1,
  });
  const withNotMet = (tolerance: number) =>
    sheetByRole(planReport(seedAnalysis({ indicators: [notMet], summary: summarize([notMet]) }), { ...OPTIONS, tolerance }), "summary");

  it.each([
    [0, "Non atteint", "status-not-met"],
    [0.5, "Non atteint", "status-not-met"],
    [1, "Non atteint (dans la tolérance)", "status-tolerance"],
  ])("with a tolerance of %s point, a gap of 1 point shows %s", (tolerance, label, style) => {
    const sheet = withNotMet(tolerance);
    const row = rowOf(sheet, "Taux d'appels perdus");
    expect(textAt(sheet, row, 4)).toBe(label);
    expect(cellAt(sheet, row, 4)?.style).toBe(style);
  });

  it("names a target not met, with its result and target, in the assessment", () => {
    expect(allTexts(withNotMet(0)).map(plain)).toContainEqual(
      expect.stringContaining("Cible non atteinte : Taux d'appels perdus (11 % pour une cible < 10 %)."),
    );
  });

  it("says in the assessment that a missed target is within the tolerance", () => {
    expect(allTexts(withNotMet(1)).map(plain)).toContainEqual(
      expect.stringContaining("Cible non atteinte : Taux d'appels perdus (11 % pour une cible < 10 %, dans la tolérance)."),
    );
  });

  it("shows the national average column when one is given, coloured by direction", () => {
    const national: IndicatorAnalysis = { ...SEED_INDICATORS[0], nationalAverage: 89, nationalGap: 5, betterThanNational: true };
    const sheet = sheetByRole(planReport(seedAnalysis({ indicators: [national] }), OPTIONS), "summary");
    const column = rowTexts(sheet, HEADER_ROW).indexOf("Moyenne nationale") + 1;
    expect(column).toBeGreaterThan(0);
    const row = rowOf(sheet, "Taux d'appels aboutis");
    expect(plain(textAt(sheet, row, column))).toBe("89 %");
    expect(cellAt(sheet, row, column)?.style).toBe("evolution-better");
  });

  it("leaves out the previous-year columns when there is no previous year", () => {
    const alone = SEED_INDICATORS.map((i) => ({ ...i, previous: null, change: null, improved: null }));
    const sheet = sheetByRole(planReport(seedAnalysis({ indicators: alone, previousYear: null }), OPTIONS), "summary");
    expect(rowTexts(sheet, HEADER_ROW)).toEqual(["Indicateur", "Résultat 2021", "Cible", "Statut", "Écart à la cible", "Commentaire"]);
  });

  it("plans no bands when no indicator has a thématique", () => {
    const bare = SEED_INDICATORS.map((i) => ({ ...i, theme: null }));
    const sheet = sheetByRole(planReport(seedAnalysis({ indicators: bare }), OPTIONS), "summary");
    expect(sheet.cells.some((cell) => cell.style === "band")).toBe(false);
    expect(rowOf(sheet, "Taux d'appels aboutis")).toBe(HEADER_ROW + 1);
  });

  it("keeps a comment that looks like a formula as plain text", () => {
    const risky: IndicatorAnalysis = { ...SEED_INDICATORS[0], comment: '=HYPERLINK("http://x")' };
    const sheet = sheetByRole(planReport(seedAnalysis({ indicators: [risky] }), OPTIONS), "summary");
    const cell = cellAt(sheet, rowOf(sheet, "Taux d'appels aboutis"), 8);
    expect(cell?.value).toEqual({ kind: "text", text: '=HYPERLINK("http://x")' });
  });

  it("says so when nothing has a target", () => {
    const none = SEED_INDICATORS.filter((i) => i.status === "no_target");
    const sheet = sheetByRole(planReport(seedAnalysis({ indicators: none, summary: summarize(none), monthly: null }), OPTIONS), "summary");
    expect(textAt(sheet, 4, 1)).toBe("Aucun indicateur n'a de cible à évaluer cette année");
  });
});

describe("unusual analyses", () => {
  it("plans a report for a year with no indicator but monthly figures", () => {
    const monthlyOnly = planReport(seedAnalysis({ indicators: [], summary: summarize([]) }), OPTIONS);
    expect(monthlyOnly.sheets.map((sheet) => sheet.role)).toEqual(["summary", "checks", "chart-data"]);
    expect(sheetByRole(monthlyOnly, "summary").charts.map((chart) => chart.name)).toEqual(["BilanQualite_Mensuel"]);
  });

  it("never plans a row taller than Excel allows", () => {
    const wordy: IndicatorAnalysis = { ...SEED_INDICATORS[0], comment: "très long commentaire ".repeat(400) };
    const sheet = sheetByRole(planReport(seedAnalysis({ indicators: [wordy] }), OPTIONS), "summary");
    expect(Math.max(...(sheet.rowHeights ?? []).map((entry) => entry.height))).toBe(409);
  });
});
