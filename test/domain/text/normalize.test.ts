import { nameKey, normalizeText, wordsOf } from "../../../src/domain/text/normalize";

describe("nameKey", () => {
  it.each([
    ["Taux d'appels aboutis", "TAUX D’APPELS ABOUTIS"],
    ["Taux d'appels aboutis", "Taux  d'appels aboutis."],
    ["Délai de réponse", "Delai de reponse"],
    ["Taux d'engagements sur les réseaux sociaux", "Taux d'engagement sur les réseaux sociaux"],
    ["Nombre d'activation de la cellule", "Nombre d'activation de la cellule "],
  ])("matches %p with %p", (a, b) => {
    expect(nameKey(a)).toBe(nameKey(b));
  });

  it.each([
    ["Taux de réponse sous 5 jours", "Taux de réponse sous 15 jours"],
    ["Taux d'appels aboutis", "Taux d'appels perdus"],
  ])("tells %p from %p", (a, b) => {
    expect(nameKey(a)).not.toBe(nameKey(b));
  });
});

describe("text helpers", () => {
  it("normalises case, accents, ligatures and punctuation", () => {
    expect(normalizeText("  Évènement MAJEUR, cœur ! ")).toBe("evenement majeur coeur");
  });

  it("keeps invariable words whole in the singular", () => {
    expect(wordsOf("Sens Taux Délais Résultats")).toEqual(["sens", "taux", "delai", "resultat"]);
  });
});
