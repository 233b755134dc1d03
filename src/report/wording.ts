/** Every French word the generated report shows: sheet names, titles, labels, sentences. */

import { NO_BREAK_SPACE as NBSP, quoted } from "../domain/text/french";

const plural = (count: number, singular: string, pluralForm = `${singular}s`): string =>
  count > 1 ? pluralForm : singular;
const counted = (count: number, singular: string, pluralForm = `${singular}s`): string =>
  `${count} ${plural(count, singular, pluralForm)}`;

export const SHEET_NAMES = {
  summary: (year: number) => `Synthèse ${year}`,
  checks: (year: number) => `Contrôles ${year}`,
  chartData: (year: number) => `Données graphiques ${year}`,
} as const;

/** The engine's own labels (Atteint, Non atteint…, Erreur, Avertissement), so that every screen says the same. */
export { STATUS_LABELS, SEVERITY_LABELS } from "../domain/analysis";

export { WITHIN_TOLERANCE_LABEL } from "./tolerance-label";

export const SUMMARY_WORDS = {
  title: (year: number) => `Bilan qualité ${year}`,
  subtitle: (sourceName: string, year: number, generatedAt: string) =>
    `Source${NBSP}: ${sourceName} · Année ${year} · Généré le ${generatedAt} · Référentiel Qual-e-pref`,
  headline: (met: number, judged: number): string => {
    if (judged === 0) return "Aucun indicateur n'a de cible à évaluer cette année";
    const reached = met === 0 ? "Aucune cible atteinte" : `${counted(met, "cible")} ${plural(met, "atteinte")}`;
    return `${reached} sur ${counted(judged, "indicateur")} ${plural(judged, "évalué")}`;
  },
  notMetCount: (count: number) =>
    count === 0 ? "aucune cible non atteinte" : `${counted(count, "cible")} non ${plural(count, "atteinte")}`,
  invalidCount: (count: number) => `${counted(count, "indicateur")} à corriger`,
  noTargetCount: (count: number) => `${counted(count, "indicateur")} sans cible`,
  notMeasuredCount: (count: number) => `${counted(count, "indicateur")} non ${plural(count, "mesuré")}`,
  noTheme: "Autres indicateurs",
  columns: {
    indicator: "Indicateur",
    result: (year: number) => `Résultat ${year}`,
    target: "Cible",
    status: "Statut",
    gap: "Écart à la cible",
    previous: (year: number | null) => (year === null ? "N−1" : `Résultat ${year}`),
    change: "Évolution",
    nationalAverage: "Moyenne nationale",
    comment: "Commentaire",
  },
  stable: "= stable",
  assessmentTitle: "Appréciation globale",
  chartsTitle: "Graphiques",
  chartsLegend: (dataSheet: string) =>
    `Colonnes des résultats${NBSP}: vert = atteint, rouge = non atteint, ambre = dans la tolérance, orange = à corriger, gris = sans cible. Chiffres des graphiques${NBSP}: feuille ${quoted(dataSheet)}.`,
} as const;

/** "A ; B ; C et 4 autres (voir le tableau)": the first items of a list of `total`. */
const NARRATIVE_LIST = (items: readonly string[], total: number): string => {
  const more = total - items.length;
  return `${items.join(`${NBSP}; `)}${more > 0 ? ` et ${more} ${plural(more, "autre")} (voir le tableau)` : ""}`;
};

