import { percentCell, type GridEntry } from "../../helpers/cells";
import { analyze, analyzeOne, sheet2021 } from "./fixtures/analyze";

describe("direction", () => {
  const withSens = ["Thématique", "Indicateur", "Sens", "Résultat", "Cible"];

  it.each([
    ["hausse", "higher"],
    ["↑", "higher"],
    ["Plus haut", "higher"],
    ["baisse", "lower"],
    ["↓", "lower"],
    ["plus bas", "lower"],
  ])("follows an explicit sens column saying %p", (sens, direction) => {
    const { indicator } = analyzeOne(["Accueil", "Nombre de visites", sens, "120", "100"], withSens);
    expect(indicator.direction).toBe(direction);
    expect(indicator.status).toBe(direction === "higher" ? "met" : "not_met");
  });

  it("lets the sens column win over the target's comparator", () => {
    const { indicator } = analyzeOne(["Accueil", "Taux A", "baisse", "8 %", "> 10 %"], withSens);
    expect(indicator.direction).toBe("lower");
  });

  it.each<[string, readonly GridEntry[], string]>([
    ["a strict comparator", ["", "Taux A", "94 %", "> 90 %"], "higher"],
    ["an at-most comparator", ["", "Taux A", "8 %", "≤ 10 %"], "lower"],
    ["a duration", ["", "Délai de réponse", "1,5 jours", "5 jours"], "lower"],
    ["a percent", ["", "Taux de connexion au site", "18 %", "5 %"], "higher"],
    ["a percent of lost calls", ["", "Taux d'appels perdus", "8 %", "10 %"], "lower"],
    ["a percent of abandoned calls", ["", "Taux d'appels abandonnés", "8 %", ""], "lower"],
    ["a percent of complaints", ["", "Taux de réclamations", "3 %", "5 %"], "lower"],
    ["a délai holding a percent (a share)", ["", "Délai d'information des élus", "95 %", "90 %"], "higher"],
    ["a count with a target", ["", "Nombre d'exercices", "3 exercices", "4 exercices/an"], "higher"],
    ["a count without target", ["", "Nombre d'activations", 14, ""], "none"],
  ])("is inferred from %s", (_label, row, direction) => {
    expect(analyzeOne(row).indicator.direction).toBe(direction);
  });
});

describe("status and gap", () => {
  it.each<[string, GridEntry, GridEntry, string, number | null]>([
    ["a strict target reached exactly", "90 %", ">90 %", "not_met", 0],
    ["an inclusive target reached exactly", "90 %", "≥ 90 %", "met", 0],
    ["a target without comparator reached exactly", "4 exercices", "4/an", "met", 0],
    ["a duration at its limit", "5 jours", "5 jours", "met", 0],
    ["a duration above its limit", "6 jours", "5 jours", "not_met", 1],
    ["a strict upper bound reached exactly", "10 %", "< 10 %", "not_met", 0],
    ["durations in different units", "36 h", "≤ 2 jours", "met", -12],
    ["a bare 94 beside a percent target", 94, "> 90 %", "met", 4],
    ["a bare 0.94 beside a percent target", 0.94, "> 90 %", "met", 4],
    ["a fraction in a percent-formatted cell", percentCell(0.94), "> 90 %", "met", 4],
    ["a bare number beside a duration target", 3, "5 jours", "met", -2],
    ["a percent beside a bare target", "94 %", 0.9, "met", 4],
    ["a duration against a rate's time limit", "45 minutes", "100 % en 1 h", "met", -15],
    ["a score", "4,2 sur 5", "≥ 4 sur 5", "met", 0.2],
  ])("handles %s", (_label, result, target, status, gap) => {
    const { indicator, analysis } = analyzeOne(["", "Indicateur", result, target]);
    expect(analysis.issues).toEqual([]);
    expect(indicator.status).toBe(status);
    expect(indicator.gap).toBe(gap);
  });

  it("keeps the reconciled result quantity for the report", () => {
    const { indicator } = analyzeOne(["", "Taux A", 0.94, "> 90 %"]);
    expect(indicator.result).toEqual({ raw: "0,94", quantity: expect.objectContaining({ value: 94, dimension: "percent", unit: "%" }) });
  });

  it("reads a bare number with a `%` unit column as a percent", () => {
    const { indicator } = analyzeOne(["", "Taux A", "%", 0.94, 90], ["Thématique", "Indicateur", "Unité", "Résultat", "Cible"]);
    expect(indicator.result?.quantity).toMatchObject({ value: 94, unit: "%" });
    expect(indicator).toMatchObject({ status: "met", gap: 4 });
  });
});

