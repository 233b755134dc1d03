/** Every French word the Office.js adapter shows: errors from Excel, and its own notices. */

import { NO_BREAK_SPACE as NBSP, frenchList, quoted } from "../domain/text/french";

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
  Conflict: `Un coauteur a modifié le classeur au même moment${NBSP}: Excel a refusé l'opération. Réessayez dans un instant.`,
  RequestPayloadSizeLimitExceeded: `Le classeur dépasse la taille qu'Excel sur le web accepte en un seul échange (5${NBSP}Mo). Ouvrez le classeur dans Excel pour Windows ou Mac, ou déplacez les grandes feuilles de données dans un autre classeur, puis réessayez.`,
  NotInExcel: `Le complément ne fonctionne qu'à l'intérieur d'Excel${NBSP}: ouvrez le classeur dans Excel (bureau ou web) puis relancez le complément.`,
  ItemNotFound: `Une feuille ou une cellule attendue est introuvable (supprimée ou renommée entre-temps${NBSP}?). Relancez l'analyse.`,
  InvalidOperationInCellEditMode: `Une cellule est en cours de saisie${NBSP}: validez-la (Entrée) ou annulez-la (Échap), puis réessayez.`,
  ItemAlreadyExists: `Une feuille du même nom a été ajoutée entre-temps (par un coauteur${NBSP}?)${NBSP}: le classeur est resté tel qu'il était. Réessayez.`,
  Unknown: `Excel a refusé l'opération. Réessayez${NBSP}; si le problème persiste, enregistrez le classeur et rouvrez-le.`,
  Unexpected: `Une erreur inattendue a interrompu l'opération. Réessayez${NBSP}; si le problème persiste, enregistrez le classeur, rouvrez-le et signalez le problème à votre référent informatique.`,
};

/** Rows as a reader counts them: « 12 à 14, 16 et 18 ». */
export function rowList(rows: readonly number[]): string {
  const runs: string[] = [];
  for (let index = 0; index < rows.length; ) {
    let end = index;
    while (end + 1 < rows.length && rows[end + 1] === rows[end] + 1) end++;
    if (end > index + 1) runs.push(`${rows[index]} à ${rows[end]}`);
    else runs.push(...rows.slice(index, end + 1).map(String));
    index = end + 1;
  }
  return frenchList(runs);
}

/** « A », « B » et « C ». */
function list(names: readonly string[]): string {
  return frenchList(names.map(quoted));
}

const plural = (count: number, one: string, many: string): string => (count > 1 ? many : one);

/** Rows of a sheet as read back after a refused write (half-written.ts). */
interface RowsAccount {
  readonly written: readonly number[];
  readonly partial: readonly number[];
  readonly notWritten: readonly number[];
  readonly blank: readonly number[];
}

/** « ligne écrite : 4 », « écrites en partie : 5 et 6 », « non écrite : 7 », « 1 ligne à ajouter non écrite ». */
function rowParts({ written, partial, notWritten }: RowsAccount, toAdd = 0): string[] {
  return [
    ...(written.length === 0 ? [] : [`${plural(written.length, "ligne écrite", "lignes écrites")}${NBSP}: ${rowList(written)}`]),
    ...(partial.length === 0 ? [] : [`${plural(partial.length, "écrite en partie", "écrites en partie")}${NBSP}: ${rowList(partial)}`]),
    ...(notWritten.length === 0 ? [] : [`${plural(notWritten.length, "non écrite", "non écrites")}${NBSP}: ${rowList(notWritten)}`]),
    ...(toAdd === 0 ? [] : [`${toAdd} ${plural(toAdd, "ligne à ajouter non écrite", "lignes à ajouter non écrites")}`]),
  ];
}

/** « (la ligne 4 a été insérée mais est restée vide : supprimez-la) », or nothing. */
function leftEmpty(blank: readonly number[]): string {
  return blank.length === 0
    ? ""
    : ` (${plural(blank.length, `la ligne ${rowList(blank)} a été insérée mais est restée vide${NBSP}: supprimez-la`, `les lignes ${rowList(blank)} ont été insérées mais sont restées vides${NBSP}: supprimez-les`)})`;
}

/** Cells of sheets, grouped by sheet: « C4 et D5 de « Indicateurs 2021 » ». */
function cellsBySheet(cells: readonly { readonly sheet: string; readonly cell: string }[]): string {
  const bySheet = new Map<string, string[]>();
  for (const { sheet, cell } of cells) bySheet.set(sheet, [...(bySheet.get(sheet) ?? []), cell]);
  const parts = [...bySheet].map(([sheet, names]) => `${frenchList(names)} de ${quoted(sheet)}`);
  return parts.join(`${NBSP}; `);
}

