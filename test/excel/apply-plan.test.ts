import { applyPlan } from "../../src/excel/apply-plan";
import type { PlannedSheet, ReportPlan } from "../../src/report/plan";
import { modelSnapshot, sheetNames, sheetTag, simCell, simSheet, simulateWorkbook } from "../../src/simulated-excel";
import { sheetOf, workbookOf } from "../simulated-excel/fixtures";

const sheet = (name: string, role: PlannedSheet["role"], extra: Partial<PlannedSheet> = {}): PlannedSheet => ({
  name,
  role,
  year: 2021,
  cells: [
    { row: 1, column: 1, value: { kind: "text", text: "-3 appels" }, style: "title" },
    { row: 2, column: 1, value: { kind: "text", text: "+5 points" } },
    { row: 2, column: 2, value: { kind: "number", number: 0.94 }, style: "percent" },
    { row: 3, column: 1, value: { kind: "text", text: "Voir la cellule" }, link: { kind: "cell", sheet: "Indicateurs 2021", cell: "C5" } },
  ],
  merges: [{ top: 1, left: 1, bottom: 1, right: 3 }],
  columnWidths: [{ column: 1, width: 40 }],
  freeze: { rows: 2, columns: 0 },
  print: { orientation: "landscape", paper: "A4", fitToOnePageWide: true, repeatRows: { first: 1, last: 2 } },
  charts: [],
  showGridlines: false,
  ...extra,
});

const plan = (sheets: PlannedSheet[]): ReportPlan => ({
  year: 2021,
  styles: { title: { bold: true, fontSize: 16, fill: "#1F4E79", fontColor: "#FFFFFF", border: "#BFBFBF" }, percent: { numberFormat: "0 %" } },
  sheets,
  activeSheet: sheets[0].name,
});

const source = () => simulateWorkbook(workbookOf(sheetOf("Indicateurs 2021", [["Indicateur", "Résultat"], ["Taux", 94]])));

describe("applyPlan", () => {
  it("writes text that starts with - or + as text, numbers with their format, styles, merges and layout", async () => {
    const excel = source();
    await excel.run((context) => applyPlan(context, plan([sheet("Synthèse 2021", "summary")])));
    expect(simCell(excel, "Synthèse 2021", "A1")).toMatchObject({ value: "-3 appels", formula: null });
    expect(simCell(excel, "Synthèse 2021", "A2")).toMatchObject({ value: "+5 points", formula: null });
    expect(simCell(excel, "Synthèse 2021", "B2")).toMatchObject({ value: 0.94, numberFormat: "0 %" });
    expect(simCell(excel, "Synthèse 2021", "A1").format).toMatchObject({ fill: { color: "#1F4E79" }, font: { bold: true, size: 16, color: "#FFFFFF" } });
    expect(simCell(excel, "Synthèse 2021", "A1").format.borders.top).toMatchObject({ style: "Continuous", color: "#BFBFBF" });
    expect(simCell(excel, "Synthèse 2021", "A3").hyperlink).toEqual({ documentReference: "'Indicateurs 2021'!C5", textToDisplay: "Voir la cellule" });
    expect(simSheet(excel, "Synthèse 2021")).toMatchObject({
      merges: [{ top: 1, left: 1, bottom: 1, right: 3 }],
      freeze: { rows: 2, columns: 0 },
      showGridlines: false,
      pageLayout: { orientation: "Landscape", paperSize: "A4", zoom: { horizontalFitToPages: 1 }, printTitleRows: "$1:$2" },
    });
  });

  it("lists the sheets itself when no reading is given (4 syncs in all: list, tags, write, print setup and read-back)", async () => {
    const excel = source();
    await excel.run((context) => applyPlan(context, plan([sheet("Synthèse 2021", "summary")])));
    expect(excel.syncCount).toBe(4);
  });

  it("leaves the previous report whole and no half-written sheet when Excel rejects a write midway", async () => {
    const excel = source();
    await excel.run((context) => applyPlan(context, plan([sheet("Synthèse 2021", "summary"), sheet("Contrôles 2021", "checks")])));
    const before = modelSnapshot(excel);
    const broken = sheet("Contrôles 2021", "checks", {
      charts: [
        {
          name: "c", kind: "column", title: "T", seriesBy: "columns", legend: "none", anchor: { row: 5, column: 1 }, widthPx: 400, heightPx: 300,
          categories: { sheet: "Feuille disparue", range: { top: 1, left: 1, bottom: 3, right: 1 } },
          series: [{ name: "s", values: { sheet: "Feuille disparue", range: { top: 1, left: 2, bottom: 3, right: 2 } } }],
        },
      ],
    });
    await expect(excel.run((context) => applyPlan(context, plan([sheet("Synthèse 2021", "summary"), broken])))).rejects.toMatchObject({ code: "ItemNotFound" });
    expect(modelSnapshot(excel)).toEqual(before);
    expect(sheetNames(excel)).toEqual(["Indicateurs 2021", "Synthèse 2021", "Contrôles 2021"]);
  });

  it("removes a pending sheet left by an interrupted generation", async () => {
    const excel = simulateWorkbook(workbookOf(sheetOf("Indicateurs 2021", [["x"]]), sheetOf("~BQ en cours 1", [["à moitié"]], { generatedTag: "summary:2021:pending" })));
    await excel.run((context) => applyPlan(context, plan([sheet("Synthèse 2021", "summary")])));
    expect(sheetNames(excel)).toEqual(["Indicateurs 2021", "Synthèse 2021"]);
    expect(sheetTag(excel, "Synthèse 2021")).toBe("summary:2021");
  });

  it("keeps the report of another year", async () => {
    const excel = simulateWorkbook(workbookOf(sheetOf("Indicateurs 2021", [["x"]]), sheetOf("Synthèse 2020", [["ancien"]], { generatedTag: "summary:2020" })));
    await excel.run((context) => applyPlan(context, plan([sheet("Synthèse 2021", "summary")])));
    expect(sheetNames(excel)).toEqual(["Indicateurs 2021", "Synthèse 2020", "Synthèse 2021"]);
  });

  const longSheet = (rows: number) =>
    sheet("Synthèse 2021", "summary", {
      cells: Array.from({ length: rows }, (_, index) => ({ row: index + 1, column: 1, value: { kind: "text" as const, text: `-ligne ${index} ${"x".repeat(90)}` } })),
    });

  it("writes a plan too large for one exchange in several syncs, each under the limit, and swaps at the end", async () => {
    const excel = source();
    excel.payloadLimit = 300_000;
    await excel.run((context) => applyPlan(context, plan([longSheet(6000)]), undefined, { writeBudgetBytes: 200_000 }));
    expect(excel.syncCount).toBeGreaterThan(4);
    expect(excel.syncLog.every((record) => record.outcome === "ok")).toBe(true);
    expect(simCell(excel, "Synthèse 2021", "A6000")).toMatchObject({ value: `-ligne 5999 ${"x".repeat(90)}`, formula: null });
    expect(sheetTag(excel, "Synthèse 2021")).toBe("summary:2021");
  });

  it("leaves the previous report whole when a later sync of a large write fails", async () => {
    const excel = source();
    await excel.run((context) => applyPlan(context, plan([sheet("Synthèse 2021", "summary")])));
    const before = modelSnapshot(excel);
    excel.failSync(excel.syncCount + 5);
    await expect(
      excel.run((context) => applyPlan(context, plan([longSheet(6000)]), undefined, { writeBudgetBytes: 200_000 })),
    ).rejects.toMatchObject({ code: "Conflict" });
    expect(modelSnapshot(excel)).toEqual(before);
  });
});
