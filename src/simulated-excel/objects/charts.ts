/** Charts: the collection, a chart, its series, axes, title and legend (the parts the adapter writes). */
import type { SimContext } from "../context";
import type { SimChart, SimModel, SimRangeRef, SimSeries } from "../model";
import { SimError } from "../errors";
import { isChartType } from "./chart-types";
import { assertWritable, sheetById } from "../sheet-ops";
import { SimObject } from "./base";
import { SimCollection } from "./collection";
import type { RangeProxy } from "./range";
import type { WorksheetProxy } from "./worksheets";

interface ChartRef {
  readonly sheetId: string;
  readonly chartId: string;
}

function chartOf(model: SimModel, ref: ChartRef, write: boolean): SimChart {
  const sheet = sheetById(model, ref.sheetId);
  if (write) assertWritable(sheet);
  const chart = sheet.charts.find((candidate) => candidate.id === ref.chartId);
  if (!chart) throw new SimError("ItemNotFound", "The chart does not exist (any more).");
  return chart;
}

function newSeries(name: string, values: SimRangeRef | null): SimSeries {
  return { name, chartType: null, values, xValues: null, fillColor: null, lineColor: null, lineStyle: null, pointColors: {}, hasDataLabels: false };
}

/** A queued edit of a chart part, resolved through the chart. */
class ChartPart {
  constructor(
    protected readonly context: SimContext,
    protected readonly chart: ChartProxy,
  ) {}

  protected edit(payload: unknown, apply: (chart: SimChart) => void): void {
    this.context.enqueue({
      requestBytes: 40 + JSON.stringify(payload ?? null).length,
      execute: ({ model }) => apply(chartOf(model, this.chart.navigate(model), true)),
    });
  }
}

class ChartTitle extends ChartPart {
  set text(text: string) { this.edit(text, (chart) => (chart.title = text)); }
  set visible(visible: boolean) { this.edit(visible, (chart) => (chart.title = visible ? chart.title ?? "" : null)); }
}

class AxisTitle extends ChartPart {
  constructor(context: SimContext, chart: ChartProxy, private readonly axis: "category" | "value") {
    super(context, chart);
  }
  set text(text: string) {
    this.edit(text, (chart) => (this.axis === "category" ? (chart.categoryAxisTitle = text) : (chart.valueAxisTitle = text)));
  }
}

class ChartAxis extends ChartPart {
  readonly title: AxisTitle;
  constructor(context: SimContext, chart: ChartProxy, private readonly axis: "category" | "value") {
    super(context, chart);
    this.title = new AxisTitle(context, chart, axis);
  }
  set minimum(value: number) { this.value("minimum", value); }
  set maximum(value: number) { this.value("maximum", value); }
  set numberFormat(value: string) { this.value("numberFormat", value); }
  private value<K extends keyof SimChart["valueAxis"]>(key: K, value: SimChart["valueAxis"][K]): void {
    this.edit(value, (chart) => {
      if (this.axis !== "value") throw new SimError("InvalidArgument", "The simulator models bounds on the value axis only.");
      chart.valueAxis[key] = value;
    });
  }
}

class ChartLegend extends ChartPart {
  set visible(visible: boolean) { this.edit(visible, (chart) => (chart.legend.visible = visible)); }
  set position(position: string) { this.edit(position, (chart) => (chart.legend.position = position)); }
}

class SeriesPart extends ChartPart {
  constructor(context: SimContext, chart: ChartProxy, protected readonly index: () => number) {
    super(context, chart);
  }
  protected editSeries(payload: unknown, apply: (series: SimSeries, chart: SimChart) => void): void {
    this.edit(payload, (chart) => {
      const series = chart.series[this.index()];
      if (!series) throw new SimError("ItemNotFound", "The chart series does not exist.");
      apply(series, chart);
    });
  }
}

