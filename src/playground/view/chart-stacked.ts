/**
 * The marks of a 100 % stacked chart: in each category, the series end to end as shares of the category's
 * total, the value axis from 0 % to 100 %. Pure arithmetic, as for the other charts.
 */
import type { BarMark, ChartGeometry, Size, Tick } from "./chart-geometry";
import { plotArea } from "./plot-area";
import { axisLabel, type ChartView } from "./chart-model";

const TICKS = [0, 0.2, 0.4, 0.6, 0.8, 1];
const SHARE_FORMAT = "0%";

export function stacked100Geometry(view: ChartView, size: Size): ChartGeometry {
  const horizontal = view.shape === "bar";
  const plot = plotArea(horizontal, size);
  const valueLength = horizontal ? plot.right - plot.left : plot.bottom - plot.top;
  const categoryLength = horizontal ? plot.bottom - plot.top : plot.right - plot.left;
  const band = categoryLength / Math.max(1, view.categories.length);
  const totals = view.categories.map((_, index) => view.series.reduce((sum, series) => sum + Math.max(0, series.values[index] ?? 0), 0));
  const done = totals.map(() => 0);
  const bars: BarMark[] = [];
  for (const series of view.series) {
    series.values.forEach((value, index) => {
      if (value === null || !(totals[index] > 0)) return;
      const share = Math.max(0, value) / totals[index];
      const from = done[index] * valueLength;
      const length = share * valueLength;
      done[index] += share;
      const start = index * band + band * 0.15;
      const thickness = band * 0.7;
      const color = series.pointColors[index] ?? series.color;
      const label = axisLabel(share, SHARE_FORMAT);
      bars.push(
        horizontal
          ? { x: plot.left + from, y: plot.top + start, width: length, height: thickness, color, label, labelAt: null }
          : { x: plot.left + start, y: plot.bottom - from - length, width: thickness, height: length, color, label, labelAt: null },
      );
    });
  }
  const ticks: Tick[] = TICKS.map((value) => ({ at: value * valueLength, label: axisLabel(value, view.numberFormat ?? SHARE_FORMAT) }));
  const categories = view.categories.map((label, index) => ({ at: index * band + band / 2, label }));
  return { plot, horizontal, bars, lines: [], ticks, categories };
}
