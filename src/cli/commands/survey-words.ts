/** The `survey` command's own French words: why a file cannot be read as a survey. */
import { NO_BREAK_SPACE as NBSP, quoted as q } from "../../domain/text/french";

export const SURVEY_CLI_WORDS = {
  fileMissing: (path: string) => `Le fichier ${q(path)} est introuvable.`,
  fileUnreadable: (path: string) => `Le fichier ${q(path)} ne peut pas être lu.`,
  notAFile: (path: string) => `${q(path)} n'est pas un fichier.`,
  emptyExport: (path: string) => `Le fichier ${q(path)} est vide${NBSP}: exportez les réponses de l'enquête au format CSV ou texte.`,
  noSurveyInExport:
    `Aucune question sur une échelle connue${NBSP}: il faut une ligne d'en-tête de questions et une ligne par répondant ` +
    `(réponses ${q("Très satisfait")}, ${q("Oui")}, une note de 1 à 5…), séparées par ${q(";")}, ${q(",")} ou des tabulations.`,
  cannotRead: (path: string, reason: string) =>
    `L'enquête ${q(path)} ne peut pas être lue${NBSP}: ${reason.charAt(0).toLowerCase()}${reason.slice(1)}`,
} as const;