class SeriesFill extends SeriesPart {
  constructor(context: SimContext, chart: ChartProxy, index: () => number, private readonly point: number | null) {
    super(context, chart, index);
  }
  setSolidColor(color: string): void {
    this.editSeries(color, (series) => {
      if (this.point === null) series.fillColor = color.toUpperCase();
      else series.pointColors[this.point] = color.toUpperCase();
    });
  }
}

class SeriesLine extends SeriesPart {
  set color(color: string) { this.editSeries(color, (series) => (series.lineColor = color.toUpperCase())); }
  /** https://learn.microsoft.com/en-us/javascript/api/excel/excel.chartlineformat#excel-excel-chartlineformat-linestyle-member (ExcelApi 1.7). */
  set lineStyle(style: string) { this.editSeries(style, (series) => (series.lineStyle = style)); }
}

class ChartPoints extends SeriesPart {
  getItemAt(point: number): { format: { fill: SeriesFill } } {
    return { format: { fill: new SeriesFill(this.context, this.chart, this.index, point) } };
  }
}

export class ChartSeriesProxy extends SeriesPart {
  readonly format: { fill: SeriesFill; line: SeriesLine };
  readonly points: ChartPoints;

  constructor(context: SimContext, chart: ChartProxy, index: () => number) {
    super(context, chart, index);
    this.format = { fill: new SeriesFill(context, chart, index, null), line: new SeriesLine(context, chart, index) };
    this.points = new ChartPoints(context, chart, index);
  }

  set name(name: string) { this.editSeries(name, (series) => (series.name = name)); }
  set chartType(type: string) {
    this.editSeries(type, (series) => {
      if (!isChartType(type)) throw new SimError("InvalidArgument", `'${type}' is not a chart type.`);
      series.chartType = type;
    });
  }
  set hasDataLabels(value: boolean) { this.editSeries(value, (series) => (series.hasDataLabels = value)); }

  setValues(source: RangeProxy): void {
    this.rangeEdit(source, (series, ref) => (series.values = ref));
  }

  setXAxisValues(source: RangeProxy): void {
    this.rangeEdit(source, (series, ref) => (series.xValues = ref));
  }

  private rangeEdit(source: RangeProxy, apply: (series: SimSeries, ref: SimRangeRef) => void): void {
    this.context.enqueue({
      requestBytes: 80,
      execute: ({ model }) => {
        const ref = source.resolve(model) as SimRangeRef;
        const chart = chartOf(model, this.chart.navigate(model), true);
        const series = chart.series[this.index()];
        if (!series) throw new SimError("ItemNotFound", "The chart series does not exist.");
        apply(series, { ...ref });
      },
    });
  }
}

class ChartSeriesCollection extends ChartPart {
  getItemAt(index: number): ChartSeriesProxy {
    return new ChartSeriesProxy(this.context, this.chart, () => index);
  }

  add(name: string): ChartSeriesProxy {
    let index = -1;
    this.edit(name, (chart) => {
      index = chart.series.length;
      chart.series.push(newSeries(name, null));
    });
    return new ChartSeriesProxy(this.context, this.chart, () => index);
  }
}

export class ChartProxy extends SimObject<ChartRef> {
  protected readonly typeName = "Chart";
  protected readonly scalarNames = ["id", "name", "chartType", "width", "height"];
  readonly title: ChartTitle;
  readonly legend: ChartLegend;
  readonly axes: { categoryAxis: ChartAxis; valueAxis: ChartAxis };
  readonly series: ChartSeriesCollection;

  constructor(context: SimContext, resolver: (model: SimModel) => ChartRef | null, nullable = false) {
    super(context, resolver, nullable);
    this.title = new ChartTitle(context, this);
    this.legend = new ChartLegend(context, this);
    this.axes = { categoryAxis: new ChartAxis(context, this, "category"), valueAxis: new ChartAxis(context, this, "value") };
    this.series = new ChartSeriesCollection(context, this);
  }

