/**
 * The native charts of the summary and the "Données graphiques" sheet that holds their numbers:
 * results against targets (indicators in %), this year against last year, the monthly call-answer rate.
 */
import type { Analysis } from "../domain/analysis/types";
import type { PlannedSheet } from "./plan";
import { DataSheetBuilder, type ChartDraft } from "./chart-data-builder";
import { addEvolutionBlock } from "./chart-evolution";
import { addMonthlyBlock } from "./chart-monthly";
import { addResultsBlock } from "./chart-results";
import { addSeriesBlock } from "./chart-series";

export type { ChartDraft } from "./chart-data-builder";
export { monthLabel } from "./chart-monthly";

export interface ChartPlan {
  /** null when no chart has data. */
  readonly sheet: PlannedSheet | null;
  readonly charts: readonly ChartDraft[];
}

export function planCharts(analysis: Analysis, dataSheetName: string, tolerance: number): ChartPlan {
  const builder = new DataSheetBuilder(dataSheetName);
  addResultsBlock(builder, analysis, tolerance);
  addEvolutionBlock(builder, analysis);
  addSeriesBlock(builder, analysis);
  if (analysis.monthly) addMonthlyBlock(builder, analysis, analysis.monthly);
  if (builder.charts.length === 0) return { sheet: null, charts: [] };
  const sheet: PlannedSheet = {
    name: dataSheetName,
    role: "chart-data",
    year: analysis.year,
    cells: builder.cells,
    merges: [],
    columnWidths: [
      { column: 1, width: 48 },
      { column: 2, width: 16 },
      { column: 3, width: 16 },
      { column: 4, width: 22 },
      { column: 5, width: 12 },
    ],
    print: { orientation: "portrait", paper: "A4", fitToOnePageWide: true },
    charts: [],
    showGridlines: true,
  };
  return { sheet, charts: builder.charts };
}