/**
 * What a refused write left in the workbook, said after Excel's refusal: Excel keeps the commands that ran
 * before the refused one, so each write reads back what is there and says it (half-written.ts).
 */
export const HALF_WRITTEN_TEXT = {
  /** « Dans la feuille « Téléphonie 2021 », ligne écrite : 4 ; non écrites : 5 à 7. » */
  rows: (sheet: string, account: RowsAccount): string => {
    const head =
      account.written.length === 0 && account.partial.length === 0 ? `Aucune ligne n'a été écrite dans la feuille ${quoted(sheet)}` : `Dans la feuille ${quoted(sheet)}, ${rowParts(account).join(`${NBSP}; `)}`;
    return `${head}${leftEmpty(account.blank)}.`;
  },
  /**
   * One site's rows of a sheet with a site column, where the sites' rows were written one site after the other:
   * « Pour le site « Mauriac » (feuille « Téléphonie 2022 »), ligne écrite : 6. » `toAdd`: its rows to insert
   * that the batch did not reach (they have no row number yet).
   */
  siteRows: (sheet: string, site: string, account: RowsAccount, toAdd: number): string => {
    const head = `Pour le site ${quoted(site)} (feuille ${quoted(sheet)}), `;
    const said = account.written.length === 0 && account.partial.length === 0 ? "aucune ligne n'a été écrite" : rowParts(account, toAdd).join(`${NBSP}; `);
    return `${head}${said}${leftEmpty(account.blank)}.`;
  },
  /** The sheet read back fits no point where the batch could have stopped (or several, which say different things). */
  sitesUnknown: (sheet: string, sites: readonly string[]) =>
    `Dans la feuille ${quoted(sheet)}, ce qui a été écrit pour ${plural(sites.length, "le site", "les sites")} ${list(sites)} ne peut pas être su avec certitude ` +
    `(la feuille a changé entre-temps${NBSP}?)${NBSP}: vérifiez ce qu'elle contient avant de recommencer.`,
  sheetNotCreated: (sheet: string) => `La feuille ${quoted(sheet)} n'a pas été créée.`,
  unknown: (sheet: string) => `Excel n'a pas non plus permis de relire la feuille ${quoted(sheet)}${NBSP}: vérifiez ce qu'elle contient avant de recommencer.`,
  telephonyAgain: `Relancez l'écriture${NBSP}: les mois déjà écrits seront remplacés, pas ajoutés une seconde fois.`,
  surveyAgain: (partial: boolean) =>
    (partial ? `Supprimez les lignes écrites en partie, puis recollez` : `Recollez`) +
    ` les réponses${NBSP}: celles déjà écrites seront reconnues comme doublons et pas ajoutées une seconde fois.`,
  /** Generation: what the undo left. */
  reportUndone: (hadReport: boolean) => `Les feuilles de ce rapport ont été retirées${NBSP}: ${hadReport ? "l'ancien rapport est tel qu'il était" : "aucune n'est restée"}.`,
  /** Rows appended to the user's action plan before the refusal; `remembered`: its memory lists them (not appended again). */
  planRowsAdded: (sheet: string, rows: readonly number[], remembered: boolean) =>
    `${plural(rows.length, `La ligne ${rowList(rows)} a été ajoutée`, `Les lignes ${rowList(rows)} ont été ajoutées`)}, en tout ou en partie, à la feuille ${quoted(sheet)}${NBSP}: ` +
    (remembered
      ? `${plural(rows.length, "gardez-la ou supprimez-la", "gardez-les ou supprimez-les")}.`
      : `${plural(rows.length, "supprimez-la", "supprimez-les")} avant de relancer la génération, qui ${plural(rows.length, "l'ajoutera", "les ajoutera")} de nouveau.`),
  reportInPlace: (sheets: readonly string[]) =>
    `Le nouveau rapport est en place (${list(sheets)}) et l'ancien a été supprimé, mais sa mise en page d'impression n'est pas faite${NBSP}: relancez la génération.`,
  reportNotUndone: (left: readonly string[], notRenamed: readonly { readonly name: string; readonly now: string }[], untagged: readonly string[]) =>
    `Excel n'a pas permis de défaire entièrement l'écriture${NBSP}: ` +
    [
      ...(left.length === 0 ? [] : [`${plural(left.length, "la feuille", "les feuilles")} ${list(left)} ${plural(left.length, "est restée", "sont restées")} (la prochaine génération ${plural(left.length, "la supprime", "les supprime")})`]),
      ...notRenamed.map(({ name, now }) => `la feuille ${quoted(name)} de l'ancien rapport s'appelle encore ${quoted(now)}`),
      ...untagged.map((name) => `la feuille ${quoted(name)} n'est plus reconnue comme feuille du rapport (la prochaine génération ne la remplacera pas)`),
    ].join(`${NBSP}; `) +
    ".",
  reportUnknown: `Excel n'a pas non plus permis de vérifier ce qui reste de l'écriture${NBSP}: vérifiez les feuilles du classeur avant de relancer la génération.`,
  /** Marks. */
  marked: (done: readonly { readonly sheet: string; readonly cell: string }[], total: number, originalsKept: boolean) =>
    done.length === 0
      ? `Aucune cellule n'a été surlignée.`
      : (done.length === total
          ? `${plural(total, "La cellule a été surlignée", `Les ${total} cellules ont été surlignées`)} (${cellsBySheet(done)})${NBSP}; `
          : `${done.length} ${plural(done.length, "cellule", "cellules")} sur ${total} ${plural(done.length, "a été surlignée", "ont été surlignées")} (${cellsBySheet(done)}), pas les autres${NBSP}; `) +
        (originalsKept
          ? `leurs couleurs d'origine sont gardées${NBSP}: ${quoted("Effacer les marques")} les rétablit.`
          : `leurs couleurs d'origine n'ont pas été gardées${NBSP}: rétablissez-les à la main.`),
  cleared: (done: readonly { readonly sheet: string; readonly cell: string }[], total: number, listKept: boolean) =>
    done.length === total
      ? `${plural(total, "La cellule a", `Les ${total} cellules ont`)} retrouvé ${plural(total, "ses", "leurs")} couleurs d'origine` +
        (listKept ? `, mais leur liste n'a pas été mise à jour${NBSP}: relancez ${quoted("Effacer les marques")}.` : ".")
      : (done.length === 0
          ? `Aucune cellule n'a retrouvé ses couleurs d'origine`
          : `${done.length} ${plural(done.length, "cellule", "cellules")} sur ${total} ${plural(done.length, "a retrouvé ses", "ont retrouvé leurs")} couleurs d'origine (${cellsBySheet(done)}), pas les autres`) +
        (listKept ? `${NBSP}; les couleurs d'origine de toutes restent gardées${NBSP}: relancez ${quoted("Effacer les marques")}.` : "."),
  marksUnknown: `Excel n'a pas non plus permis de relire les cellules${NBSP}: relancez ${quoted("Effacer les marques")} pour rétablir leurs couleurs d'origine.`,
} as const;

