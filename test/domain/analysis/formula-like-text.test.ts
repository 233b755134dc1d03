import { analyze, codes } from "./fixtures/analyze";
import { grid } from "../../helpers/cells";

const HEADER = ["Module", "Thématique", "Indicateur", "Unité", "Sens", "Résultat", "Cible", "Commentaire"];

describe("FORMULA_LIKE_TEXT on every text cell of the table", () => {
  it.each<[string, number, string]>([
    ["a comment kept as text", 7, '=HYPERLINK("https://intranet/telephonie";"Détail")'],
    ["a comment starting with a minus", 7, "-3 agents en arrêt en mars"],
    ["a thématique", 1, "@Accueil"],
    ["a module", 0, "+Module 1"],
    ["a unit", 3, "=%"],
    ["a sens", 4, "=hausse"],
    ["an indicator's name", 2, "=Taux d'appels aboutis"],
  ])("warns on %s", (_label, column, text) => {
    const row: (string | null)[] = ["Module 1", "Accueil", "Taux d'appels aboutis", "%", "hausse", "94 %", "> 90 %", null];
    row[column] = text;
    const analysis = analyze([grid("Indicateurs 2021", [HEADER, row])]);
    const address = `${String.fromCharCode(65 + column)}2`;
    expect(codes(analysis)).toEqual([["FORMULA_LIKE_TEXT", address]]);
    expect(analysis.issues[0]).toMatchObject({ severity: "warning", sheet: "Indicateurs 2021" });
    expect(analysis.issues[0].message).toContain("ressemble à une formule");
  });

  it("warns once on a thématique merged over several rows, where it is written", () => {
    const analysis = analyze([
      grid(
        "Indicateurs 2021",
        [
          ["Thématique", "Indicateur", "Résultat"],
          ["=Accueil", "Taux A", "94 %"],
          ["", "Taux B", "95 %"],
        ],
        { merges: [{ top: 2, left: 1, bottom: 3, right: 1 }] },
      ),
    ]);
    expect(codes(analysis)).toEqual([["FORMULA_LIKE_TEXT", "A2"]]);
  });

  it("says nothing of text that does not start with =, +, - or @", () => {
    const analysis = analyze([grid("Indicateurs 2021", [HEADER, ["Module 1", "Accueil", "Taux d'appels aboutis", "%", "hausse", "94 %", "> 90 %", "Stable (2020 : 95 %)"]])]);
    expect(codes(analysis)).toEqual([]);
  });
});
