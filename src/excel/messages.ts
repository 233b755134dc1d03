/** Every French word the Office.js adapter shows: errors from Excel, and its own notices. */

import { NO_BREAK_SPACE as NBSP, quoted } from "../domain/text/french";

export type ExcelFailureCode =
  | "AccessDenied"
  | "Conflict"
  | "RequestPayloadSizeLimitExceeded"
  | "NotInExcel"
  | "ItemNotFound"
  | "InvalidOperationInCellEditMode"
  | "ItemAlreadyExists"
  | "Unknown"
  | "Unexpected";

export const EXCEL_MESSAGES: Readonly<Record<ExcelFailureCode, string>> = {
  AccessDenied: `Une feuille ou le classeur est protégé${NBSP}: Excel refuse la modification. Ôtez la protection (Révision > Ôter la protection) puis réessayez.`,
  Conflict: `Un coauteur a modifié le classeur au même moment${NBSP}: rien n'a été écrit. Réessayez dans un instant.`,
  RequestPayloadSizeLimitExceeded: `Le classeur dépasse la taille qu'Excel sur le web accepte en un seul échange (5${NBSP}Mo)${NBSP}: rien n'a été écrit. Ouvrez le classeur dans Excel pour Windows ou Mac, ou déplacez les grandes feuilles de données dans un autre classeur, puis réessayez.`,
  NotInExcel: `Le complément ne fonctionne qu'à l'intérieur d'Excel${NBSP}: ouvrez le classeur dans Excel (bureau ou web) puis relancez le complément.`,
  ItemNotFound: `Une feuille ou une cellule attendue est introuvable (supprimée ou renommée entre-temps${NBSP}?). Relancez l'analyse.`,
  InvalidOperationInCellEditMode: `Une cellule est en cours de saisie${NBSP}: validez-la (Entrée) ou annulez-la (Échap), puis réessayez.`,
  ItemAlreadyExists: `Une feuille du même nom a été ajoutée entre-temps (par un coauteur${NBSP}?)${NBSP}: le classeur est resté tel qu'il était. Réessayez.`,
  Unknown: `Excel a refusé l'opération. Réessayez${NBSP}; si le problème persiste, enregistrez le classeur et rouvrez-le.`,
  Unexpected: `Une erreur inattendue a interrompu l'opération. Réessayez${NBSP}; si le problème persiste, enregistrez le classeur, rouvrez-le et signalez le problème à votre référent informatique.`,
};

export const ADAPTER_TEXT = {
  /** Said when a cell to select or mark is on a sheet that no longer exists. */
  sheetMissing: (sheet: string) => `La feuille ${quoted(sheet)} est introuvable dans le classeur (renommée ou supprimée${NBSP}?).`,
  cellInvalid: (sheet: string, cell: string) => `L'adresse ${quoted(cell)} de la feuille ${quoted(sheet)} n'est pas une cellule valide.`,
  noSurveyInPaste:
    `Aucune enquête lisible dans le texte collé${NBSP}: il faut une ligne d'en-tête de questions, puis une ligne par répondant, ` +
    `avec des réponses comme ${quoted("Très satisfait")}, ${quoted("Oui")} ou une note de 1 à 5.`,
  noSurveyYear: `Indiquez l'année de l'enquête (aucune année n'a été trouvée dans le texte collé ni dans le classeur).`,
  noTelephonyYear: `Indiquez l'année des chiffres de téléphonie (aucune année n'a été trouvée dans le texte collé ni dans le classeur).`,
  noTelephonySheet: (year: number | null) =>
    year === null
      ? `Aucune feuille de téléphonie mensuelle (colonnes mois, appels reçus, appels aboutis) n'a été trouvée dans le classeur.`
      : `Aucune feuille de téléphonie mensuelle pour ${year} n'a été trouvée dans le classeur.`,
} as const;
