import { analyzeWorkbook, type Analysis } from "../../src/domain/analysis";
import type { IndicatorAnalysis } from "../../src/domain/analysis/types";
import type { Target } from "../../src/domain/values/types";
import { planReport } from "../../src/report";
import type { PlannedSheet } from "../../src/report/plan";
import { publicFigures } from "../../src/report/public/figures";
import { DEFAULT_PUBLIC_FIGURES } from "../../src/report/public/kinds";
import { planPublicSheet } from "../../src/report/public/sheet";
import { commitmentText, durationText, percentText } from "../../src/report/public/spell";
import { delayInName } from "../../src/report/public/find";
import { readWorkbookFile } from "../../src/xlsx/read-workbook";
import { days, OPTIONS, percent, seedAnalysis, SEED_INDICATORS, target } from "./fixtures";
import { allTexts, plain } from "./plan-helpers";

const CONTEXT = { sheetName: "Affichage 2021", generatedAt: new Date(2022, 0, 15, 9, 30), figures: DEFAULT_PUBLIC_FIGURES };

function page(analysis: Analysis, figures = DEFAULT_PUBLIC_FIGURES): PlannedSheet {
  const sheet = planPublicSheet(analysis, { ...CONTEXT, figures });
  if (sheet === null) throw new Error("no public page");
  return sheet;
}

const texts = (sheet: PlannedSheet): string[] => allTexts(sheet).filter((text) => text !== "").map(plain);
const named = (name: string): IndicatorAnalysis => {
  const found = SEED_INDICATORS.find((candidate) => candidate.name === name);
  if (!found) throw new Error(name);
  return found;
};

let surveyAnalysis: Analysis;
beforeAll(async () => {
  const outcome = analyzeWorkbook(await readWorkbookFile("samples/enquete-satisfaction-2021.xlsx"));
  if (!outcome.ok) throw new Error(outcome.message);
  surveyAnalysis = outcome.analysis;
});

describe("the « Affichage » page for the public", () => {
  it("heads with « Nos résultats 2021 » and gives the seed's call-answer rate and e-mail delay with their commitments, in plain words", () => {
    expect(texts(page(seedAnalysis()))).toEqual([
      "Nos résultats 2021",
      "La qualité de notre accueil : nos engagements et nos résultats",
      "94 %",
      "des appels téléphoniques ont reçu une réponse",
      "14 921 appels décrochés sur 15 860 reçus",
      "Notre engagement : plus de 90 %",
      "Engagement tenu",
      "1,5 jour",
      "pour répondre à vos courriels",
      "Notre engagement : au plus 5 jours",
      "Engagement tenu",
      "Sources : le relevé des appels de notre standard et le suivi des courriels reçus, année 2021. Chiffres arrêtés le 15 janvier 2022.",
      "Qual-e-pref : la démarche qualité de l'accueil des usagers dans les préfectures, qui publient leurs résultats chaque année.",
    ]);
  });

  it("shows no indicator code, no indicator name as the table spells it and no internal word", () => {
    const words = texts(page(seedAnalysis(), ["calls", "email-delay", "email-rate", "satisfaction"])).join("\n");
    expect(words).not.toMatch(/\b\d+\.\d+\b/);
    for (const internal of ["Taux d'appels aboutis", "Délai de réponse dans les 5 jours", "Indicateur", "cible", "N-1", "Atteint", "COPIL"]) {
      expect(words).not.toContain(internal);
    }
    // Qual-e-pref appears once, in the line that says what it is.
    expect(words.match(/Qual-e-pref/g)).toHaveLength(1);
    expect(words).toContain("Qual-e-pref : la démarche qualité de l'accueil des usagers");
  });

  it("takes the overall satisfaction from the survey, with its respondents, beside the call-answer rate", () => {
    const shown = texts(page(surveyAnalysis));
    expect(shown).toEqual(expect.arrayContaining(["94 %", "97 %", "des usagers interrogés sont satisfaits", "Enquête de satisfaction 2021 auprès de 120 usagers"]));
    expect(shown.join("\n")).toContain("notre enquête de satisfaction auprès des usagers");
  });

  it("judges the survey's rate against the table's satisfaction target", () => {
    const table = surveyAnalysis.indicators.map((i) =>
      i.name.includes("satisfaction") ? { ...i, target: { raw: "≥ 98 %", quantity: target(percent(98), ">=") } } : i,
    );
    const [figure] = publicFigures({ ...surveyAnalysis, indicators: table }, ["satisfaction"]);
    expect(figure).toMatchObject({ value: "97\u00a0%", commitment: "au moins 98\u00a0%", met: false });
  });

  it("leaves out a figure the year does not have, never showing it as 0", () => {
    const notMeasured = { ...named("Taux d'appels aboutis"), result: { raw: "/", quantity: null }, status: "not_measured" as const };
    const indicators = SEED_INDICATORS.map((i) => (i.name === notMeasured.name ? notMeasured : i));
    const shown = texts(page(seedAnalysis({ indicators, monthly: null })));
    expect(shown).not.toContain("des appels téléphoniques ont reçu une réponse");
    expect(shown.some((text) => /^0\s?%$/.test(text))).toBe(false);
    expect(shown).toContain("1,5 jour");
  });

  it("takes the call-answer rate from the monthly figures when the table has none", () => {
    const indicators = SEED_INDICATORS.filter((i) => i.name !== "Taux d'appels aboutis");
    const [figure] = publicFigures(seedAnalysis({ indicators }), ["calls"]);
    expect(figure).toMatchObject({ value: "94\u00a0%", commitment: null, met: null, detail: "14\u202f921 appels décrochés sur 15\u202f860 reçus" });
  });

  it("leaves out a figure whose cell is to be corrected", () => {
    const invalid = { ...named("Délai de réponse dans les 5 jours"), status: "invalid" as const };
    const indicators = SEED_INDICATORS.map((i) => (i.name === invalid.name ? invalid : i));
    expect(publicFigures(seedAnalysis({ indicators }), ["email-delay"])).toEqual([]);
  });

  it("writes no page when the year has none of the chosen figures", () => {
    expect(planPublicSheet(seedAnalysis({ indicators: [], monthly: null }), CONTEXT)).toBeNull();
    expect(planPublicSheet(seedAnalysis(), { ...CONTEXT, figures: [] })).toBeNull();
  });

  it("shows the figures the user chose, in the page's order whatever the order chosen", () => {
    const kinds = publicFigures(seedAnalysis(), ["email-rate", "calls"]).map((figure) => figure.kind);
    expect(kinds).toEqual(["calls", "email-rate"]);
    expect(texts(page(seedAnalysis(), ["email-rate"]))).toEqual(
      expect.arrayContaining(["100 %", "des courriels ont reçu une réponse sous 5 jours", "Notre engagement : plus de 80 %"]),
    );
  });

  it("says « Engagement non tenu cette année » for a commitment missed", () => {
    const missed = { ...named("Taux d'appels aboutis"), result: { raw: "88 %", quantity: percent(88) }, status: "not_met" as const };
    const indicators = SEED_INDICATORS.map((i) => (i.name === missed.name ? missed : i));
    expect(publicFigures(seedAnalysis({ indicators, monthly: null }), ["calls"])[0]).toMatchObject({ value: "88\u00a0%", met: false });
    expect(texts(page(seedAnalysis({ indicators, monthly: null }), ["calls"]))).toContain("Engagement non tenu cette année");
  });

  it("prints on one A4 portrait page, centred, and fits it at full size with the three default figures", () => {
    const sheet = page(surveyAnalysis);
    expect(sheet.print).toEqual({ orientation: "portrait", paper: "A4", fitToOnePageWide: true, fitToOnePageTall: true, centerHorizontally: true });
    const height = (sheet.rowHeights ?? []).reduce((sum, row) => sum + row.height, 0);
    // A4 is 842 points tall; Excel's default margins take 0.75 inch top and bottom.
    expect(height).toBeLessThanOrEqual(842 - 2 * 54);
    expect(sheet.cells.find((cell) => cell.value.kind === "text" && cell.value.text === "94\u00a0%")?.style).toBe("public-figure");
  });

  it("comes after the survey in the report, tagged as the year's public page, only when asked for", () => {
    const plan = planReport(surveyAnalysis, { ...OPTIONS, publicFigures: DEFAULT_PUBLIC_FIGURES });
    expect(plan.sheets.map((sheet) => sheet.name)).toEqual(["Synthèse 2021", "Contrôles 2021", "Enquête 2021", "Affichage 2021", "Données graphiques 2021"]);
    expect(plan.sheets[3]).toMatchObject({ role: "public", year: 2021, showGridlines: false });
    expect(planReport(surveyAnalysis, OPTIONS).sheets.map((sheet) => sheet.name)).not.toContain("Affichage 2021");
    expect(planReport(surveyAnalysis, { ...OPTIONS, existingSheetNames: ["Affichage 2021"], publicFigures: DEFAULT_PUBLIC_FIGURES }).sheets[3].name).toBe("Affichage 2021 (2)");
  });
});

