import { toAnalysisJson } from "../../../src/cli/render/analysis-json";
import { grid, type GridEntry } from "../../helpers/cells";
import { analyze, codes, sheet2021 } from "./fixtures/analyze";

const HEADER: readonly GridEntry[] = ["Mois", "Appels reçus", "Appels aboutis"];
const telephony = (name: string, rows: readonly (readonly GridEntry[])[]) => grid(name, [HEADER, ...rows]);
const callRate = (result: GridEntry) => sheet2021([["Accueil téléphonique", "Taux d'appels aboutis", result, "> 80 %"]]);
const twelve = (received: number, answered: number): GridEntry[][] =>
  ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"].map((m) => [m, received, answered]);

describe("several telephony sites, one sheet each", () => {
  const prefecture = telephony("Standard préfecture 2021", [["janvier", 1000, 900], ["février", 1000, 950]]);
  const mauriac = telephony("Téléphonie Mauriac 2021", [["janvier", 100, 50], ["février", 100, 60]]);

  it("adds every site's months into the annual rate (Σ answered ÷ Σ received), not the mean of the site rates", () => {
    const analysis = analyze([callRate("86 %"), prefecture, mauriac]);
    expect(analysis.monthly).toMatchObject({ received: 2200, answered: 1960 });
    expect(analysis.monthly?.annualRate).toBeCloseTo(89.09, 2);
    expect(analysis.monthly?.months.map((m) => [m.month, m.received, m.answered])).toEqual([
      ["2021-01", 1100, 950],
      ["2021-02", 1100, 1010],
    ]);
  });

  it("gives each site its own figures and rate, named after its sheet", () => {
    const sites = analyze([callRate("89 %"), prefecture, mauriac]).monthly?.sites ?? [];
    expect(sites.map((s) => [s.name, s.sheet, s.received, s.answered, s.annualRate])).toEqual([
      ["Préfecture", "Standard préfecture 2021", 2000, 1850, 92.5],
      ["Mauriac", "Téléphonie Mauriac 2021", 200, 110, 55],
    ]);
  });

  it("checks the table's call-answer rate against the combined rate", () => {
    expect(codes(analyze([callRate("89 %"), prefecture, mauriac]))).toEqual([]);
    const differs = analyze([callRate("92,5 %"), prefecture, mauriac]);
    expect(codes(differs)).toEqual([["RESULT_DIFFERS_FROM_MONTHLY", "C2"]]);
    expect(differs.issues[0].message).toContain("89,09\u00a0%");
  });

  it("checks a site's own call-answer rate indicator against that site's rate", () => {
    const rates = sheet2021([
      ["Accueil téléphonique", "Taux d'appels aboutis", "89 %", "> 80 %"],
      ["Accueil téléphonique", "Taux d'appels aboutis – Mauriac", "70 %", "> 80 %"],
    ]);
    const analysis = analyze([rates, prefecture, mauriac]);
    expect(codes(analysis)).toEqual([["RESULT_DIFFERS_FROM_MONTHLY", "C3"]]);
    expect(analysis.issues[0].message).toContain("Téléphonie Mauriac 2021");
  });

  it("names the site that lacks a month the other sites have", () => {
    const late = telephony("Téléphonie Mauriac 2021", [["janvier", 100, 50]]);
    const analysis = analyze([callRate("90,5 %"), prefecture, late]);
    expect(analysis.issues.map((i) => [i.code, i.sheet, i.cell])).toEqual([["MONTH_MISSING", "Téléphonie Mauriac 2021", "A2"]]);
    expect(analysis.issues[0].message).toBe("Février 2021 manque pour le site «\u00a0Mauriac\u00a0», alors que d'autres sites l'ont\u00a0: le mois n'est pas complet.");
  });

  it("names the site in a gap between its own months", () => {
    const gap = telephony("Téléphonie Mauriac 2021", [["janvier", 100, 50], ["mars", 100, 50]]);
    const full = telephony("Standard préfecture 2021", [["janvier", 1000, 900], ["février", 1000, 950], ["mars", 1000, 950]]);
    const analysis = analyze([callRate("89 %"), full, gap]);
    expect(analysis.issues.filter((i) => i.code === "MONTH_MISSING").map((i) => [i.sheet, i.cell, i.message])).toEqual([
      ["Téléphonie Mauriac 2021", "A3", "Février 2021 manque pour le site «\u00a0Mauriac\u00a0» entre janvier 2021 et mars 2021."],
    ]);
  });

  it("writes monthly.sites in the JSON", () => {
    const json = toAnalysisJson(analyze([callRate("89 %"), prefecture, mauriac])) as { monthly: { sites: unknown[] } };
    expect(json.monthly.sites).toEqual([
      { name: "Préfecture", sheet: "Standard préfecture 2021", received: 2000, answered: 1850, annualRate: 92.5 },
      { name: "Mauriac", sheet: "Téléphonie Mauriac 2021", received: 200, answered: 110, annualRate: 55 },
    ]);
  });
});

describe("several telephony sites in one sheet with a site column", () => {
  const sheet = grid("Téléphonie 2021", [
    ["Site", "Mois", "Appels reçus", "Appels aboutis"],
    ["Préfecture", "janvier", 1000, 900],
    [null, "février", 1000, 950],
    ["Mauriac", "janvier", 100, 50],
    [null, "février", 100, 60],
    ["Total", null, 2200, 1960],
  ]);

  it("reads each site's months on their own, without calling the second site's January a duplicate", () => {
    const analysis = analyze([callRate("89 %"), sheet]);
    expect(codes(analysis)).toEqual([]);
    expect(analysis.monthly?.sites.map((s) => [s.name, s.sheet, s.annualRate])).toEqual([
      ["Préfecture", "Téléphonie 2021", 92.5],
      ["Mauriac", "Téléphonie 2021", 55],
    ]);
    expect(analysis.monthly).toMatchObject({ received: 2200, answered: 1960 });
  });

  it("still reports a month given twice for one site, at its row", () => {
    const twice = grid("Téléphonie 2021", [
      ["Lieu", "Mois", "Appels reçus", "Appels aboutis"],
      ["Préfecture", "janvier", 1000, 900],
      ["Préfecture", "janvier", 1000, 900],
      ["Mauriac", "janvier", 100, 50],
    ]);
    expect(codes(analyze([callRate("86 %"), twice]))).toEqual([["MONTH_DUPLICATE", "B3"]]);
  });
});

describe("one telephony sheet", () => {
  it("is a single unnamed site, with the same figures as the whole", () => {
    const analysis = analyze([callRate("90 %"), telephony("Téléphonie 2021", twelve(1000, 900))]);
    const json = toAnalysisJson(analysis) as { monthly: { sites: unknown[] } };
    expect(json.monthly.sites).toEqual([{ name: null, sheet: "Téléphonie 2021", received: 12000, answered: 10800, annualRate: 90 }]);
  });
});
