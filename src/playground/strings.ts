/** Every French word the playground itself shows (the task pane has its own catalog). */
import { NO_BREAK_SPACE as NBSP, quoted } from "../domain/text/french";

export const PLAYGROUND_TEXT = {
  workbookRegion: "Classeur simulé",
  workbookTitle: (name: string) => `Classeur simulé${NBSP}: ${name}`,
  workbookHint:
    `Le classeur tel qu’Excel le contiendrait${NBSP}: cliquez une cellule (ou tapez son adresse dans «${NBSP}Cellule${NBSP}»), tapez une valeur et validez par Entrée, ` +
    `Échap pour annuler, comme dans Excel${NBSP}; ` +
    "il se met aussi à jour après chaque opération du volet.",
  editor: {
    label: "Saisie dans la feuille",
    cell: "Cellule",
    value: (sheet: string, address: string | null) => (address === null ? "Valeur" : `Valeur de ${sheet}!${address}`),
    submit: "Valider",
    invalidAddress: (typed: string) => `${quoted(typed)} n’est pas l’adresse d’une cellule (par exemple D4).`,
    protectedSheet: (sheet: string) => `La feuille ${quoted(sheet)} est protégée${NBSP}: la saisie est refusée.`,
    refused: (message: string) => `L’Excel simulé a refusé la saisie${NBSP}: ${message}`,
  },
  sheetTabsLabel: "Feuilles du classeur",
  generatedSheet: "feuille générée",
  protectedSheet: "feuille protégée",
  gridLabel: (sheet: string) => `Cellules de la feuille ${quoted(sheet)}`,
  formula: (formula: string, text: string) => `Formule ${formula} — valeur en cache ${text} (le classeur simulé ne recalcule pas)`,
  selection: (sheet: string, address: string) => `Sélection${NBSP}: ${sheet}!${address}`,
  noSelection: "Aucune cellule sélectionnée.",
  chartsTitle: (count: number) => `${count} graphique${count > 1 ? "s" : ""} sur cette feuille`,
  chartUntitled: "Graphique sans titre",
  chartKinds: {
    ColumnClustered: "histogramme",
    BarClustered: "barres horizontales",
    BarStacked100: "barres empilées à 100\u00a0%",
    Line: "courbe",
  } as Readonly<Record<string, string>>,
  chartKindUnknown: (type: string) => `graphique (${type})`,
  chartDescription: (kind: string, series: string) => `Graphique en ${kind}${NBSP}; séries${NBSP}: ${series}.`,
  truncated: (rows: number, columns: number) => `Aperçu limité aux ${rows} premières lignes et ${columns} premières colonnes.`,
} as const;
