import { isCallAnswerRate } from "../../../src/domain/analysis";

describe("isCallAnswerRate", () => {
  it.each([["Taux d'appels aboutis"], ["Taux d'appels décrochés"], ["Taux d'appels traités"], ["Appels répondus (%)"], ["Taux de décroché"]])(
    "recognises %p",
    (name) => expect(isCallAnswerRate(name)).toBe(true),
  );

  it.each([["Taux d'appels perdus"], ["Taux d'appels abandonnés"], ["Taux de traitement des courriels"], ["Taux de réponse sous 5 jours"]])(
    "does not take %p for it",
    (name) => expect(isCallAnswerRate(name)).toBe(false),
  );
});
