import { axisLabel, chartView, shapeOf, valueBounds } from "../../src/playground/view/chart-model";
import { chartGeometry } from "../../src/playground/view/chart-geometry";
import type { SimChart, SimSeries } from "../../src/simulated-excel/model";
import { simulateWorkbook, simSheet } from "../../src/simulated-excel";
import { sheetOf, workbookOf } from "../simulated-excel/fixtures";

function series(name: string, column: number, extra: Partial<SimSeries> = {}): SimSeries {
  return {
    name,
    chartType: null,
    values: { sheetId: "{sheet-1}", top: 2, left: column, bottom: 4, right: column },
    xValues: { sheetId: "{sheet-1}", top: 2, left: 1, bottom: 4, right: 1 },
    fillColor: null,
    lineColor: null,
    lineStyle: null,
    pointColors: {},
    hasDataLabels: false,
    ...extra,
  };
}

function chart(extra: Partial<SimChart> = {}): SimChart {
  return {
    id: "chart-1",
    name: "Résultats",
    chartType: "ColumnClustered",
    seriesBy: "Columns",
    title: "Résultats 2021 et cibles",
    categoryAxisTitle: null,
    valueAxisTitle: null,
    valueAxis: { minimum: 0, maximum: 100, numberFormat: '0" %"' },
    legend: { visible: true, position: "Bottom" },
    position: { start: "A20", end: null },
    width: 360,
    height: 220,
    series: [series("Résultat 2021", 2, { fillColor: "#2E7D32", hasDataLabels: true }), series("Cible", 3, { chartType: "Line" })],
    ...extra,
  };
}

function model() {
  const excel = simulateWorkbook(
    workbookOf(
      sheetOf("Données graphiques 2021", [
        ["Indicateur", "Résultat", "Cible"],
        ["Taux d'appels aboutis", 94, 90],
        ["Taux de connexion", 18, 5],
        ["Délai d'information des élus", 100, null],
      ]),
    ),
  );
  expect(simSheet(excel, "Données graphiques 2021").id).toBe("{sheet-1}");
  return excel.model;
}

describe("a simulated chart as the workbook view reads it", () => {
  it("reads the categories and each series' numbers from the cells its ranges point at", () => {
    const view = chartView(model(), chart());
    expect(view.categories).toEqual(["Taux d'appels aboutis", "Taux de connexion", "Délai d'information des élus"]);
    expect(view.series.map((one) => one.values)).toEqual([
      [94, 18, 100],
      [90, 5, null],
    ]);
    expect(view.title).toBe("Résultats 2021 et cibles");
  });

  it("keeps a series' own type (a target drawn as a line over columns) and colours", () => {
    const [results, target] = chartView(model(), chart()).series;
    expect(results).toMatchObject({ shape: "column", color: "#2E7D32", dataLabels: true });
    expect(target.shape).toBe("line");
    expect(target.color).toMatch(/^#[0-9A-F]{6}$/);
  });

  it.each([
    ["ColumnClustered", "column"],
    ["BarClustered", "bar"],
    ["Line", "line"],
    ["LineMarkers", "line"],
    [null, "column"],
  ] as const)("draws a %s chart as %s", (type, shape) => {
    expect(shapeOf(type)).toBe(shape);
  });

  it.each([
    [94, '0" %"', "94\u00a0%"],
    [0.94, "0%", "94\u00a0%"],
    [1.5, "General", "1,5"],
    [1234, null, "1\u202f234"],
  ])("labels %s in the format %s as %s", (value, format, label) => {
    expect(axisLabel(value, format)).toBe(label);
  });

  it("uses the chart's own axis bounds, else rounds the highest value up from zero", () => {
    expect(valueBounds(chartView(model(), chart()))).toEqual({ min: 0, max: 100 });
    const free = chartView(model(), chart({ valueAxis: { minimum: null, maximum: null, numberFormat: null } }));
    expect(valueBounds(free)).toEqual({ min: 0, max: 100 });
    const small = chartView(model(), chart({ valueAxis: { minimum: null, maximum: null, numberFormat: null }, series: [series("Cible", 3)] }));
    expect(valueBounds(small)).toEqual({ min: 0, max: 100 });
  });
});

describe("the chart's SVG geometry", () => {
  const size = { width: 520, height: 300 };

  it("draws one bar per number, taller for larger values, and a line through the target points", () => {
    const geometry = chartGeometry(chartView(model(), chart()), size);
    expect(geometry.bars.map((bar) => bar.label)).toEqual(["94\u00a0%", "18\u00a0%", "100\u00a0%"]);
    const [first, second, third] = geometry.bars;
    expect(first.height).toBeGreaterThan(second.height);
    expect(third.y).toBeCloseTo(geometry.plot.top);
    expect(first.labelAt).not.toBeNull();
    expect(geometry.lines).toHaveLength(1);
    expect(geometry.lines[0].points).toHaveLength(2);
  });

  it("lays a bar chart's bars horizontally from the category axis", () => {
    const geometry = chartGeometry(chartView(model(), chart({ chartType: "BarClustered", series: [series("Résultat", 2)] })), size);
    expect(geometry.horizontal).toBe(true);
    expect(geometry.bars.every((bar) => bar.x === geometry.plot.left)).toBe(true);
    expect(geometry.bars[0].width).toBeGreaterThan(geometry.bars[1].width);
  });

  it("draws a 100 % stacked bar chart's series end to end, each the share of its category's total", () => {
    const stacked = chart({
      chartType: "BarStacked100",
      valueAxis: { minimum: null, maximum: null, numberFormat: "0 %" },
      series: [series("Résultat", 2, { fillColor: "#1E7B34" }), series("Cible", 3, { fillColor: "#B00020" })],
    });
    const geometry = chartGeometry(chartView(model(), stacked), size);
    const width = geometry.plot.right - geometry.plot.left;
    // Taux d'appels aboutis: 94 and 90 of 184; the third category has no target, its result is the whole bar.
    expect(geometry.bars.map((bar) => bar.label)).toEqual(["51,1\u00a0%", "78,3\u00a0%", "100\u00a0%", "48,9\u00a0%", "21,7\u00a0%"]);
    const [first, , , second] = geometry.bars;
    expect(first.x).toBe(geometry.plot.left);
    expect(second.x).toBeCloseTo(first.x + first.width);
    expect(first.width + second.width).toBeCloseTo(width);
    expect(geometry.ticks.map((tick) => tick.label)).toEqual(["0\u00a0%", "20\u00a0%", "40\u00a0%", "60\u00a0%", "80\u00a0%", "100\u00a0%"]);
  });

  it("puts value ticks from the minimum to the maximum, labelled in the axis format", () => {
    const geometry = chartGeometry(chartView(model(), chart()), size);
    expect(geometry.ticks.map((tick) => tick.label)).toEqual(["0\u00a0%", "20\u00a0%", "40\u00a0%", "60\u00a0%", "80\u00a0%", "100\u00a0%"]);
  });
});
