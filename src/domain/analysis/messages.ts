/** Every French word the analysis shows: issue messages, outcome messages and the text report's labels. */
import type { Severity } from "../issues";
import { NO_BREAK_SPACE as NBSP, quoted as q } from "../text/french";
import type { TextRole } from "../tables/text-cells";
import { formatNumberFr } from "../values/format-number";
import type { Status } from "./types";

/**
 * A quoted value ("> 90 %", "1,5 jours", a cell's raw text), kept together where French typography wants it:
 * no break between a number and what follows it, nor after a comparator (> 90, ≥ 95).
 */
const keepValueTogether = (text: string): string => text.replace(/(?<=[\d<>≤≥=]) +(?=\S)/g, NBSP);

/** A value in « », kept together: « 100 % », « > 90 % ». */
const v = (text: string): string => q(keepValueTogether(text));

export type CellRole = "result" | "target" | "national" | "previous";

const ROLE_LABEL: Readonly<Record<CellRole, string>> = {
  result: "Le résultat",
  target: "La cible",
  national: "La moyenne nationale",
  previous: "Le résultat de l'année précédente",
};

/** How a message names a text cell of an indicator's row; the name's own cell is named by its text. */
const TEXT_LABEL: Readonly<Record<Exclude<TextRole, "name">, string>> = {
  theme: "La thématique",
  module: "Le module",
  unit: "L'unité",
  direction: "Le sens",
  comment: "Le commentaire",
};

/** « plus de 17 milliards », « plus de 6 millions »: how large a sheet too large to read is, in round words. */
function roughCount(count: number): string {
  for (const [unit, one, many] of [[1e9, "milliard", "milliards"], [1e6, "million", "millions"]] as const) {
    const whole = Math.floor(count / unit);
    if (whole === 0) continue;
    const words = `${whole}${NBSP}${whole === 1 ? one : many} de cellules`;
    return whole * unit === count ? words : `plus ${whole === 1 ? "d'" : "de "}${words}`;
  }
  return `${formatNumberFr(count)}${NBSP}cellules`;
}

