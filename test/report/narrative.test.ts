import type { IndicatorAnalysis, Status } from "../../src/domain/analysis/types";
import { writeNarrative } from "../../src/report/narrative";
import { indicator, percent, seedAnalysis, SEED_INDICATORS, summarize, target } from "./fixtures";
import { plain } from "./plan-helpers";

const rate = (row: number, status: Status): IndicatorAnalysis =>
  indicator(row, {
    name: `Taux ${row}`,
    result: { raw: "50 %", quantity: percent(50) },
    target: { raw: "> 60 %", quantity: target(percent(60), ">") },
    status,
    gap: -10,
  });

const withStatuses = (statuses: Status[]) => {
  const indicators = statuses.map((status, index) => rate(index + 1, status));
  return seedAnalysis({ indicators, summary: summarize(indicators), monthly: null, issues: [] });
};

describe("writeNarrative", () => {
  it.each([
    [["met", "met", "met"], "Globalement, les cibles des indicateurs sont toutes atteintes et les résultats sont très satisfaisants."],
    [["met", "met", "met", "not_met"], "Globalement les cibles des indicateurs sont largement atteintes (3 sur 4)."],
    [["met", "met", "not_met", "not_met"], "Les cibles des indicateurs sont majoritairement atteintes (2 sur 4)."],
    [["met", "not_met", "not_met", "not_met"], "Les cibles ne sont atteintes que pour 1 indicateur sur 4 : des actions d'amélioration sont à engager."],
    [["not_met", "invalid"], "Aucune cible n'est atteinte (0 sur 2) : des actions d'amélioration sont à engager."],
    [["no_target"], "Aucune cible n'a pu être évaluée cette année."],
  ] as [Status[], string][])("opens with the overall judgement for %j", (statuses, sentence) => {
    expect(plain(writeNarrative(withStatuses(statuses), "Contrôles 2021").overall)).toMatch(new RegExp(`^${escape(sentence)}`));
  });

  it("says that no indicator has a target, not that none is met, when results in error have no target", () => {
    const withoutTarget = (row: number, status: Status): IndicatorAnalysis =>
      indicator(row, { name: `Indicateur ${row}`, result: { raw: "#DIV/0!", quantity: null }, target: null, status, gap: null });
    const indicators = [withoutTarget(1, "invalid"), withoutTarget(2, "invalid"), withoutTarget(3, "no_target")];
    const narrative = writeNarrative(seedAnalysis({ indicators, summary: summarize(indicators), monthly: null, issues: [] }), "Contrôles 2021");
    expect(plain(narrative.overall)).toMatch(/^Aucun indicateur n'a de cible cette année : les résultats sont présentés sans appréciation/);
    expect(narrative.overall).not.toContain("actions d'amélioration");
  });

  it("lists the targets not met with their figures", () => {
    const overall = plain(writeNarrative(withStatuses(["met", "not_met", "not_met"]), "Contrôles 2021").overall);
    expect(overall).toContain("Cibles non atteintes : Taux 2 (50 % pour une cible > 60 %) ; Taux 3 (50 % pour une cible > 60 %).");
  });

  it("says what is to correct and why, from the error found on it", () => {
    const overall = plain(writeNarrative(seedAnalysis(), "Contrôles 2021").overall);
    expect(overall).toContain("À corriger avant de conclure : Délai d'information des élus en temps de crise (cible « 0,00 » non plausible).");
    expect(overall).toContain("Non mesuré en 2021 : Taux d'activation dans les délais annoncés de la CIP.");
  });

  it("points to the checks sheet when the error is not tied to a known reason", () => {
    const analysis = seedAnalysis({ issues: [] });
    expect(plain(writeNarrative(analysis, "Contrôles 2021 (2)").overall)).toContain(
      "Délai d'information des élus en temps de crise (voir la feuille « Contrôles 2021 (2) »)",
    );
  });

  it("gives one sentence per change against the previous year, none for an unchanged one", () => {
    const unchanged = { ...SEED_INDICATORS[4], previous: { year: 2020, value: 100, raw: "100 %" }, change: 0, improved: null };
    const indicators = [...SEED_INDICATORS.slice(0, 4), unchanged, ...SEED_INDICATORS.slice(5)];
    const details = writeNarrative(seedAnalysis({ indicators }), "Contrôles 2021").details.map(plain);
    expect(details.filter((detail) => detail.includes("par rapport à 2020"))).toEqual([
      "Taux d'appels aboutis : 94 %, en baisse d'un point par rapport à 2020.",
      "Taux de connexion au site : 18 %, en baisse d'un point par rapport à 2020.",
      "Taux d'engagements sur les réseaux sociaux : 5 %, en baisse de 2 points par rapport à 2020.",
      "Délai de réponse dans les 5 jours : 1,5 j, en hausse de 0,1 jour par rapport à 2020.",
    ]);
  });

  it("gives the annual call-answer rate as Σ answered ÷ Σ received, and counts the problems", () => {
    const details = writeNarrative(seedAnalysis(), "Contrôles 2021").details.map(plain);
    expect(details).toContain("Taux annuel d'appels aboutis calculé sur 12 mois : 94,1 % (14 921 appels aboutis sur 15 860 reçus).");
    expect(details).toContain("Contrôles : 1 erreur et 0 avertissement, détaillés dans la feuille « Contrôles 2021 ».");
  });

  it("says nothing of telephony or checks when there is none", () => {
    expect(writeNarrative(withStatuses(["met"]), "Contrôles 2021").details).toEqual([]);
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

describe("a change of one in a count", () => {
  it("reads in the singular: « en hausse d'un usager par jour »", () => {
    const pan = { ...SEED_INDICATORS[3], previous: { year: 2020, value: 5, raw: "5 usagers par jour" }, change: 1 };
    const details = writeNarrative(seedAnalysis({ indicators: [pan] }), "Contrôles 2021").details.map(plain);
    expect(details).toContain("Nombre d'utilisateurs au PAN : 6 usagers par jour, en hausse d'un usager par jour par rapport à 2020.");
  });
});

describe("a long table", () => {
  const many = (count: number, status: Status) => Array.from({ length: count }, (_, index) => rate(index + 1, status));

  it("names the first five targets not met and counts the others", () => {
    const indicators = many(8, "not_met");
    const overall = plain(writeNarrative(seedAnalysis({ indicators, summary: summarize(indicators), issues: [] }), "Contrôles 2021").overall);
    expect(overall).toContain("Taux 5 (50 % pour une cible > 60 %) et 3 autres (voir le tableau).");
    expect(overall).not.toContain("Taux 6");
  });

  it("tells the eight strongest changes and points to the table for the rest", () => {
    const indicators = Array.from({ length: 10 }, (_, index) => ({
      ...rate(index + 1, "met" as Status),
      previous: { year: 2020, value: 50 - (index + 1), raw: "" },
      change: index + 1,
      improved: true,
    }));
    const details = writeNarrative(seedAnalysis({ indicators, summary: summarize(indicators), monthly: null, issues: [] }), "Contrôles 2021").details.map(plain);
    expect(details).toHaveLength(9);
    expect(details[0]).toBe("Taux 3 : 50 %, en hausse de 3 points par rapport à 2020.");
    expect(details[8]).toBe("2 autres évolutions notables sont à lire dans le tableau.");
  });

  it("leaves out changes too small to be notable", () => {
    const small = { ...rate(1, "met"), previous: { year: 2020, value: 49.5, raw: "" }, change: 0.5, improved: true };
    expect(writeNarrative(seedAnalysis({ indicators: [small], monthly: null, issues: [] }), "Contrôles 2021").details).toEqual([]);
  });
});
