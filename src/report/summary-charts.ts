/**
 * Where the charts sit on the summary: upright-column charts two by two across the table's width, a
 * horizontal-bar chart (many indicators) alone on its row; two rows of charts to a printed page.
 */
import type { PlannedChart } from "./plan";
import type { ChartDraft } from "./chart-data-builder";
import { columnPixels, DEFAULT_ROW_POINTS, pixelsToPoints } from "./page-layout";

/** Two rows of column charts and their title fit one landscape page below the repeated header. */
const CHART_HEIGHT_PX = 310;
const CHART_GAP_PX = 12;
const FULL_WIDTH_HEIGHT_PX = 400;
/** Sheet points of charts a printed page holds below the repeated header and the charts' title (with room to spare). */
const CHART_PAGE_POINTS = 540;

/** A bar chart grows with its indicators so that every name shows. */
function heightOf(draft: ChartDraft): number {
  if (draft.fullWidth) return FULL_WIDTH_HEIGHT_PX;
  if (draft.kind !== "bar") return CHART_HEIGHT_PX;
  const indicators = draft.categories.range.bottom - draft.categories.range.top + 1;
  return Math.min(520, 120 + 28 * indicators);
}

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

const alone = (draft: ChartDraft): boolean => draft.kind === "bar" || draft.fullWidth === true;

/** Groups the charts into rows: a bar chart (or a full-width one) alone, other charts by two. */
function chartRows(drafts: readonly ChartDraft[]): ChartDraft[][] {
  const rows: ChartDraft[][] = [];
  for (const draft of drafts) {
    const last = rows[rows.length - 1];
    if (!alone(draft) && last && last.length === 1 && !alone(last[0])) last.push(draft);
    else rows.push([draft]);
  }
  return rows;
}

export function placeCharts(drafts: readonly ChartDraft[], firstRow: number, widths: readonly number[]): ChartPlacement {
  const slots = chartSlots(widths);
  const charts: PlannedChart[] = [];
  const pageBreaks: number[] = [];
  let row = firstRow;
  let usedOnPage = 0;
  for (const pair of chartRows(drafts)) {
    const heightPx = Math.max(...pair.map(heightOf));
    const rows = Math.ceil(pixelsToPoints(heightPx) / DEFAULT_ROW_POINTS) + 1;
    const points = rows * DEFAULT_ROW_POINTS;
    if (usedOnPage > 0 && usedOnPage + points > CHART_PAGE_POINTS) {
      // A blank row at the top of the new page, so that a viewer's rounding never puts a chart's edge on the page before.
      pageBreaks.push(row);
      row += 1;
      usedOnPage = DEFAULT_ROW_POINTS;
    }
    pair.forEach((draft, side) => {
      const wide = pair.length === 1 && alone(draft);
      charts.push({
        ...draft,
        anchor: { row, column: side === 0 ? 1 : slots.rightColumn },
        widthPx: wide ? slots.fullPx : side === 0 ? slots.leftPx : slots.rightPx,
        heightPx,
      });
    });
    row += rows;
    usedOnPage += points;
  }
  return { charts, pageBreaks };
}
