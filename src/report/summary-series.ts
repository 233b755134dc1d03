/** The series table of the summary (three years or more): each indicator's result year by year, and this year's target. */
import type { Analysis } from "../domain/analysis/types";
import type { PlannedCell } from "./plan";
import { textCell } from "./cells";
import { targetText } from "./notation";
import { pointsIn, seriesValueText, seriesYears, withSeries } from "./series";
import { SERIES_WORDS } from "./wording";

export interface SeriesTable {
  readonly cells: readonly PlannedCell[];
  /** Rows holding a full-width text (title, note), to be merged across the table by the caller. */
  readonly fullRows: readonly { readonly row: number; readonly text: string; readonly style: string }[];
  readonly lastRow: number;
}

const MET_STYLE: Readonly<Record<string, string>> = { true: "series-met", false: "series-not-met", null: "value" };

/** From `first`; null when the workbook holds fewer than three years (or no indicator has two values). */
export function planSeriesTable(analysis: Analysis, first: number): SeriesTable | null {
  const years = seriesYears(analysis);
  const indicators = withSeries(analysis, years);
  if (years.length === 0 || indicators.length === 0) return null;
  const cells: PlannedCell[] = [];
  const header = first + 2;
  cells.push(textCell(header, 1, SERIES_WORDS.indicator, "header"));
  years.forEach((year, index) => cells.push(textCell(header, 2 + index, String(year), "header")));
  cells.push(textCell(header, 2 + years.length, SERIES_WORDS.target(analysis.year), "header"));
  indicators.forEach((indicator, offset) => {
    const row = header + 1 + offset;
    cells.push(textCell(row, 1, indicator.name, "text"));
    pointsIn(indicator, years).forEach((point, index) =>
      cells.push(textCell(row, 2 + index, seriesValueText(indicator, point.value), MET_STYLE[String(point.met)])),
    );
    cells.push(textCell(row, 2 + years.length, targetText(indicator), "muted"));
  });
  return {
    cells,
    fullRows: [
      { row: first, text: SERIES_WORDS.sectionTitle(years[0], years[years.length - 1]), style: "section" },
      { row: first + 1, text: SERIES_WORDS.note, style: "note" },
    ],
    lastRow: header + indicators.length,
  };
}
