/**
 * Where each mark of a chart goes in its SVG: bars (vertical for a column chart, horizontal for a bar
 * chart), lines through the category centres, value ticks and category labels. Pure arithmetic.
 */
import { axisLabel, valueBounds, type ChartView } from "./chart-model";
import { stacked100Geometry } from "./chart-stacked";
import { plotArea } from "./plot-area";

export interface Size {
  readonly width: number;
  readonly height: number;
}

export interface BarMark {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly color: string;
  readonly label: string;
  /** Where the value label sits, when the series shows data labels. */
  readonly labelAt: { readonly x: number; readonly y: number } | null;
}

export interface LineMark {
  readonly points: readonly { readonly x: number; readonly y: number }[];
  readonly color: string;
}

export interface Tick {
  /** Pixel position along the value axis. */
  readonly at: number;
  readonly label: string;
}

export interface CategoryLabel {
  readonly at: number;
  readonly label: string;
}

export interface ChartGeometry {
  readonly plot: { readonly left: number; readonly top: number; readonly right: number; readonly bottom: number };
  readonly horizontal: boolean;
  readonly bars: readonly BarMark[];
  readonly lines: readonly LineMark[];
  readonly ticks: readonly Tick[];
  readonly categories: readonly CategoryLabel[];
}

const TICK_COUNT = 5;

export function shortLabel(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

export function chartGeometry(view: ChartView, size: Size): ChartGeometry {
  if (view.stacked100) return stacked100Geometry(view, size);
  const horizontal = view.shape === "bar";
  const plot = plotArea(horizontal, size);
  const { min, max } = valueBounds(view);
  const count = Math.max(1, view.categories.length);
  const valueLength = horizontal ? plot.right - plot.left : plot.bottom - plot.top;
  const categoryLength = horizontal ? plot.bottom - plot.top : plot.right - plot.left;
  const band = categoryLength / count;
  const scale = (value: number) => ((Math.min(Math.max(value, min), max) - min) / (max - min)) * valueLength;
  const zero = scale(Math.max(min, Math.min(0, max)));
  const toPoint = (category: number, value: number) =>
    horizontal
      ? { x: plot.left + scale(value), y: plot.top + category }
      : { x: plot.left + category, y: plot.bottom - scale(value) };

  const barSeries = view.series.filter((series) => series.shape !== "line");
  const slot = (band * 0.7) / Math.max(1, barSeries.length);
  const bars: BarMark[] = [];
  barSeries.forEach((series, seriesIndex) => {
    series.values.forEach((value, index) => {
      if (value === null) return;
      const start = index * band + band * 0.15 + seriesIndex * slot;
      const length = scale(value) - zero;
      const from = Math.min(zero, zero + length);
      const color = series.pointColors[index] ?? series.color;
      const label = axisLabel(value, view.numberFormat);
      bars.push(
        horizontal
          ? { x: plot.left + from, y: plot.top + start, width: Math.abs(length), height: slot, color, label,
              labelAt: series.dataLabels ? { x: plot.left + from + Math.abs(length) + 4, y: plot.top + start + slot / 2 + 4 } : null }
          : { x: plot.left + start, y: plot.bottom - from - Math.abs(length), width: slot, height: Math.abs(length), color, label,
              labelAt: series.dataLabels ? { x: plot.left + start + slot / 2, y: plot.bottom - from - Math.abs(length) - 4 } : null },
      );
    });
  });
  const lines: LineMark[] = view.series
    .filter((series) => series.shape === "line")
    .map((series) => ({
      color: series.color,
      points: series.values.flatMap((value, index) => (value === null ? [] : [toPoint(index * band + band / 2, value)])),
    }));
  const ticks: Tick[] = Array.from({ length: TICK_COUNT + 1 }, (_, index) => {
    const value = min + ((max - min) * index) / TICK_COUNT;
    return { at: scale(value), label: axisLabel(value, view.numberFormat) };
  });
  const categories = view.categories.map((label, index) => ({ at: index * band + band / 2, label }));
  return { plot, horizontal, bars, lines, ticks, categories };
}
