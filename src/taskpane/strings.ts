/**
 * Every word the task pane shows, in French (Saisie's in telephony-strings.ts and survey-strings.ts, which load with
 * their panes, not before the first paint). Components take their text from these modules only,
 * so the wording stays consistent and can be reviewed in one place.
 */

import { PLAUSIBLE_YEARS } from "../domain/text/french";

/** The report's own words for a missed target within the tolerance, so the pane says what the summary shows. */
import { WITHIN_TOLERANCE_LABEL } from "../report/tolerance-label";
import type { PublicFigureKind } from "../port";
export { WITHIN_TOLERANCE_LABEL };

/** The engine's own words for statuses and severities, so the pane and the report say the same. */
export { STATUS_LABELS, SEVERITY_LABELS } from "../domain/analysis";

export const STRINGS = {
  app: {
    title: "Bilan Qualité",
    tabsLabel: "Sections du complément",
    loadingSettings: "Chargement des paramètres…",
    loadingPane: "Chargement…",
    /** The menu of the tabs that do not fit on the line (narrow pane, large fonts). */
    moreTabs: "Plus",
    moreTabsLabel: (count: number) => `Plus\u00a0: ${count} autre${count > 1 ? "s" : ""} onglet${count > 1 ? "s" : ""}`,
  },
  /**
   * Each tab's visible label and its full name (what screen readers say, and the tooltip when they differ):
   * short enough for the five tabs to fit on one line of a 320 px pane. Paramètres shows a gear only.
   */
  tabs: {
    analyze: { label: "Analyser", name: "Analyser" },
    checks: { label: "Contrôles", name: "Contrôles" },
    generate: { label: "Générer", name: "Générer" },
    telephony: { label: "Saisie", name: "Saisie mensuelle" },
    settings: { label: null, name: "Paramètres" },
  },
  notInExcel: {
    title: "Excel est nécessaire",
    body: "Ce complément fonctionne dans Excel (bureau ou web). Ouvrez le classeur des indicateurs dans Excel, puis lancez « Bilan Qualité » depuis l’onglet Accueil.",
  },
  errors: {
    title: "Erreur",
    notUsableTitle: "Classeur inutilisable",
    unknown: "Une erreur inattendue s’est produite. Réessayez ; si le problème persiste, fermez puis rouvrez le complément.",
    notLoaded:
      "Une partie du complément n’a pas pu être chargée (connexion interrompue ?). Réessayez ; si le problème persiste, fermez puis rouvrez le complément.",
  },
  analyze: {
    intro: "Lit le tableau des indicateurs du classeur, calcule les statuts et compare à l’année précédente.",
    run: "Analyser le classeur",
    rerun: "Relancer l’analyse",
    running: "Analyse du classeur en cours…",
    done: (year: number, count: number) =>
      `Analyse terminée : ${count} indicateur${count > 1 ? "s" : ""} pour ${year}.`,
    yearLabel: "Année analysée",
    countsLabel: "Nombre d’indicateurs par statut",
    indicatorsLabel: "Indicateurs par thématique",
    noTheme: "Sans thématique",
    noIndicator: "Aucun indicateur trouvé pour cette année.",
    result: "Résultat",
    target: "Cible",
    change: "Évolution",
    noValue: "—",
    versus: (year: number) => `par rapport à ${year}`,
    series: "Série",
    seriesLabel: (name: string) => `Résultats de ${name} année par année`,
    seriesPoint: (year: number, value: string) => `${year}\u00a0: ${value}`,
    improved: "amélioration",
    worsened: "dégradation",
    stable: "stable",
  },
  checks: {
    intro: "Les problèmes trouvés dans le classeur. Choisissez-en un pour sélectionner la cellule concernée.",
    notAnalyzed: "Lancez d’abord l’analyse pour voir les contrôles.",
    none: "Aucun problème détecté",
    count: (errors: number, warnings: number) =>
      `${errors} erreur${errors > 1 ? "s" : ""} et ${warnings} avertissement${warnings > 1 ? "s" : ""}`,
    listLabel: "Problèmes détectés",
    mark: "Marquer les cellules",
    marking: "Marquage des cellules en cours…",
    marked: (n: number) => `${n} cellule${n > 1 ? "s" : ""} marquée${n > 1 ? "s" : ""}.`,
    clear: "Effacer les marques",
    clearing: "Effacement des marques en cours…",
    cleared: ({ restored: n, notFound }: { restored: number; notFound: number }) =>
      `${n} cellule${n > 1 ? "s" : ""} rétablie${n > 1 ? "s" : ""}.` +
      (notFound === 0
        ? ""
        : ` ${notFound === 1 ? "1 marque n’a pas été retrouvée à sa place\u00a0: sa cellule est laissée telle quelle" : `${notFound} marques n’ont pas été retrouvées à leur place\u00a0: leurs cellules sont laissées telles quelles`}` +
          ` (remise en forme depuis, ou lignes ou colonnes insérées ou supprimées pendant que le volet était fermé). Si une cellule est restée colorée, rendez-lui sa mise en forme à la main.`),
    line: (line: number) => `ligne ${line}`,
    goTo: (where: string) => `Aller à ${where}`,
    selecting: "Sélection de la cellule…",
    recent: "Ligne modifiée à l’instant",
  },
  generate: {
    intro: "Écrit dans le classeur les feuilles « Synthèse » et « Contrôles » de l’année, avec leurs graphiques. Les feuilles de données ne sont pas modifiées.",
    run: "Générer la synthèse",
    running: "Génération de la synthèse en cours…",
    done: "Synthèse générée.",
    sheetsWritten: "Feuilles écrites :",
    warnings: "À vérifier :",
    open: (sheet: string) => `Ouvrir « ${sheet} »`,
    annotatedTitle: "Des feuilles de la synthèse ont été modifiées depuis leur génération",
    annotatedIntro: "Rien n’a été écrit. Ce qui a changé depuis la dernière génération :",
    annotatedLine: (sheet: string, changes: string) => `${sheet} : ${changes}`,
    keep: (names: readonly string[]) =>
      names.length === 1 ? `Garder ma version sous « ${names[0]} »` : `Garder mes versions sous leur nom « (annotée) »`,
    replace: "Remplacer",
    confirmTitle: "Les annotations seront perdues",
    confirmBody: (sheets: readonly string[]) =>
      `${sheets.map((sheet) => `« ${sheet} »`).join(", ")} ${sheets.length === 1 ? "sera remplacée" : "seront remplacées"} par la nouvelle version, sans ce qui y a été écrit ou commenté depuis.`,
    confirmReplace: "Remplacer quand même",
    cancel: "Annuler",
    keptAs: (sheet: string, keptAs: string) => `« ${sheet} » a été gardée sous « ${keptAs} ».`,
  },
  settings: {
    intro: "Ces paramètres sont enregistrés dans le classeur et partagés avec ceux qui l’ouvrent.",
    yearLabel: "Année à analyser",
    yearHint: "Laisser vide pour la dernière année renseignée.",
    toleranceLabel: "Marge de tolérance (points)",
    toleranceHint:
      `Un indicateur qui manque sa cible de moins de cette marge est signalé «\u00a0${WITHIN_TOLERANCE_LABEL}\u00a0» ` +
      "dans la synthèse. Laisser 0 pour ne pas appliquer de marge.",
    save: "Enregistrer",
    saving: "Enregistrement en cours…",
    saved: "Paramètres enregistrés dans le classeur.",
    invalidYear: `L’année doit être un nombre à 4 chiffres entre ${PLAUSIBLE_YEARS.first} et ${PLAUSIBLE_YEARS.last}, ou rester vide.`,
    invalidTolerance: "La marge doit être un nombre positif ou nul, par exemple 2 ou 0,5.",
    liveLabel: "Contrôle en continu",
    liveHint: "Chaque saisie dans les feuilles d’indicateurs et de téléphonie est contrôlée aussitôt, sans appuyer sur « Analyser ».",
    publicLabel: "Chiffres de la page « Affichage » (pour le public)",
    publicHint:
      "La page « Affichage <année> » écrite par Générer donne ces chiffres en grand, chacun avec son engagement, pour le hall d’accueil " +
      "et le site internet. Un chiffre que l’année n’a pas n’y figure pas. Enregistré aussitôt.",
    publicFigures: {
      calls: "Appels décrochés",
      "email-delay": "Délai de réponse aux courriels",
      "email-rate": "Courriels répondus dans le délai annoncé",
      satisfaction: "Satisfaction des usagers (enquête)",
    } as Readonly<Record<PublicFigureKind, string>>,
    publicNone: "Aucun chiffre choisi : Générer n’écrira pas la page « Affichage ».",
  },
  live: {
    added: (count: number, cells: string) => `${count} nouveau${count > 1 ? "x" : ""} problème${count > 1 ? "s" : ""} en ${cells}`,
    removed: (count: number, cells: string) => (count === 1 ? `Problème corrigé en ${cells}` : `${count} problèmes corrigés en ${cells}`),
    unchanged: "Modification contrôlée\u00a0: aucun changement des problèmes.",
    reread: (count: number) => `Classeur relu\u00a0: ${count} problème${count > 1 ? "s" : ""}.`,
    coAuthor: "modification d’un coauteur",
    failed: (message: string) => `Le contrôle en continu n’a pas pu se faire\u00a0: ${message} Nouvel essai à la prochaine modification.`,
  },
  compatibility: {
    title: "Compatibilité",
    intro:
      "Vérifie ce que le complément utilise dans cet Excel, sur une feuille masquée temporaire qu’il supprime ensuite. " +
      "Le rapport peut être transmis au service informatique.",
    run: "Vérifier la compatibilité",
    running: "Vérification en cours…",
    summary: (failed: number) => (failed === 0 ? "Tout fonctionne." : `${failed} point${failed > 1 ? "s" : ""} en échec.`),
    listLabel: "Résultats de la vérification",
    failed: "Échec",
    copy: "Copier le rapport",
    copied: "Rapport copié dans le presse-papiers.",
    selected: "Le rapport est sélectionné\u00a0: copiez-le avec Ctrl+C (⌘+C sur Mac).",
    reportLabel: "Rapport à transmettre",
    reportTitle: (date: string) => `Bilan Qualité — vérification de la compatibilité du ${date}`,
  },
} as const;