export const ADAPTER_TEXT = {
  /** Said when a cell to select or mark is on a sheet that no longer exists. */
  sheetMissing: (sheet: string) => `La feuille ${quoted(sheet)} est introuvable dans le classeur (renommée ou supprimée${NBSP}?).`,
  cellInvalid: (sheet: string, cell: string) => `L'adresse ${quoted(cell)} de la feuille ${quoted(sheet)} n'est pas une cellule valide.`,
  noSurveyInPaste:
    `Aucune enquête lisible dans le texte collé${NBSP}: il faut une ligne d'en-tête de questions, puis une ligne par répondant, ` +
    `avec des réponses comme ${quoted("Très satisfait")}, ${quoted("Oui")} ou une note de 1 à 5.`,
  noSurveyYear: `Indiquez l'année de l'enquête (aucune année n'a été trouvée dans le texte collé ni dans le classeur).`,
  chooseSite: `Choisissez le site de ces chiffres${NBSP}: l'année en compte plusieurs.`,
  siteGone: (site: string) => `Le site ${quoted(site)} n'est plus dans le classeur${NBSP}: prévisualisez à nouveau les chiffres.`,
  /**
   * A fold refused before any write: its sheet could not be read (past 5,000,000 cells). `sheetTooLarge` words the
   * sheet's problem and the advice as the analysis's SHEET_TOO_LARGE does, given the sheet's role and what to do then.
   */
  targetTooLarge: (what: "telephony" | "survey", sheetTooLarge: (use: { role: string; then: string }) => string) =>
    `Rien n'a été écrit. ` +
    sheetTooLarge(
      what === "telephony"
        ? { role: "où iraient ces chiffres", then: `intégrez-les de nouveau` }
        : { role: "où iraient ces réponses", then: `écrivez-les de nouveau` },
    ),
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
