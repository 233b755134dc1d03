import { singularNoun } from "../../../src/domain/values/format-change";

describe("singularNoun", () => {
  it.each([
    ["usagers par jour", "usager par jour"],
    ["exercices/an", "exercice/an"],
    ["exercices", "exercice"],
    ["appels", "appel"],
    ["accès", "accès"],
    ["fois", "fois"],
    ["mois", "mois"],
    ["bus", "bus"],
    ["dossier", "dossier"],
  ])("turns %s into %s", (plural, singular) => {
    expect(singularNoun(plural)).toBe(singular);
  });
});