describe("figures as a visitor reads them", () => {
  it.each([
    [94.08, 90, "94 %"],
    [89.6, 90, "89,6 %"],
    [90.4, 90, "90,4 %"],
    [99.6, null, "99,6 %"],
    [100, 80, "100 %"],
  ])("shows %p %% (commitment %p) as %p", (value, commitment, expected) => {
    expect(plain(percentText(value, commitment))).toBe(expected);
  });

  it.each([
    [days(1.5), "1,5 jour"],
    [days(5), "5 jours"],
    [{ ...days(5), workingDays: true }, "5 jours ouvrés"],
    [{ value: 36, dimension: "duration" as const, unit: "heures", bare: false }, "36 heures"],
  ])("spells the duration %p as %p", (quantity, expected) => {
    expect(plain(durationText(quantity))).toBe(expected);
  });

  const cases: [Target, "higher" | "lower", string][] = [
    [target(percent(90), ">"), "higher", "plus de 90 %"],
    [target(percent(90), ">="), "higher", "au moins 90 %"],
    [target(percent(10), "<"), "lower", "moins de 10 %"],
    [target(days(5), "<="), "lower", "au plus 5 jours"],
    [target(days(5)), "lower", "au plus 5 jours"],
    [target(percent(80)), "higher", "au moins 80 %"],
    [target(percent(100), null, { value: 1, dimension: "duration", unit: "heures", bare: false }), "higher", "au moins 100 % en 1 heure"],
  ];
  it.each(cases)("words the target %p (%s is better) as « %s »", (given, direction, expected) => {
    expect(plain(commitmentText(given, direction))).toBe(expected);
  });

  it.each([
    ["Taux de réponse sous 5 jours", "sous 5 jours"],
    ["Courriels traités en 48 h", "en 48 heures"],
    ["Réponses dans les 15 jours ouvrés", "dans les 15 jours ouvrés"],
    ["Taux de réponse", null],
  ])("finds the delay in the name %p: %p", (name, expected) => {
    const found = delayInName(name);
    expect(found === null ? null : plain(found)).toBe(expected);
  });
});
