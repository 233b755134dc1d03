import type { GridEntry } from "../../helpers/cells";
import { analyze, analyzeOne, codes, sheet2021 } from "./fixtures/analyze";

describe("each check fires on its case and stays quiet on its near miss", () => {
  it.each<[string, readonly GridEntry[], [string, string][], string]>([
    ["RESULT_UNREADABLE", ["Accueil", "Taux d'appels aboutis", "beaucoup", "> 90 %"], [["RESULT_UNREADABLE", "C2"]], "invalid"],
    ["TARGET_UNREADABLE", ["Accueil", "Taux d'appels aboutis", "94 %", "élevée"], [["TARGET_UNREADABLE", "D2"]], "invalid"],
    ["EXCEL_ERROR on a result", ["Accueil", "Taux d'appels aboutis", "#N/A", "> 90 %"], [["EXCEL_ERROR", "C2"]], "invalid"],
    ["EXCEL_ERROR on a target", ["Accueil", "Taux d'appels aboutis", "94 %", "#DIV/0!"], [["EXCEL_ERROR", "D2"]], "invalid"],
    ["PERCENT_OUT_OF_RANGE", ["Accueil", "Taux d'appels aboutis", "120 %", "> 90 %"], [["PERCENT_OUT_OF_RANGE", "C2"]], "invalid"],
    ["PERCENT_OUT_OF_RANGE on a bare number read as a percent", ["Accueil", "Taux d'appels aboutis", 140, "> 90 %"], [["PERCENT_OUT_OF_RANGE", "C2"]], "invalid"],
    ["NEGATIVE_VALUE", ["Courriels", "Délai de réponse", "-2 jours", "5 jours"], [["NEGATIVE_VALUE", "C2"]], "invalid"],
    ["NEGATIVE_VALUE on a count", ["Urgence", "Nombre d'exercices réalisés", -3, "4 exercices/an"], [["NEGATIVE_VALUE", "C2"]], "invalid"],
    ["UNIT_MISMATCH", ["Courriels", "Délai de réponse", "94 %", "5 jours"], [["UNIT_MISMATCH", "C2"]], "invalid"],
    ["TARGET_IMPLAUSIBLE at 0 for a rate", ["Accueil", "Taux d'appels aboutis", "94 %", "0 %"], [["TARGET_IMPLAUSIBLE", "D2"]], "invalid"],
    ["TARGET_IMPLAUSIBLE above 100 %", ["Accueil", "Taux d'appels aboutis", "94 %", "120 %"], [["TARGET_IMPLAUSIBLE", "D2"]], "invalid"],
    ["TARGET_IMPLAUSIBLE at 0 for a count", ["Urgence", "Nombre d'exercices réalisés", "4 exercices", "0 exercices/an"], [["TARGET_IMPLAUSIBLE", "D2"]], "invalid"],
    ["RESULT_MISSING", ["Accueil", "Taux d'appels aboutis", "", "> 90 %"], [["RESULT_MISSING", "C2"]], "not_measured"],
    ["FORMULA_LIKE_TEXT", ["Accueil", "Taux d'appels aboutis", "=B2/C2", "> 90 %"], [["RESULT_UNREADABLE", "C2"], ["FORMULA_LIKE_TEXT", "C2"]], "invalid"],
  ])("%s", (_label, row, expected, status) => {
    const { indicator, analysis } = analyzeOne(row);
    expect(codes(analysis)).toEqual(expected);
    expect(indicator.status).toBe(status);
    expect(analysis.issues.every((issue) => issue.sheet === "Indicateurs 2021" && issue.indicator === row[1])).toBe(true);
  });

  it.each<[string, readonly GridEntry[], string]>([
    ["a readable percent", ["Accueil", "Taux d'appels aboutis", "94 %", "> 90 %"], "met"],
    ["a not-applicable marker", ["Accueil", "Taux d'appels aboutis", "/", "> 90 %"], "not_measured"],
    ["NC", ["Accueil", "Taux d'appels aboutis", "NC", "> 90 %"], "not_measured"],
    ["a lone dash", ["Accueil", "Taux d'appels aboutis", "-", "> 90 %"], "not_measured"],
    ["a comparator in words", ["Accueil", "Taux d'appels aboutis", "94 %", "au moins 90 %"], "met"],
    ["exactly 100 %", ["Accueil", "Taux de réponse sous 5 jours", "100 %", "> 80 %"], "met"],
    ["a zero duration", ["Courriels", "Délai de réponse", "0 jour", "5 jours"], "met"],
    ["durations in different units", ["Courriels", "Délai de traitement", "36 h", "≤ 2 jours"], "met"],
    ["a 100 % target", ["Accueil", "Taux d'appels aboutis", "94 %", "100 %"], "not_met"],
    ["a 0 target for something bad", ["Accueil", "Nombre de réclamations", "2", "0"], "not_met"],
    ["an empty result without target", ["Accueil", "Taux de satisfaction", "", "", "enquête reportée"], "not_measured"],
  ])("stays quiet on %s", (_label, row, status) => {
    const { indicator, analysis } = analyzeOne(row, ["Thématique", "Indicateur", "Résultat", "Cible", "Commentaire"]);
    expect(codes(analysis)).toEqual([]);
    expect(indicator.status).toBe(status);
  });

  it("says in French what is wrong and what to do", () => {
    const { analysis } = analyzeOne(["Accueil", "Taux d'appels aboutis", "beaucoup", "> 90 %"]);
    expect(analysis.issues[0]).toMatchObject({ severity: "error", sheet: "Indicateurs 2021", cell: "C2" });
    expect(analysis.issues[0].message).toMatch(/Le résultat de «\u00a0Taux d'appels aboutis\u00a0» \(«\u00a0beaucoup\u00a0»\) n'est pas lisible\u00a0: saisissez/);
  });
});

describe("DUPLICATE_INDICATOR", () => {
  it("fires on the second spelling of the same name, at its name cell", () => {
    const analysis = analyze([
      sheet2021([
        ["Accueil", "Taux d'appels aboutis", "94 %", "> 90 %"],
        ["Accueil", "TAUX D’APPELS ABOUTIS ", "93 %", "> 90 %"],
      ]),
    ]);
    expect(codes(analysis)).toEqual([["DUPLICATE_INDICATOR", "B3"]]);
    expect(analysis.issues[0].severity).toBe("warning");
    expect(analysis.issues[0].message).toContain("déjà ligne 2");
  });

  it("stays quiet on names that differ by a number", () => {
    const analysis = analyze([
      sheet2021([
        ["Courriels", "Taux de réponse sous 5 jours", "94 %", "> 80 %"],
        ["Courriers", "Taux de réponse sous 15 jours", "93 %", "> 80 %"],
      ]),
    ]);
    expect(codes(analysis)).toEqual([]);
  });
});

describe("issue order", () => {
  it("lists the table's issues row by row, as the sheet reads", () => {
    const analysis = analyze([
      sheet2021([
        ["Accueil", "Taux d'appels aboutis", "94 %", "#N/A"],
        ["Accueil", "Taux d'appels aboutis", "beaucoup", "> 90 %"],
        ["Courriels", "Délai de réponse", "", "5 jours"],
      ]),
    ]);
    expect(codes(analysis)).toEqual([
      ["EXCEL_ERROR", "D2"],
      ["DUPLICATE_INDICATOR", "B3"],
      ["RESULT_UNREADABLE", "C3"],
      ["RESULT_MISSING", "C4"],
    ]);
  });
});
