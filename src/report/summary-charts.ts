/**
 * Where the charts sit on the summary: upright-column charts two by two across the table's width, a
 * horizontal-bar chart (many indicators) alone on its row; two rows of charts to a printed page.
 */
import type { PlannedChart } from "./plan";
import type { ChartDraft } from "./chart-data-builder";
import { columnPixels, DEFAULT_ROW_POINTS, pixelsToPoints } from "./page-layout";

/** Two rows of charts and their title fit one landscape page below the repeated header. */
const CHART_HEIGHT_PX = 310;
const CHART_GAP_PX = 12;
const ROWS_OF_CHARTS_PER_PAGE = 2;

export interface ChartPlacement {
  readonly charts: readonly PlannedChart[];
  /** Rows that start a new printed page of charts, after the first one. */
  readonly pageBreaks: readonly number[];
}

/** Two charts side by side across the table's width: the column the right one starts at, and both widths. */
function chartSlots(widths: readonly number[]) {
  const pixels = widths.map(columnPixels);
  const total = pixels.reduce((sum, px) => sum + px, 0);
  let before = 0;
  let column = 1;
  while (column < widths.length && before + pixels[column - 1] <= total * 0.55) before += pixels[column++ - 1];
  return { rightColumn: column, leftPx: before - CHART_GAP_PX, rightPx: total - before - CHART_GAP_PX, fullPx: total - CHART_GAP_PX };
}

/** Groups the charts into rows: a bar chart alone, other charts by two. */
function chartRows(drafts: readonly ChartDraft[]): ChartDraft[][] {
  const rows: ChartDraft[][] = [];
  for (const draft of drafts) {
    const last = rows[rows.length - 1];
    if (draft.kind !== "bar" && last && last.length === 1 && last[0].kind !== "bar") last.push(draft);
    else rows.push([draft]);
  }
  return rows;
}

export function placeCharts(drafts: readonly ChartDraft[], firstRow: number, widths: readonly number[]): ChartPlacement {
  const slots = chartSlots(widths);
  const rowsPerChart = Math.ceil(pixelsToPoints(CHART_HEIGHT_PX) / DEFAULT_ROW_POINTS) + 1;
  const charts: PlannedChart[] = [];
  const pageBreaks: number[] = [];
  chartRows(drafts).forEach((pair, index) => {
    const row = firstRow + index * rowsPerChart;
    if (index > 0 && index % ROWS_OF_CHARTS_PER_PAGE === 0) pageBreaks.push(row);
    pair.forEach((draft, side) => {
      const alone = pair.length === 1 && draft.kind === "bar";
      charts.push({
        ...draft,
        anchor: { row, column: side === 0 ? 1 : slots.rightColumn },
        widthPx: alone ? slots.fullPx : side === 0 ? slots.leftPx : slots.rightPx,
        heightPx: CHART_HEIGHT_PX,
      });
    });
  });
  return { charts, pageBreaks };
}
