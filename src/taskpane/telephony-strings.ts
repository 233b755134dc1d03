/** The words of Saisie's telephony entry (its own chunk with the Saisie pane, not in the first paint). */
export const TELEPHONY_STRINGS = {
  intro:
    "Collez les chiffres mensuels exportés de la plateforme téléphonique (mois, appels reçus, appels aboutis ou perdus). Rien n’est écrit avant « Intégrer au classeur ».",
  pasteLabel: "Chiffres à coller",
  pastePlaceholder: "Mois;Reçus;Aboutis\njanvier 2021;1520;1432",
  yearLabel: "Année des chiffres",
  yearHint: "Laisser vide pour l’année indiquée dans les chiffres.",
  preview: "Prévisualiser",
  previewing: "Lecture des chiffres en cours…",
  previewEmpty: "Collez d’abord les chiffres à lire.",
  apply: "Intégrer au classeur",
  applying: "Intégration au classeur en cours…",
  check: "Vérifier la feuille",
  checking: "Vérification de la feuille en cours…",
  monthsFound: (n: number, year: number) =>
    `${n} mois trouvé${n > 1 ? "s" : ""} pour ${year}.`,
  noMonths: "Aucun mois lisible dans ces chiffres.",
  tableCaption: "Mois trouvés",
  month: "Mois",
  received: "Reçus",
  answered: "Aboutis",
  rate: "Taux",
  rowProblems: "Problèmes",
  monthProblem: (severity: string, month: string, message: string) =>
    `${severity} (${month})\u00a0: ${message}`,
  otherProblems: "Autres problèmes",
  totals: "Total",
  annualRate: "Taux annuel (Σ aboutis ÷ Σ reçus)",
  applied: (sheet: string, created: boolean) =>
    created
      ? `Feuille « ${sheet} » créée.`
      : `Feuille « ${sheet} » mise à jour.`,
  added: (months: string) => `Mois ajoutés : ${months}.`,
  replaced: (months: string) => `Mois remplacés : ${months}.`,
  comparisonTitle: "Taux d’appels aboutis de l’année",
  computedRate: "Calculé à partir des mois",
  tableValue: "Valeur du tableau des indicateurs",
  targetValue: "Cible",
  tableStatus: "Statut de l’indicateur :",
  notInTable: "Pas d’indicateur « Taux d’appels aboutis » dans le tableau.",
  errorsExcluded: "Les mois en erreur sont exclus des totaux.",
  sitesLabel: "Taux annuel de chaque site",
  siteName: (name: string) => `Site ${name}`,
  siteFigures: (answered: string, received: string) =>
    `${answered} aboutis sur ${received} reçus`,
  allSites: (count: number) =>
    `Ensemble des ${count} sites (Σ aboutis ÷ Σ reçus)`,
  siteLabel: "Site",
  sitePlaceholder: "Choisir le site",
  siteHint:
    "L’année compte plusieurs sites\u00a0: celui dont viennent ces chiffres.",
  chooseSite: "Choisissez le site de ces chiffres avant de les intégrer.",
  siteFold: (site: string) => `Pour «\u00a0${site}\u00a0»\u00a0:`,
  newMonths: (months: string) => `mois nouveaux\u00a0: ${months}`,
  replacedMonths: (months: string) =>
    `mois dont les chiffres seront remplacés\u00a0: ${months}`,
  rateAfter: (rate: string) =>
    `Taux annuel de l’ensemble des sites après intégration\u00a0: ${rate}`,
  pastedSites: (count: number) =>
    `Ces chiffres nomment ${count} sites\u00a0: les lignes de chacun iront à son propre site.`,
  unknownSite: (site: string) =>
    `«\u00a0${site}\u00a0» ne correspond à aucun site du classeur\u00a0: ses chiffres ne seront pas intégrés.`,
  unmatchedSite: (site: string) =>
    `Ces chiffres nomment le site «\u00a0${site}\u00a0», absent du classeur\u00a0: choisissez celui où les écrire.`,
  appliedSheets: (sheets: readonly string[]) =>
    sheets.length === 1
      ? `Feuille «\u00a0${sheets[0]}\u00a0» mise à jour.`
      : `Feuilles ${sheets.map((sheet) => `«\u00a0${sheet}\u00a0»`).join(" et ")} mises à jour.`,
  siteOutcome: (site: string, detail: string) => `${site}\u00a0: ${detail}.`,
  addedShort: (months: string) => `mois ajoutés ${months}`,
  replacedShort: (months: string) => `mois remplacés ${months}`,
} as const;
