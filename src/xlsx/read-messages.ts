/** The French messages of the .xlsx reader: one line each, naming the file. */

import { NO_BREAK_SPACE as NBSP, quoted } from "../domain/text/french";

export const READ_MESSAGES = {
  notFound: (file: string) => `Le fichier ${quoted(file)} est introuvable.`,
  isDirectory: (file: string) => `${quoted(file)} est un dossier, pas un fichier.`,
  accessDenied: (file: string) => `Le fichier ${quoted(file)} ne peut pas être lu${NBSP}: accès refusé.`,
  cannotRead: (file: string) => `Le fichier ${quoted(file)} ne peut pas être lu.`,
  empty: (file: string) => `Le fichier ${quoted(file)} est vide${NBSP}: ce n'est pas un classeur Excel.`,
  oleCompound: (file: string) =>
    `Le fichier ${quoted(file)} n'est pas un classeur .xlsx lisible${NBSP}: c'est soit un classeur protégé par mot de passe ` +
    `(retirez le mot de passe dans Excel), soit un ancien classeur .xls (enregistrez-le au format .xlsx).`,
  lockFile: (file: string, workbook: string) =>
    `Le fichier ${quoted(file)} est le fichier de verrouillage qu'Excel crée pendant qu'un classeur est ouvert, pas un classeur${NBSP}: ` +
    `choisissez le classeur lui-même (${quoted(workbook)}).`,
  notAWorkbook: (file: string) => `Le fichier ${quoted(file)} n'est pas un classeur Excel (.xlsx).`,
  zipNotAWorkbook: (file: string) =>
    `Le fichier ${quoted(file)} est une archive compressée mais pas un classeur Excel (.xlsx).`,
  binaryWorkbook: (file: string) =>
    `Le fichier ${quoted(file)} est un classeur binaire (.xlsb), que l'outil ne lit pas${NBSP}: enregistrez-le au format .xlsx.`,
  openDocument: (file: string) =>
    `Le fichier ${quoted(file)} est un classeur OpenDocument (.ods), que l'outil ne lit pas${NBSP}: enregistrez-le au format .xlsx.`,
  truncated: (file: string) =>
    `Le fichier ${quoted(file)} est incomplet ou endommagé (archive tronquée)${NBSP}: il ne peut pas être lu.`,
  corrupt: (file: string) =>
    `Le classeur ${quoted(file)} est endommagé${NBSP}: son contenu ne peut pas être lu.`,
  noSheet: (file: string) => `Le classeur ${quoted(file)} ne contient aucune feuille de calcul.`,
  bufferName: "classeur fourni",
} as const;