describe("national average", () => {
  const header = ["Thématique", "Indicateur", "Résultat", "Cible", "Moyenne nationale"];

  it.each<[string, readonly GridEntry[], number, number, boolean]>([
    ["a higher-is-better rate above it", ["", "Taux d'appels aboutis", "94 %", "> 90 %", "89 %"], 89, 5, true],
    ["a higher-is-better rate below it", ["", "Taux d'appels aboutis", "85 %", "> 90 %", 0.89], 89, -4, false],
    ["a lower-is-better delay below it", ["", "Délai de réponse", "1,5 jours", "5 jours", "2 jours"], 2, -0.5, true],
  ])("judges %s by direction", (_label, row, average, gap, better) => {
    const { indicator } = analyzeOne(row, header);
    expect(indicator).toMatchObject({ nationalAverage: average, nationalGap: gap, betterThanNational: better });
  });

  it("gives no verdict for an activity count", () => {
    const { indicator } = analyzeOne(["", "Nombre d'activations", 14, "", 10], header);
    expect(indicator).toMatchObject({ nationalAverage: 10, nationalGap: 4, betterThanNational: null });
  });
});

describe("previous year", () => {
  it("reads a N-1 column of the same table", () => {
    const analysis = analyze([sheet2021([["", "Taux A", "94 %", "> 90 %", "91 %"]], ["Thématique", "Indicateur", "Résultat", "Cible", "N-1"])]);
    expect(analysis.previousYear).toBe(2020);
    expect(analysis.indicators[0]).toMatchObject({ previous: { year: 2020, value: 91, raw: "91 %" }, change: 3, improved: true });
  });

  it("keeps a previous value that was not measured as null, without change", () => {
    const analysis = analyze([sheet2021([["", "Taux A", "94 %", "> 90 %", "/"]], ["Thématique", "Indicateur", "Résultat", "Cible", "Résultat 2020"])]);
    expect(analysis.indicators[0]).toMatchObject({ previous: { year: 2020, value: null }, change: null, improved: null });
  });

  it("gives no improvement verdict for an activity count", () => {
    const analysis = analyze([sheet2021([["", "Nombre d'activations", 14, "", 9]], ["Thématique", "Indicateur", "Résultat", "Cible", "N-1"])]);
    expect(analysis.indicators[0]).toMatchObject({ change: 5, improved: null, direction: "none" });
  });
});

describe("a rate's name", () => {
  it.each<[GridEntry, GridEntry, number, string]>([
    [0.94, "", 94, "no_target"],
    [94, 90, 94, "met"],
    [0.85, 0.9, 85, "not_met"],
  ])("makes the bare number %p (target %p) a percent", (result, target, value, status) => {
    const { indicator, analysis } = analyzeOne(["", "Taux de satisfaction", result, target]);
    expect(indicator.result?.quantity).toMatchObject({ value, unit: "%" });
    expect(indicator).toMatchObject({ status, direction: "higher" });
    expect(analysis.issues).toEqual([]);
  });

  it("gives way to a duration target", () => {
    const { indicator } = analyzeOne(["", "Taux de rappel", 3, "5 jours"]);
    expect(indicator.result?.quantity).toMatchObject({ value: 3, dimension: "duration" });
  });
});
