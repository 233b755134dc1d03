/** Every French word the telephony reader and the telephony sheet show to the user. */

import { NO_BREAK_SPACE as NBSP, quoted } from "../text/french";

export type FigureName = "received" | "answered" | "lost";

const FIGURE_LABEL: Readonly<Record<FigureName, string>> = {
  received: "appels reçus",
  answered: "appels aboutis",
  lost: "appels perdus",
};

/** "de mars 2021", "d'août 2021", "du 15/01/2021". */
function ofMonth(month: string): string {
  if (/^\d/.test(month)) return `du ${month}`;
  return /^[aeiouyàâéèêëîïôöûüh]/i.test(month) ? `d'${month}` : `de ${month}`;
}

export const TELEPHONY_MESSAGES = {
  monthUnreadable: (raw: string) =>
    raw === ""
      ? `Cette ligne contient des chiffres mais pas de mois${NBSP}: indiquez le mois (par exemple « janvier 2021 »).`
      : `Le mois ${quoted(raw)} n'est pas lisible${NBSP}: écrivez par exemple « janvier 2021 », « 01/2021 » ou une date.`,
  figureUnreadable: (figure: FigureName, raw: string, month: string) =>
    `Le nombre d'${FIGURE_LABEL[figure]} ${ofMonth(month)} n'est pas lisible${NBSP}: ${quoted(raw)}. Cette ligne est écartée du total.`,
  figureMissing: (figure: FigureName, month: string) =>
    `Le nombre d'${FIGURE_LABEL[figure]} ${ofMonth(month)} manque. Cette ligne est écartée du total.`,
  figureNegative: (figure: FigureName, raw: string, month: string) =>
    `Le nombre d'${FIGURE_LABEL[figure]} ${ofMonth(month)} est négatif (${raw}). Cette ligne est écartée du total.`,
  lostExceedsReceived: (month: string, lost: string, received: string) =>
    `${capitalize(month)}${NBSP}: plus d'appels perdus (${lost}) que d'appels reçus (${received}). Cette ligne est écartée du total.`,
  answeredExceedsReceived: (month: string, answered: string, received: string) =>
    `${capitalize(month)}${NBSP}: plus d'appels aboutis (${answered}) que d'appels reçus (${received})${NBSP}; les colonnes sont peut-être inversées. Cette ligne est écartée du total.`,
  monthDuplicate: (month: string) =>
    `${capitalize(month)} figure deux fois${NBSP}; seule la première ligne est comptée.`,
  dayDuplicate: (date: string) => `Le ${date} figure deux fois${NBSP}; seule la première ligne est comptée.`,
  monthlyAndDaily: (month: string) =>
    `${capitalize(month)} figure à la fois en total mensuel et en lignes journalières${NBSP}; seules les premières lignes sont comptées.`,
  monthMissing: (month: string, before: string, after: string) =>
    `${capitalize(month)} manque entre ${before} et ${after}.`,
  siteMonthMissingBetween: (site: string, month: string, before: string, after: string) =>
    `${capitalize(month)} manque pour le site ${quoted(site)} entre ${before} et ${after}.`,
  siteMonthMissing: (site: string, month: string) =>
    `${capitalize(month)} manque pour le site ${quoted(site)}, alors que d'autres sites l'ont${NBSP}: le mois n'est pas complet.`,
  noHeader: `Aucun en-tête reconnu${NBSP}: il faut au moins une colonne ${quoted("Mois")} (ou ${quoted("Période")}, ${quoted("Date")}) et une colonne ${quoted("Appels reçus")}.`,
  noAnsweredColumn: `Aucune colonne d'appels aboutis (ou d'appels perdus) n'a été trouvée${NBSP}: le taux d'appels aboutis ne peut pas être calculé.`,
  yearUnknown: `L'année de ces mois n'est indiquée nulle part${NBSP}: choisissez l'année (option --year, ou l'année du volet) ou écrivez-la dans les mois (« janvier 2021 »). Les mois ne sont pas comptés.`,
} as const;

/** Words written in the telephony sheet the add-in creates. */
export const TELEPHONY_SHEET_TEXT = {
  sheetName: (year: number) => `Téléphonie ${year}`,
  title: (year: number) => `Accueil téléphonique ${year} — appels reçus et aboutis par mois`,
  month: "Mois",
  received: "Appels reçus",
  answered: "Appels aboutis",
  rate: "Taux d'appels aboutis",
  total: "Total",
} as const;

/** Words of the check-telephony report. */
export const TELEPHONY_REPORT_TEXT = {
  heading: (source: string) => `Relevé téléphonique${NBSP}: ${source}`,
  year: (year: number | null) => `Année${NBSP}: ${year === null ? "non trouvée (indiquez --year)" : String(year)}`,
  noMonth: "Aucun mois valide n'a été lu.",
  columns: ["Mois", "Appels reçus", "Appels aboutis", "Taux"] as const,
  total: "Total",
  annualRate: (rate: string) => `Taux annuel d'appels aboutis${NBSP}: ${rate} (total des appels aboutis ÷ total des appels reçus)`,
  noIssue: "Aucun problème relevé.",
  issues: (count: number) => `Problèmes relevés (${count})${NBSP}:`,
  issueLine: (severity: string, line: number | undefined, message: string) =>
    `- ${severity}${line === undefined ? "" : `, ligne ${line}`}${NBSP}: ${message}`,
  severity: { error: "Erreur", warning: "Avertissement" } as const,
  fileMissing: (path: string) => `Le fichier ${quoted(path)} est introuvable.`,
  fileUnreadable: (path: string) => `Le fichier ${quoted(path)} ne peut pas être lu.`,
  notAFile: (path: string) => `${quoted(path)} n'est pas un fichier.`,
  workbookGiven: (path: string) =>
    `${quoted(path)} est un classeur Excel, pas un export texte${NBSP}: enregistrez l'export au format CSV ou texte, ou utilisez la commande analyze.`,
} as const;

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
