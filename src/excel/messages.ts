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

/** « A », « B » et « C ». */
function list(names: readonly string[]): string {
  const all = names.map(quoted);
  return all.length <= 1 ? all.join("") : `${all.slice(0, -1).join(", ")} et ${all[all.length - 1]}`;
}

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
  /** After the report is written: Excel refused its print setup (the report itself is in place). */
  printSetupRefused: (sheets: readonly string[]) =>
    `Le rapport est écrit, mais Excel a refusé sa mise en page d'impression (orientation, A4, une page de large, lignes de titre répétées, sauts de page)${NBSP}: ` +
    `elle n'est pas appliquée, ou seulement en partie, à ${sheets.length > 1 ? "ses feuilles" : "sa feuille"} ${list(sheets)}. Réglez-la au besoin dans Mise en page.`,
  /** After the report is written: a sheet's tag was not found when read back. */
  reportSheetMissing: (sheet: string) =>
    `La feuille ${quoted(sheet)} du rapport est introuvable juste après son écriture (supprimée ou renommée par un coauteur${NBSP}?)${NBSP}: relancez la génération.`,
  /** After the report is written: texts Excel took for formulas or numbers. */
  textTakenForFormula: (sheet: string, cells: readonly { readonly cell: string; readonly text: string }[]) =>
    `Dans la feuille ${quoted(sheet)}, Excel a transformé ${cells.length > 1 ? `${cells.length} textes` : "un texte"} en formule ou en nombre${NBSP}: ` +
    `${cells.map(({ cell, text }) => `${cell} (${quoted(text)})`).join(", ")}. Retapez ${cells.length > 1 ? "ces textes" : "ce texte"} précédé${cells.length > 1 ? "s" : ""} d'une apostrophe (') pour ${cells.length > 1 ? "qu'ils restent" : "qu'il reste"} du texte.`,
  /** After the report is written: the read-back that confirms it could not be done. */
  reportNotConfirmed: `Le rapport est écrit, mais Excel n'a pas permis de relire ses feuilles pour le confirmer${NBSP}: vérifiez-les avant de les diffuser.`,
} as const;