export const NARRATIVE_WORDS = {
  nothingJudged: "Aucune cible n'a pu être évaluée cette année.",
  noTarget: `Aucun indicateur n'a de cible cette année${NBSP}: les résultats sont présentés sans appréciation de l'atteinte des objectifs.`,
  allMet: "Globalement, les cibles des indicateurs sont toutes atteintes et les résultats sont très satisfaisants.",
  mostlyMet: (met: number, judged: number) =>
    `Globalement les cibles des indicateurs sont largement atteintes (${met} sur ${judged}).`,
  halfMet: (met: number, judged: number) =>
    `Les cibles des indicateurs sont majoritairement atteintes (${met} sur ${judged}).`,
  fewMet: (met: number, judged: number) =>
    met === 0
      ? `Aucune cible n'est atteinte (0 sur ${judged})${NBSP}: des actions d'amélioration sont à engager.`
      : `Les cibles ne sont atteintes que pour ${met} ${plural(met, "indicateur")} sur ${judged}${NBSP}: des actions d'amélioration sont à engager.`,
  moreChanges: (count: number) =>
    `${count} autre${count > 1 ? "s évolutions notables sont" : " évolution notable est"} à lire dans le tableau.`,
  notMet: (items: readonly string[], total: number) =>
    `${plural(total, "Cible non atteinte", "Cibles non atteintes")}${NBSP}: ${NARRATIVE_LIST(items, total)}.`,
  notMetItem: (name: string, result: string, target: string, withinTolerance: boolean) =>
    `${name} (${result} pour une cible ${target}${withinTolerance ? ", dans la tolérance" : ""})`,
  toCorrect: (items: readonly string[], total: number) => `À corriger avant de conclure${NBSP}: ${NARRATIVE_LIST(items, total)}.`,
  toCorrectItem: (name: string, reason: string) => `${name} (${reason})`,
  notMeasured: (year: number, names: readonly string[], total: number) =>
    `Non mesuré en ${year}${NBSP}: ${NARRATIVE_LIST(names, total)}.`,
  change: (name: string, result: string, direction: "up" | "down", amount: string, previousYear: number, facts: readonly string[] = []) =>
    `${name}${NBSP}: ${result}, en ${direction === "up" ? "hausse" : "baisse"} ${amount} par rapport à ${previousYear}${facts.length > 0 ? `, ${facts.join(" et ")}` : ""}.`,
  /** "d'un point", "de 2 points", "de 0,1 jour". */
  amount: (magnitude: string) => (/^1\s/.test(magnitude) ? `d'un ${magnitude.slice(2)}` : `de ${magnitude}`),
  monthlyRateSites: (sites: number, months: number, rate: string, answered: string, received: string) =>
    `Taux annuel d'appels aboutis de l'ensemble des ${sites} sites, calculé sur ${counted(months, "mois", "mois")}${NBSP}: ${rate} (${answered} appels aboutis sur ${received} reçus).`,
  siteRate: (site: string, rate: string, answered: string, received: string, months: number) =>
    `Site ${quoted(site)}${NBSP}: ${rate} (${answered} appels aboutis sur ${received} reçus, ${counted(months, "mois", "mois")}).`,
  monthlyRate: (months: number, rate: string, answered: string, received: string) =>
    `Taux annuel d'appels aboutis calculé sur ${counted(months, "mois", "mois")}${NBSP}: ${rate} (${answered} appels aboutis sur ${received} reçus).`,
  checks: (errors: number, warnings: number, sheet: string) =>
    `Contrôles${NBSP}: ${counted(errors, "erreur")} et ${counted(warnings, "avertissement")}, détaillés dans la feuille ${quoted(sheet)}.`,
  seeChecks: (sheet: string) => `voir la feuille ${quoted(sheet)}`,
} as const;

/** "1re", "2e", "3e": a French ordinal as written in running text. */
const ordinal = (n: number): string => (n === 1 ? "1re" : `${n}e`);

export const SERIES_WORDS = {
  best: (since: number) => `meilleur résultat depuis ${since}`,
  worst: (since: number) => `résultat le plus faible depuis ${since}`,
  metInARow: (years: number) => `cible atteinte pour la ${ordinal(years)} année consécutive`,
  missedInARow: (years: number) => `cible non atteinte pour la ${ordinal(years)} année consécutive`,
  sentence: (name: string, result: string, facts: readonly string[]) => `${name}${NBSP}: ${result}, ${facts.join(" et ")}.`,
  sectionTitle: (first: number, last: number) => `Résultats de ${first} à ${last}`,
  target: (year: number) => `Cible ${year}`,
  indicator: "Indicateur",
  note: `Résultats tels qu'ils figurent dans le classeur${NBSP}; vert${NBSP}: cible de l'année atteinte, rouge${NBSP}: non atteinte${NBSP}; case vide${NBSP}: non mesuré ou absent.`,
  chartTitle: (first: number, last: number, shown: number, total: number) =>
    shown === total
      ? `Résultats ${first}–${last} et cibles (indicateurs en %)`
      : `Résultats ${first}–${last} et cibles (${shown} des ${total} indicateurs en %)`,
  dataBlock: (first: number, last: number) => `Résultats ${first}–${last} (en %)`,
  year: "Année",
  targetSeries: (name: string) => `Cible — ${name}`,
  yearAxis: "Année",
} as const;

/** Why an indicator is to be corrected, by the code of the error found on it. */
export const CORRECTION_REASONS: Readonly<Record<string, (raw: string) => string>> = {
  TARGET_IMPLAUSIBLE: (raw) => `cible ${quoted(raw)} non plausible`,
  TARGET_UNREADABLE: (raw) => `cible ${quoted(raw)} illisible`,
  RESULT_UNREADABLE: (raw) => `résultat ${quoted(raw)} illisible`,
  EXCEL_ERROR: (raw) => `erreur Excel ${raw}`.trim(),
  PERCENT_OUT_OF_RANGE: (raw) => `pourcentage ${quoted(raw)} hors de 0 à 100${NBSP}%`,
  NEGATIVE_VALUE: (raw) => `valeur négative ${quoted(raw)}`,
  UNIT_MISMATCH: () => "unités du résultat et de la cible incompatibles",
};

