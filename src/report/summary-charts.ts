/** Where the charts sit on the summary: two by two across the table's width. */
import type { PlannedChart } from "./plan";
import type { ChartDraft } from "./chart-data-builder";
import { columnPixels, DEFAULT_ROW_POINTS, pixelsToPoints } from "./page-layout";

/** Two rows of charts and their title fit one landscape page below the repeated header. */
const CHART_HEIGHT_PX = 310;
const CHART_GAP_PX = 12;

/** Two charts side by side across the table's width: the column the right one starts at, and both widths. */
function chartSlots(widths: readonly number[]): { rightColumn: number; leftPx: number; rightPx: number } {
  const pixels = widths.map(columnPixels);
  const total = pixels.reduce((sum, px) => sum + px, 0);
  let before = 0;
  let column = 1;
  while (column < widths.length && before + pixels[column - 1] <= total * 0.55) before += pixels[column++ - 1];
  return { rightColumn: column, leftPx: before - CHART_GAP_PX, rightPx: total - before - CHART_GAP_PX };
}

/** Charts two by two, from `firstRow`. */
export function placeCharts(drafts: readonly ChartDraft[], firstRow: number, widths: readonly number[]): PlannedChart[] {
  const slots = chartSlots(widths);
  const rowsPerChart = Math.ceil(pixelsToPoints(CHART_HEIGHT_PX) / DEFAULT_ROW_POINTS) + 1;
  return drafts.map((draft, index) => ({
    ...draft,
    anchor: { row: firstRow + Math.floor(index / 2) * rowsPerChart, column: index % 2 === 0 ? 1 : slots.rightColumn },
    widthPx: index % 2 === 0 ? slots.leftPx : slots.rightPx,
    heightPx: CHART_HEIGHT_PX,
  }));
}

