/** Every French word the playground itself shows (the task pane has its own catalog). */
import { NO_BREAK_SPACE as NBSP, quoted } from "../domain/text/french";

export const PLAYGROUND_TEXT = {
  workbookRegion: "Classeur simulé (lecture seule)",
  workbookTitle: (name: string) => `Classeur simulé${NBSP}: ${name}`,
  workbookHint: `Aperçu en lecture seule du classeur tel qu’Excel le contiendrait${NBSP}; il se met à jour après chaque opération du volet.`,
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