export const ANALYSIS_MESSAGES = {
  noTable:
    `Aucun tableau d'indicateurs trouvé${NBSP}: il faut une ligne d'en-tête avec au moins une colonne ` +
    `${q("Indicateur")} et une colonne ${q("Résultat")} (ou des colonnes d'années comme ${v("2021")}).`,
  yearNotFound: (year: number, available: readonly number[]) =>
    `Aucun tableau d'indicateurs pour ${year}${NBSP}; années présentes${NBSP}: ${available.join(", ")}. ` +
    `Choisissez l'une d'elles (option --year, ou l'année du volet).`,
  yearUnknown:
    `L'année du tableau d'indicateurs est introuvable (ni dans le nom de la feuille, ni dans un titre, ` +
    `ni dans les en-têtes)${NBSP}: précisez l'année à analyser (option --year, ou l'année du volet).`,

  /** The command line's one-line message when a workbook holds nothing to analyse. */
  cannotAnalyse: (file: string, reason: string) =>
    `Le classeur ${q(file)} ne peut pas être analysé${NBSP}: ${reason.charAt(0).toLowerCase()}${reason.slice(1)}`,

  unreadable: (role: "result" | "target", name: string, raw: string) =>
    role === "result"
      ? `Le résultat de ${q(name)} (${v(raw)}) n'est pas lisible${NBSP}: saisissez un nombre, un pourcentage ` +
        `(${v("94 %")}), une durée (${v("1,5 jours")}) ou ${v("/")} s'il n'a pas été mesuré.`
      : `La cible de ${q(name)} (${v(raw)}) n'est pas lisible${NBSP}: saisissez par exemple ${v("> 90 %")}, ` +
        `${v("5 jours")} ou ${v("4 exercices/an")}, ou videz la cellule s'il n'y a pas de cible.`,
  excelError: (role: CellRole, name: string, raw: string) =>
    `${ROLE_LABEL[role]} de ${q(name)} est une erreur Excel (${raw})${NBSP}: corrigez la formule ou saisissez la valeur.`,
  formulaLike: (role: CellRole, name: string, raw: string) =>
    `${ROLE_LABEL[role]} de ${q(name)} est le texte ${v(raw)}, qui ressemble à une formule sans en être une${NBSP}: ` +
    `saisissez la valeur, ou la formule sans espace ni apostrophe devant le signe.`,
  formulaLikeText: (role: TextRole, name: string, raw: string) =>
    `${role === "name" ? "L'intitulé de l'indicateur" : `${TEXT_LABEL[role]} de ${q(name)}`} est le texte ${q(raw)}, ` +
    `qui ressemble à une formule sans en être une${NBSP}: s'il s'agit d'une formule, saisissez-la sans espace ni apostrophe ` +
    `devant le signe${NBSP}; sinon, faites commencer le texte par un autre caractère.`,
  percentOutOfRange: (role: CellRole, name: string, shown: string) =>
    `${ROLE_LABEL[role]} de ${q(name)} vaut ${keepValueTogether(shown)}, hors de l'intervalle de 0${NBSP}% à 100${NBSP}%${NBSP}: vérifiez la saisie.`,
  negative: (role: CellRole, name: string, shown: string) =>
    `${ROLE_LABEL[role]} de ${q(name)} est négatif (${keepValueTogether(shown)})${NBSP}: un nombre ou une durée ne peut pas l'être${NBSP}; vérifiez la saisie.`,
  unitMismatch: (name: string, result: string, target: string) =>
    `Le résultat de ${q(name)} (${v(result)}) et sa cible (${v(target)}) ne sont pas dans la même unité${NBSP}: ` +
    `ils ne peuvent pas être comparés${NBSP}; corrigez l'un ou l'autre.`,
  targetAlwaysMet: (name: string, raw: string) =>
    `La cible de ${q(name)} (${v(raw)}) est toujours atteinte${NBSP}: 0 ne peut pas servir de cible quand ` +
    `une valeur plus haute est meilleure${NBSP}; saisissez la vraie cible (par exemple ${v("100 %")}).`,
  targetAboveHundred: (name: string, raw: string) =>
    `La cible de ${q(name)} (${v(raw)}) dépasse 100${NBSP}%${NBSP}: un taux ne peut pas la dépasser${NBSP}; corrigez la cible.`,
  targetNeverMet: (name: string, raw: string) =>
    `La cible de ${q(name)} (${v(raw)}) ne peut jamais être atteinte${NBSP}; corrigez la cible.`,
  resultMissing: (name: string) =>
    `${q(name)} a une cible mais pas de résultat${NBSP}: saisissez le résultat, ou ${v("/")} s'il n'a pas été mesuré.`,
  duplicate: (name: string, year: number, firstRow: number) =>
    `${q(name)} figure deux fois dans le tableau ${year} (déjà ligne ${firstRow})${NBSP}: ` +
    `supprimez le doublon ou distinguez les deux libellés.`,
  yearUnreadable: (name: string, shown: string) =>
    `L'année de ${q(name)} (${v(shown)}) n'est pas lisible${NBSP}: cette ligne n'est comptée dans aucune année${NBSP}; ` +
    `saisissez l'année en chiffres (par exemple ${v("2021")}).`,
  differsFromMonthly: (name: string, result: string, rate: string, sheet: string | null, gap: string) =>
    `Le résultat de ${q(name)} (${keepValueTogether(result)}) s'écarte de ${keepValueTogether(gap)} du taux annuel calculé sur les relevés mensuels` +
    `${sheet === null ? "" : ` de la feuille ${q(sheet)}`} (${keepValueTogether(rate)})${NBSP}: vérifiez le tableau ou les relevés.`,
  /**
   * `use`: how the sheet was wanted, when not for the analysis (a fold's target: « où iraient ces chiffres »), and what
   * to do once the value is erased (« relancez l'analyse »).
   */
  sheetTooLarge: (sheet: string, corner: string, cells: number, stray: string | null, use: { readonly role?: string; readonly then: string } = { then: "relancez l'analyse" }) =>
    `La feuille ${q(sheet)}${use.role === undefined ? "" : `, ${use.role},`} n'a pas été lue${NBSP}: ` +
    (stray === null
      ? `elle s'étend jusqu'à la cellule ${corner} (${roughCount(cells)}). ` +
        `Une valeur isolée loin du tableau${NBSP}? Effacez-la dans Excel (Ctrl+Fin montre la dernière cellule utilisée), puis ${use.then}.`
      : `la valeur en ${stray}, isolée loin du reste, l'étend ` +
        `${stray === corner ? `à ${roughCount(cells)}` : `jusqu'à la cellule ${corner} (${roughCount(cells)})`}. Effacez-la dans Excel, puis ${use.then}.`),
} as const;

export const STATUS_LABELS: Readonly<Record<Status, string>> = {
  met: "Atteint",
  not_met: "Non atteint",
  no_target: "Sans cible",
  not_measured: "Non mesuré",
  invalid: "À corriger",
};

export const SEVERITY_LABELS: Readonly<Record<Severity, string>> = {
  error: "Erreur",
  warning: "Avertissement",
};

/** « 0 appel traité sur 1 reçu », « 12 appels traités sur 15 reçus »: in French 0 and 1 take the singular. Counts come formatted. */
const callsTreated = (answered: string, received: string): string => {
  const singular = (count: string) => count === "0" || count === "1";
  const treated = singular(answered) ? "appel traité" : "appels traités";
  return `${answered} ${treated} sur ${received} ${singular(received) ? "reçu" : "reçus"}`;
};

export const TEXT_REPORT = {
  title: (year: number) => `Bilan qualité ${year}`,
  previousYear: (year: number | null) =>
    year === null ? "Pas d'année précédente pour comparer." : `Comparaison avec ${year}.`,
  sources: (sheets: readonly string[]) => `Feuille${sheets.length > 1 ? "s" : ""} lue${sheets.length > 1 ? "s" : ""}${NBSP}: ${sheets.join(", ")}`,
  counts: `Statuts${NBSP}:`,
  indicators: `Indicateurs${NBSP}:`,
  result: "Résultat",
  target: "Cible",
  noTarget: "aucune",
  notMeasured: "non mesuré",
  empty: "vide",
  gap: "Écart à la cible",
  change: (year: number) => `Évolution depuis ${year}`,
  improved: "en amélioration",
  worsened: "en recul",
  stable: "stable",
  national: "Moyenne nationale",
  betterThanNational: "meilleur que la moyenne nationale",
  worseThanNational: "moins bon que la moyenne nationale",
  survey: (sheet: string | null, respondents: number, overall: string) =>
    `Enquête de satisfaction${sheet === null ? "" : ` (${sheet})`}${NBSP}: ${respondents}${NBSP}répondant${respondents >= 2 ? "s" : ""}, ` +
    `satisfaction globale ${overall}`,
  monthly: (sheet: string | null) => `Téléphonie mensuelle${sheet === null ? "" : ` (${sheet})`}${NBSP}:`,
  monthLine: (month: string, received: string, answered: string, rate: string) =>
    `${month}${NBSP}: ${callsTreated(answered, received)}, soit ${rate}`,
  annual: (received: string, answered: string, rate: string) =>
    `Année${NBSP}: ${callsTreated(answered, received)}, taux annuel ${rate}`,
  monthlySites: (count: number) => `Téléphonie mensuelle, ${count} sites additionnés${NBSP}:`,
  siteLine: (site: string, received: string, answered: string, rate: string) =>
    `dont ${site}${NBSP}: ${callsTreated(answered, received)}, taux annuel ${rate}`,
  noMonthly: "Pas de relevé téléphonique mensuel pour cette année.",
  issues: (count: number) => `Problèmes trouvés (${count})${NBSP}:`,
  noIssues: "Aucun problème trouvé.",
  location: (sheet: string | null, cell: string | null, line?: number) =>
    line !== undefined ? `ligne ${line}` : [sheet === null ? null : `feuille ${q(sheet)}`, cell === null ? null : `cellule ${cell}`].filter(Boolean).join(", "),
} as const;
