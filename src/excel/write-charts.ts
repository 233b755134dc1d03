/** Queues a planned sheet's native charts: explicit series orientation, categories, titles, colours, place. */
import { a1, rangeA1 } from "../domain/address";
import type { ChartKind, PlannedChart, PlannedSeries, RangeRef } from "../report/plan";

const CHART_TYPE: Readonly<Record<ChartKind, Excel.ChartType>> = {
  column: "ColumnClustered" as Excel.ChartType,
  bar: "BarClustered" as Excel.ChartType,
  line: "Line" as Excel.ChartType,
  "bar-stacked-100": "BarStacked100" as Excel.ChartType,
};

/** Px → points for chart sizes. */
const POINTS_PER_PIXEL = 0.75;

export type RangeOf = (ref: RangeRef) => Excel.Range;

/** A one-column values range is one series by columns, a one-row range one series by rows; else the plan's choice. */
function seriesBy(chart: PlannedChart): Excel.ChartSeriesBy {
  const values = chart.series[0]?.values.range;
  if (values && values.left === values.right && values.top !== values.bottom) return "Columns" as Excel.ChartSeriesBy;
  if (values && values.top === values.bottom && values.left !== values.right) return "Rows" as Excel.ChartSeriesBy;
  return (chart.seriesBy === "rows" ? "Rows" : "Columns") as Excel.ChartSeriesBy;
}

export function rangeAddress(ref: RangeRef): string {
  return rangeA1(ref.range.top, ref.range.left, ref.range.bottom, ref.range.right);
}

function styleSeries(series: Excel.ChartSeries, planned: PlannedSeries, chartKind: ChartKind): void {
  series.name = planned.name;
  const kind = planned.kind ?? chartKind;
  if (planned.kind !== undefined && planned.kind !== chartKind) series.chartType = CHART_TYPE[planned.kind];
  if (planned.color !== undefined) {
    if (kind === "line") series.format.line.color = planned.color;
    else series.format.fill.setSolidColor(planned.color);
  }
  // ChartLineFormat.lineStyle (ExcelApi 1.7): https://learn.microsoft.com/en-us/javascript/api/excel/excel.chartlineformat#excel-excel-chartlineformat-linestyle-member
  if (planned.dashed && kind === "line") series.format.line.lineStyle = "Dash" as Excel.ChartLineStyle;
  (planned.pointColors ?? []).forEach((color, index) => series.points.getItemAt(index).format.fill.setSolidColor(color));
  if (planned.dataLabels) series.hasDataLabels = true;
}

export function writeChart(worksheet: Excel.Worksheet, chart: PlannedChart, rangeOf: RangeOf): void {
  const [first, ...others] = chart.series;
  if (!first) return;
  const added = worksheet.charts.add(CHART_TYPE[chart.kind], rangeOf(first.values), seriesBy(chart));
  added.name = chart.name;
  added.title.text = chart.title;
  const categories = rangeOf(chart.categories);
  const firstSeries = added.series.getItemAt(0);
  firstSeries.setXAxisValues(categories);
  styleSeries(firstSeries, first, chart.kind);
  for (const planned of others) {
    const series = added.series.add(planned.name);
    series.setValues(rangeOf(planned.values));
    series.setXAxisValues(categories);
    styleSeries(series, planned, chart.kind);
  }
  if (chart.categoryAxisTitle) added.axes.categoryAxis.title.text = chart.categoryAxisTitle;
  if (chart.valueAxisTitle) added.axes.valueAxis.title.text = chart.valueAxisTitle;
  const axis = chart.valueAxis;
  if (axis?.min !== undefined) added.axes.valueAxis.minimum = axis.min;
  if (axis?.max !== undefined) added.axes.valueAxis.maximum = axis.max;
  if (axis?.numberFormat !== undefined) added.axes.valueAxis.numberFormat = axis.numberFormat;
  if (chart.legend === "none") added.legend.visible = false;
  else {
    added.legend.visible = true;
    added.legend.position = (chart.legend === "bottom" ? "Bottom" : "Right") as Excel.ChartLegendPosition;
  }
  added.setPosition(a1(chart.anchor.row, chart.anchor.column));
  added.width = chart.widthPx * POINTS_PER_PIXEL;
  added.height = chart.heightPx * POINTS_PER_PIXEL;
}