  get name(): string { return this.property("name"); }
  set name(name: string) { this.edit(name, (chart) => (chart.name = name)); }
  get width(): number { return this.property("width"); }
  set width(width: number) { this.edit(width, (chart) => (chart.width = width)); }
  get height(): number { return this.property("height"); }
  set height(height: number) { this.edit(height, (chart) => (chart.height = height)); }

  setPosition(startCell: string, endCell?: string): void {
    this.edit([startCell, endCell], (chart) => (chart.position = { start: startCell, end: endCell ?? null }));
  }

  delete(): void {
    this.queue(null, (ref, model) => {
      const sheet = sheetById(model, ref.sheetId);
      assertWritable(sheet);
      sheet.charts = sheet.charts.filter((chart) => chart.id !== ref.chartId);
    });
  }

  private edit(payload: unknown, apply: (chart: SimChart) => void): void {
    this.queue(payload, (ref, model) => apply(chartOf(model, ref, true)));
  }

  protected fetch(name: string, ref: ChartRef, model: SimModel): unknown {
    const chart = chartOf(model, ref, false);
    return name === "chartType" ? chart.chartType : chart[name as "id" | "name" | "width" | "height"];
  }
}

export class ChartCollectionProxy extends SimCollection<ChartProxy> {
  protected readonly typeName = "ChartCollection";

  constructor(context: SimContext, private readonly worksheet: WorksheetProxy) {
    super(context);
  }

  protected list(model: SimModel): ChartProxy[] {
    const sheetId = this.worksheet.navigate(model);
    return sheetById(model, sheetId).charts.map((chart) => {
      const proxy = new ChartProxy(this.context, () => ({ sheetId, chartId: chart.id }));
      proxy.bind({ sheetId, chartId: chart.id });
      return proxy;
    });
  }

  /** `seriesBy` "Auto" is read as columns, as Excel on the web does. */
  add(type: string, source: RangeProxy, seriesBy: "Auto" | "Columns" | "Rows" = "Auto"): ChartProxy {
    const proxy = new ChartProxy(this.context, () => {
      throw new SimError("InvalidOperation", "The chart was not added.");
    });
    this.context.enqueue({
      requestBytes: 80 + type.length,
      execute: ({ model }) => {
        if (!isChartType(type)) throw new SimError("InvalidArgument", `'${type}' is not a chart type.`);
        const sheetId = this.worksheet.navigate(model);
        const sheet = sheetById(model, sheetId);
        assertWritable(sheet);
        const ref = source.resolve(model) as SimRangeRef;
        const byRows = seriesBy === "Rows";
        const count = byRows ? ref.bottom - ref.top + 1 : ref.right - ref.left + 1;
        const series = Array.from({ length: count }, (_, index) =>
          newSeries(
            `Série${index + 1}`,
            byRows ? { ...ref, top: ref.top + index, bottom: ref.top + index } : { ...ref, left: ref.left + index, right: ref.left + index },
          ),
        );
        const chart: SimChart = {
          id: `{chart-${model.nextId++}}`,
          name: `Graphique ${sheet.charts.length + 1}`,
          chartType: type,
          seriesBy: seriesBy === "Auto" ? "Columns" : seriesBy,
          title: null,
          categoryAxisTitle: null,
          valueAxisTitle: null,
          valueAxis: { minimum: null, maximum: null, numberFormat: null },
          legend: { visible: true, position: "Right" },
          position: null,
          width: 360,
          height: 216,
          series,
        };
        sheet.charts.push(chart);
        proxy.bind({ sheetId, chartId: chart.id });
      },
    });
    return proxy;
  }

  getItem(name: string): ChartProxy {
    return new ChartProxy(this.context, (model) => {
      const sheetId = this.worksheet.navigate(model);
      const chart = sheetById(model, sheetId).charts.find((candidate) => candidate.name === name);
      if (!chart) throw new SimError("ItemNotFound", `No chart named '${name}'.`);
      return { sheetId, chartId: chart.id };
    });
  }
}
