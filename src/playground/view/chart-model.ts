/**
 * A simulated chart as the workbook view draws it: title, kind, categories and each series' numbers,
 * read from the cells its ranges point at. Pure: reads the simulator's model only.
 */
import type { SimChart, SimModel, SimRangeRef } from "../../simulated-excel/model";
import { formatNumberFr, formatPercentFr } from "../../domain/values";
import { cellText, readCell } from "../../simulated-excel/sheet-ops";

export type ChartShape = "column" | "bar" | "line";

export interface SeriesView {
  readonly name: string;
  readonly shape: ChartShape;
  /** One per category; null where the cell holds no number. */
  readonly values: readonly (number | null)[];
  readonly color: string;
  readonly pointColors: Readonly<Record<number, string>>;
  readonly dataLabels: boolean;
}

export interface ChartView {
  readonly id: string;
  readonly title: string | null;
  readonly type: string;
  readonly shape: ChartShape;
  /** A 100 % stacked chart ("BarStacked100"): each category's series drawn as shares of its total, end to end. */
  readonly stacked100: boolean;
  readonly categories: readonly string[];
  readonly series: readonly SeriesView[];
  readonly minimum: number | null;
  readonly maximum: number | null;
  /** The value axis' number format, null when Excel's default. */
  readonly numberFormat: string | null;
  readonly legend: boolean;
  readonly anchor: string | null;
}

/** Office's default series colours, for series the adapter did not colour. */
const PALETTE = ["#4472C4", "#ED7D31", "#A5A5A5", "#FFC000", "#5B9BD5", "#70AD47"];

export function shapeOf(type: string | null): ChartShape {
  if (type === null) return "column";
  if (/^Bar/i.test(type)) return "bar";
  if (/^Line/i.test(type)) return "line";
  return "column";
}

function cellsOf(model: SimModel, ref: SimRangeRef | null): { value: unknown; text: string }[] {
  if (!ref) return [];
  const sheet = model.sheets.find((candidate) => candidate.id === ref.sheetId);
  if (!sheet) return [];
  const cells: { value: unknown; text: string }[] = [];
  for (let row = ref.top; row <= ref.bottom; row++) {
    for (let column = ref.left; column <= ref.right; column++) {
      const cell = readCell(sheet, row, column);
      cells.push({ value: cell.value, text: cellText(cell, model.dateSystem) });
    }
  }
  return cells;
}

export function chartView(model: SimModel, chart: SimChart): ChartView {
  const shape = shapeOf(chart.chartType);
  const firstX = chart.series.find((series) => series.xValues !== null)?.xValues ?? null;
  const categories = cellsOf(model, firstX).map((cell) => cell.text);
  const series = chart.series.map((simSeries, index): SeriesView => {
    const values = cellsOf(model, simSeries.values).map((cell) => (typeof cell.value === "number" ? cell.value : null));
    return {
      name: simSeries.name,
      shape: simSeries.chartType === null ? shape : shapeOf(simSeries.chartType),
      values,
      color: simSeries.fillColor ?? simSeries.lineColor ?? PALETTE[index % PALETTE.length],
      pointColors: simSeries.pointColors,
      dataLabels: simSeries.hasDataLabels,
    };
  });
  const length = Math.max(categories.length, ...series.map((one) => one.values.length));
  return {
    id: chart.id,
    title: chart.title,
    type: chart.chartType,
    shape,
    stacked100: /Stacked100$/i.test(chart.chartType),
    categories: Array.from({ length }, (_, index) => categories[index] ?? String(index + 1)),
    series,
    minimum: chart.valueAxis.minimum,
    maximum: chart.valueAxis.maximum,
    numberFormat: chart.valueAxis.numberFormat,
    legend: chart.legend.visible,
    anchor: chart.position?.start ?? null,
  };
}

/** The value axis' bounds: the chart's own, else from 0 (or the lowest value) to the highest, rounded up. */
export function valueBounds(view: ChartView): { min: number; max: number } {
  const numbers = view.series.flatMap((series) => series.values.filter((value): value is number => value !== null));
  const low = view.minimum ?? Math.min(0, ...numbers);
  let high = view.maximum ?? Math.max(0, ...numbers);
  if (view.maximum === null) high = niceCeiling(high);
  if (high <= low) high = low + 1;
  return { min: low, max: high };
}

function niceCeiling(value: number): number {
  if (value <= 0) return 0;
  const magnitude = 10 ** Math.floor(Math.log10(value));
  const steps = [1, 2, 2.5, 5, 10];
  const step = steps.find((candidate) => candidate * magnitude >= value) ?? 10;
  return step * magnitude;
}

/**
 * A value as the axis format shows it: a bare % multiplies by 100 ("0%": 0.94 → "94 %"), a quoted one
 * is literal ('0" %"': 94 → "94 %"); else a French number.
 */
export function axisLabel(value: number, numberFormat: string | null): string {
  const format = numberFormat ?? "General";
  const unquoted = format.replace(/"[^"]*"/g, "");
  if (unquoted.includes("%")) return formatPercentFr(value * 100, 1);
  if (/"[^"]*%[^"]*"/.test(format)) return formatPercentFr(value, 1);
  return formatNumberFr(value, 2);
}
