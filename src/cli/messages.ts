/** Every French word the command line's frame shows (commands keep their own wording). */
import { NO_BREAK_SPACE as NBSP, PLAUSIBLE_YEARS, quoted } from "../domain/text/french";

const SYNOPSIS = [
  `Usage${NBSP}:`,
  "  bilan-qualite analyze <classeur.xlsx> [--year N] [--json]",
  "  bilan-qualite generate <classeur.xlsx> --out <rapport.xlsx> [--year N]",
  "  bilan-qualite check-telephony <export.csv|.tsv|.txt> [--year N] [--json]",
  "  bilan-qualite survey <enquete.xlsx|.csv|.tsv> [--year N] [--json]",
  "  bilan-qualite --help",
];

/** The full help, on stdout for --help. */
export const USAGE = [
  ...SYNOPSIS,
  "",
  `Commandes${NBSP}:`,
  "  analyze          contrôle le classeur d'indicateurs et affiche le bilan de l'année",
  "  generate         écrit un nouveau classeur de rapport (synthèse, contrôles, graphiques)",
  "  check-telephony  contrôle un export mensuel de la plateforme téléphonique",
  "  survey           dépouille une enquête de satisfaction (taux par question, par site, marge d'erreur)",
  "",
  `Options${NBSP}:`,
  "  --year N      l'année à analyser (par défaut, la dernière année qui a des résultats)",
  "  --json        un document JSON sur la sortie standard au lieu du texte",
  "  --out chemin  le fichier .xlsx à écrire (generate)",
  "  --help        affiche cette aide",
  "",
].join("\n");

/** The short usage shown on stderr after a usage error. */
export const SHORT_USAGE = [...SYNOPSIS, "", `Tapez ${quoted("bilan-qualite --help")} pour l'aide.`, ""].join("\n");

export const MESSAGES = {
  noCommand: "Aucune commande indiquée.",
  unknownCommand: (command: string) => `Commande inconnue${NBSP}: ${quoted(command)}.`,
  unknownFlag: (flag: string) => `Option inconnue${NBSP}: ${quoted(flag)}.`,
  flagNotForCommand: (flag: string, command: string) =>
    `L'option ${flag} ne s'emploie pas avec la commande ${command}.`,
  flagRepeated: (flag: string) => `L'option ${flag} est indiquée deux fois.`,
  flagNeedsValue: (flag: string) => `L'option ${flag} attend une valeur.`,
  flagTakesNoValue: (flag: string) => `L'option ${flag} ne prend pas de valeur.`,
  badYear: (value: string) =>
    `L'option --year attend une année sur quatre chiffres (par exemple --year 2021), pas ${quoted(value)}.`,
  implausibleYear: (value: string) =>
    `L'option --year attend une année de ${PLAUSIBLE_YEARS.first} à ${PLAUSIBLE_YEARS.last}${NBSP}; ${value} est hors de cette plage.`,
  missingInput: (command: string) => `La commande ${command} attend le chemin du fichier à lire.`,
  tooManyInputs: (command: string, extra: string) =>
    `La commande ${command} ne lit qu'un fichier${NBSP}; argument en trop${NBSP}: ${quoted(extra)}.`,
  missingOut: "La commande generate attend --out <rapport.xlsx>, le fichier à écrire.",
  commandUnavailable: (command: string) => `La commande ${command} n'est pas encore disponible.`,
  unexpectedError:
    "Erreur interne inattendue. Relancez avec la variable BILAN_QUALITE_DEBUG=1 pour obtenir le détail technique.",
} as const;
