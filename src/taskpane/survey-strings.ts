/** The words of the survey's views and entry (in the chunks that show them, not in the first paint). */
export const SURVEY_STRINGS = {
  title: (year: number | null) =>
    year === null
      ? "Enquête de satisfaction"
      : `Enquête de satisfaction ${year}`,
  sheet: (sheet: string) => `Feuille « ${sheet} »`,
  overallLabel: "Taux de satisfaction global",
  respondents: (n: number, shown: string) =>
    `${shown}\u00a0répondant${n > 1 ? "s" : ""}`,
  questionsTitle: "Par question",
  question: "Question",
  rate: "Taux",
  answers: "Réponses",
  noAnswer: "—",
  smallSample: "moins de 30 réponses",
  sitesTitle: "Par site",
  site: "Site",
  siteRespondents: "Répondants",
  siteRate: "Taux global",
  problemsTitle: "Problèmes de l’enquête",
  noProblem: "Aucun problème dans l’enquête.",
  questionAndScale: "Question et échelle",
  scales: {
    satisfaction: "Satisfaction",
    agreement: "Accord",
    yes_no: "Oui / Non",
    score_1_5: "Note de 1 à 5",
    score_0_10: "Note de 0 à 10",
  },
  entryTitle: "Réponses à l’enquête de satisfaction",
  entryIntro:
    "Collez les réponses exportées de l’outil de formulaire ou copiées d’Excel (une ligne d’en-tête de questions, puis une ligne par répondant). Rien n’est écrit avant « Écrire dans le classeur ».",
  pasteLabel: "Réponses à coller",
  pastePlaceholder:
    "N°\tSite\tÊtes-vous satisfait de l’accueil ?\n1\tPAN\tTrès satisfait",
  yearLabel: "Année de l’enquête",
  yearHint: "Laisser vide pour l’année indiquée dans les réponses.",
  preview: "Prévisualiser les réponses",
  previewing: "Lecture des réponses en cours…",
  previewTitle: (year: number) => `Aperçu de l’enquête ${year}`,
  apply: "Écrire dans le classeur",
  applying: "Écriture des réponses en cours…",
  applied: (
    sheet: string,
    created: boolean,
    added: number,
    duplicates: number,
  ) =>
    `${created ? `Feuille « ${sheet} » créée` : `Feuille « ${sheet} » complétée`}\u00a0: ${added} répondant${added > 1 ? "s" : ""} ajouté${added > 1 ? "s" : ""}` +
    (duplicates > 0
      ? `, ${duplicates} ligne${duplicates > 1 ? "s" : ""} déjà présente${duplicates > 1 ? "s" : ""} non recopiée${duplicates > 1 ? "s" : ""}.`
      : "."),
} as const;
