import { surveySentence, type ScaleKind } from "../../../src/domain/survey";

const NBSP = "\u00a0";

describe("a question's sentence in the seed's style", () => {
  it.each<[string, ScaleKind, number, number, number | null, string]>([
    [
      "Êtes-vous satisfait de l'accueil téléphonique ?",
      "satisfaction", 112, 98.21, 2.45,
      `98${NBSP}% des usagers sont satisfaits de l'accueil téléphonique (112${NBSP}réponses, ±${NBSP}2,5${NBSP}points)`,
    ],
    ["Satisfaction des horaires d’ouverture", "satisfaction", 40, 90, 9.3, `90${NBSP}% des usagers sont satisfaits des horaires d'ouverture (40${NBSP}réponses, ±${NBSP}9,3${NBSP}points)`],
    ["Globalement, êtes-vous satisfait ?", "satisfaction", 30, 80, 14.3, `80${NBSP}% des usagers sont globalement satisfaits (30${NBSP}réponses, ±${NBSP}14,3${NBSP}points)`],
    ["L'agent s'est présenté", "yes_no", 100, 90, 5.9, `90${NBSP}% des usagers ont répondu «${NBSP}Oui${NBSP}» à «${NBSP}L'agent s'est présenté${NBSP}» (100${NBSP}réponses, ±${NBSP}5,9${NBSP}points)`],
    ["Les informations étaient claires", "agreement", 50, 76, 1.8, `76${NBSP}% des usagers sont d'accord avec «${NBSP}Les informations étaient claires${NBSP}» (50${NBSP}réponses, ±${NBSP}1,8${NBSP}point)`],
    ["Temps d'attente", "score_1_5", 1, 99.6, 0, `99,6${NBSP}% des usagers donnent une note de 4 ou 5 à «${NBSP}Temps d'attente${NBSP}», moyenne 4,2 sur 5 (1${NBSP}réponse)`],
  ])("writes « %s » (%s) as the seed would", (question, scale, n, satisfactionRate, margin, sentence) => {
    expect(surveySentence({ question, scale, n, satisfactionRate, margin, mean: scale === "score_1_5" ? 4.2 : null })).toBe(sentence);
  });

  it("writes nothing for a question nobody answered", () => {
    expect(surveySentence({ question: "Q", scale: "yes_no", n: 0, satisfactionRate: null, margin: null, mean: null })).toBeNull();
  });
});

describe("the words of a question in a sentence", () => {
  it("speaks of the users' things, not the reader's: « votre courriel » becomes « leur courriel »", () => {
    const sentence = surveySentence({ question: "Êtes-vous satisfait du délai de réponse à votre courriel ?", scale: "satisfaction", n: 40, satisfactionRate: 80, margin: 12.4, mean: null });
    expect(sentence).toBe(`80${NBSP}% des usagers sont satisfaits du délai de réponse à leur courriel (40${NBSP}réponses, ±${NBSP}12,4${NBSP}points)`);
  });

  it("keeps the question mark with its last word", () => {
    const sentence = surveySentence({ question: "L'agent s'est-il présenté ?", scale: "yes_no", n: 40, satisfactionRate: 90, margin: 9.3, mean: null });
    expect(sentence).toContain(`«${NBSP}L'agent s'est-il présenté${NBSP}?${NBSP}»`);
  });
});
