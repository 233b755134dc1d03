/** A planned chart as a native xlsxwriter chart: series, point colours, axes, legend. */
import type { ChartKind, PlannedChart, PlannedSeries, RangeRef } from "../report/plan";
import type { XlsxWriterModule } from "./write-xlsxwriter-module";

type Chart = InstanceType<XlsxWriterModule["Chart"]>;
type ChartFormat = InstanceType<XlsxWriterModule["ChartFormat"]>;

function chartRange(xw: XlsxWriterModule, ref: RangeRef) {
  const { top, left, bottom, right } = ref.range;
  return xw.ChartRange.newFromRange(ref.sheet, top - 1, left - 1, bottom - 1, right - 1);
}

function newChart(xw: XlsxWriterModule, kind: ChartKind): Chart {
  if (kind === "bar") return xw.Chart.newBar();
  if (kind === "bar-stacked-100") return new xw.Chart(xw.ChartType.BarPercentStacked);
  if (kind === "line") return xw.Chart.newLine();
  return xw.Chart.newColumn();
}

function fillFormat(xw: XlsxWriterModule, color: string, kind: ChartKind, dashed = false): ChartFormat {
  const colour = xw.Color.parse(color);
  if (kind === "line") {
    const line = new xw.ChartLine().setColor(colour).setWidth(dashed ? 1.5 : 2.25);
    return new xw.ChartFormat().setLine(dashed ? line.setDashType(xw.ChartLineDashType.Dash) : line);
  }
  return new xw.ChartFormat().setSolidFill(new xw.ChartSolidFill().setColor(colour));
}

function buildSeries(xw: XlsxWriterModule, chart: PlannedChart, planned: PlannedSeries, kind: ChartKind) {
  let series = new xw.ChartSeries()
    .setName(planned.name)
    .setCategories(chartRange(xw, chart.categories))
    .setValues(chartRange(xw, planned.values));
  if (planned.color) series = series.setFormat(fillFormat(xw, planned.color, kind, planned.dashed));
  if (kind === "line") series = series.setMarker(new xw.ChartMarker().setNone());
  if (planned.pointColors && planned.pointColors.length > 0) {
    series = series.setPoints(planned.pointColors.map((color) => new xw.ChartPoint().setFormat(fillFormat(xw, color, kind))));
  }
  if (planned.dataLabels) {
    const label = new xw.ChartDataLabel().showValue();
    series = series.setDataLabel(kind === "line" ? label : label.setPosition(xw.ChartDataLabelPosition.OutsideEnd));
  }
  return series;
}

export function buildChart(xw: XlsxWriterModule, planned: PlannedChart): Chart {
  const kindOf = (series: PlannedSeries): ChartKind => series.kind ?? planned.kind;
  const primarySeries = planned.series.filter((series) => kindOf(series) === planned.kind);
  const otherSeries = planned.series.filter((series) => kindOf(series) !== planned.kind);
  const chart = newChart(xw, planned.kind);
  for (const series of primarySeries) chart.pushSeries(buildSeries(xw, planned, series, planned.kind));
  if (otherSeries.length > 0) {
    const otherKind = kindOf(otherSeries[0]);
    const secondary = newChart(xw, otherKind);
    for (const series of otherSeries) secondary.pushSeries(buildSeries(xw, planned, series, otherKind));
    chart.combine(secondary);
  }
  chart.setName(planned.name).setWidth(planned.widthPx).setHeight(planned.heightPx).setAltText(planned.title);
  chart.title().setName(planned.title);
  // In a bar chart the value axis runs across (xlsxwriter's x axis) and the categories down (its y axis).
  const across = planned.kind === "bar" || planned.kind === "bar-stacked-100";
  const categoryAxis = across ? chart.yAxis() : chart.xAxis();
  const valueAxis = across ? chart.xAxis() : chart.yAxis();
  if (planned.categoryAxisTitle) categoryAxis.setName(planned.categoryAxisTitle);
  if (planned.valueAxisTitle) valueAxis.setName(planned.valueAxisTitle);
  if (planned.valueAxis?.min !== undefined) valueAxis.setMin(planned.valueAxis.min);
  if (planned.valueAxis?.max !== undefined) valueAxis.setMax(planned.valueAxis.max);
  if (planned.valueAxis?.numberFormat) valueAxis.setNumFormat(planned.valueAxis.numberFormat);
  if (planned.legend === "none") chart.legend().setHidden();
  else chart.legend().setPosition(planned.legend === "right" ? xw.ChartLegendPosition.Right : xw.ChartLegendPosition.Bottom);
  return chart;
}