export const CHECKS_WORDS = {
  title: (year: number) => `Contrôles ${year}`,
  subtitle: (sourceName: string, generatedAt: string) => `Source${NBSP}: ${sourceName} · Généré le ${generatedAt}`,
  errors: (count: number) => `${plural(count, "Erreur")}${NBSP}: ${count}`,
  warnings: (count: number) => `${plural(count, "Avertissement")}${NBSP}: ${count}`,
  columns: {
    severity: "Gravité",
    sheet: "Feuille",
    cell: "Cellule",
    indicator: "Indicateur",
    code: "Code",
    message: "Message",
  },
  line: (line: number) => `ligne ${line}`,
  none: "Aucun problème détecté",
} as const;

export const CHART_WORDS = {
  resultsTitle: (year: number, shown: number, total: number) =>
    shown === total
      ? `Résultats ${year} et cibles (indicateurs en %)`
      : `Résultats ${year} et cibles (${shown} des ${total} indicateurs en %, les écarts d'abord)`,
  resultsSeries: (year: number) => `Résultat ${year}`,
  targetSeries: "Cible",
  evolutionTitle: (previousYear: number, year: number, shown: number, total: number) =>
    shown === total
      ? `Évolution ${previousYear} → ${year} (indicateurs en %)`
      : `Évolution ${previousYear} → ${year} (les ${shown} plus fortes sur ${total} indicateurs en %)`,
  yearSeries: (year: number) => `${year}`,
  monthlyTitle: (year: number) => `Taux mensuel d'appels aboutis ${year}`,
  monthlySeries: "Taux d'appels aboutis",
  monthlySitesTitle: (year: number) => `Taux mensuel d'appels aboutis ${year} par site`,
  allSitesSeries: "Ensemble des sites",
  percentAxis: "Pourcentage",
  indicatorAxis: "Indicateur",
  monthAxis: "Mois",
  dataBlocks: {
    results: (year: number) => `Résultats ${year} et cibles (en %)`,
    evolution: (previousYear: number, year: number) => `Comparaison ${previousYear} / ${year} (en %)`,
    monthly: (year: number) => `Appels mensuels ${year}`,
  },
  dataColumns: {
    indicator: "Indicateur",
    status: "Statut",
    month: "Mois",
    received: "Appels reçus",
    answered: "Appels aboutis",
    rate: "Taux d'appels aboutis",
  },
  dataNote: `Données des graphiques de la synthèse${NBSP}: modifiez-les ici pour mettre à jour les graphiques.`,
} as const;

/** "28/11/2026 à 22:15", in the local time of the machine. */
export function formatGeneratedAt(date: Date): string {
  const two = (n: number): string => String(n).padStart(2, "0");
  return `${two(date.getDate())}/${two(date.getMonth() + 1)}/${date.getFullYear()} à ${two(date.getHours())}:${two(date.getMinutes())}`;
}

/** The `generate` command's messages. */
export const GENERATE_WORDS = {
  written: (file: string, sheets: readonly string[]) =>
    `Rapport écrit${NBSP}: ${file}\nFeuilles${NBSP}: ${sheets.join(", ")}\n`,
  sameAsInput: (file: string) =>
    `Le rapport ne peut pas remplacer le classeur lu (${quoted(file)})${NBSP}: indiquez un autre fichier avec --out.`,
  notXlsx: (file: string) => `Le rapport doit être un fichier .xlsx${NBSP}: ${quoted(file)} n'a pas cette extension.`,
  cannotWrite: (file: string, reason: string) => `Impossible d'écrire le rapport ${quoted(file)}${NBSP}: ${reason}.`,
  writeReasons: {
    ENOENT: "le dossier n'existe pas",
    EACCES: "accès refusé",
    EPERM: "accès refusé",
    EISDIR: "c'est un dossier",
    EBUSY: "le fichier est ouvert dans une autre application",
    ENOSPC: "plus de place sur le disque",
    EROFS: "le disque est en lecture seule",
  } as Readonly<Record<string, string>>,
  unknownWriteReason: "erreur d'écriture",
  /** The report at --out had been annotated since it was written: it is kept under another name. */
  keptAnnotated: (file: string, keptAs: string, sheets: readonly { sheet: string; changes: string }[]) =>
    `Le rapport précédent ${quoted(file)} avait été annoté depuis sa génération (${sheets.map(({ sheet, changes }) => `${sheet}${NBSP}: ${changes}`).join(`${NBSP}; `)})${NBSP}: ` +
    `il est gardé sous ${quoted(keptAs)}, rien n'est perdu.\n`,
} as const;
