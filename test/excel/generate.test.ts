import { EXCEL_MESSAGES } from "../../src/excel/messages";
import type { WorkbookSnapshot } from "../../src/domain/snapshot";
import { modelSnapshot, sheetFingerprint, sheetNames, sheetTag, simCell, simSheet, simulateWorkbook, activeSheetName } from "../../src/simulated-excel";
import type { SimulatedExcel } from "../../src/simulated-excel";
import { sheetOf } from "../simulated-excel/fixtures";
import { operationsOn, sampleSnapshot, simulatedSample, syncsOf, written } from "./helpers";

const SETTINGS = { year: null, tolerance: 0 };
const GENERATED = ["Synthèse 2021", "Contrôles 2021", "Affichage 2021", "Plan d'actions", "Données graphiques 2021"];

function withSheet(snapshot: WorkbookSnapshot, ...extra: WorkbookSnapshot["sheets"]): WorkbookSnapshot {
  return { sheets: [...snapshot.sheets, ...extra] };
}

function fingerprints(excel: SimulatedExcel, names: readonly string[]): string[] {
  return names.map((name) => sheetFingerprint(excel, name));
}

/** Every cell of a sheet, as the model holds it. */
function cellsOf(excel: SimulatedExcel, sheet: string) {
  return [...simSheet(excel, sheet).cells.values()];
}

describe("generateReport on the simulated Excel", () => {
  it.each([0, 10, 10_000])("takes the same 5 syncs with a %i-row log sheet in the workbook (read 3, write 1, print setup and read-back 1)", async (rows) => {
    const excel = await simulatedSample(rows);
    const { syncs } = await syncsOf(excel, () => operationsOn(excel).generateReport(SETTINGS));
    expect(syncs).toBe(5);
    expect(excel.largestPayload).toBeLessThan(5 * 1024 * 1024);
  });

  it("writes the summary, checks and chart data sheets, tagged with their role and year, and shows the summary", async () => {
    const excel = await simulatedSample();
    const outcome = await operationsOn(excel).generateReport(SETTINGS);
    expect(outcome).toEqual({ sheets: GENERATED, activeSheet: "Synthèse 2021", warnings: [] });
    expect(GENERATED.map((name) => sheetTag(excel, name))).toEqual(["summary:2021", "checks:2021", "public:2021", "action-plan:2021", "chart-data:2021"]);
    expect(activeSheetName(excel)).toBe("Synthèse 2021");
    expect(simCell(excel, "Synthèse 2021", "A1").value).toBe("Bilan qualité 2021");
  });

  it("leaves one set of generated sheets when generating again, the action plan kept where it is", async () => {
    const excel = await simulatedSample();
    const operations = operationsOn(excel);
    await operations.generateReport(SETTINGS);
    await operations.generateReport(SETTINGS);
    const second = modelSnapshot(excel);
    await operations.generateReport(SETTINGS);
    const replaced = GENERATED.filter((name) => name !== "Plan d'actions");
    expect(sheetNames(excel)).toEqual(["Indicateurs 2021", "Indicateurs 2020", "Téléphonie 2021", "Plan d'actions", ...replaced]);
    expect(modelSnapshot(excel)).toEqual(second);
  });

  it("finds its sheets by tag after the user renamed them, and replaces them", async () => {
    const excel = await simulatedSample();
    const operations = operationsOn(excel);
    await operations.generateReport(SETTINGS);
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Synthèse 2021").name = "Mon bilan";
    });
    await operations.generateReport(SETTINGS);
    expect(sheetNames(excel)).not.toContain("Mon bilan");
    expect(sheetNames(excel).filter((name) => sheetTag(excel, name) === "summary:2021")).toEqual(["Synthèse 2021"]);
  });

  it("never touches a user's own sheet named like a generated one, and names the new one differently", async () => {
    const mine = sheetOf("Synthèse 2021", [["Ma synthèse à moi"], [42]]);
    const excel = simulateWorkbook(withSheet(await sampleSnapshot(), mine));
    const before = sheetFingerprint(excel, "Synthèse 2021");
    const outcome = written(await operationsOn(excel).generateReport(SETTINGS));
    expect(sheetFingerprint(excel, "Synthèse 2021")).toBe(before);
    expect(outcome.sheets[0]).toBe("Synthèse 2021 (2)");
    expect(sheetTag(excel, "Synthèse 2021 (2)")).toBe("summary:2021");
    await operationsOn(excel).generateReport(SETTINGS);
    expect(sheetFingerprint(excel, "Synthèse 2021")).toBe(before);
  });

  it("leaves every sheet it did not generate unchanged", async () => {
    const excel = await simulatedSample(50);
    const names = sheetNames(excel);
    const before = fingerprints(excel, names);
    await operationsOn(excel).generateReport(SETTINGS);
    await operationsOn(excel).generateReport(SETTINGS);
    expect(fingerprints(excel, names)).toEqual(before);
  });

  it("writes a comment that reads =HYPERLINK(…) as text, never as a formula", async () => {
    const sample = await sampleSnapshot();
    const table = sample.sheets[0];
    const header = table.cells.findIndex((row) => row.some((cell) => cell.text.startsWith("Commentaire")));
    const commentColumn = table.cells[header].findIndex((cell) => cell.text.startsWith("Commentaire"));
    const hostile = '=HYPERLINK("http://exemple.invalid","cliquez")';
    const cells = table.cells.map((row, index) =>
      index === header + 1 ? row.map((cell, column) => (column === commentColumn ? { value: hostile, text: hostile, numberFormat: "General", formula: null } : cell)) : row,
    );
    const excel = simulateWorkbook({ sheets: [{ ...table, cells }, ...sample.sheets.slice(1)] });
    await operationsOn(excel).generateReport(SETTINGS);
    const written = cellsOf(excel, "Synthèse 2021").filter((cell) => cell.value === hostile);
    expect(written.length).toBeGreaterThan(0);
    expect(written.every((cell) => cell.formula === null && cell.numberFormat === "@")).toBe(true);
    expect(GENERATED.flatMap((name) => cellsOf(excel, name)).filter((cell) => cell.formula?.includes("exemple.invalid"))).toEqual([]);
  });

  it("links the checks to the source cells and to sheets that exist", async () => {
    const excel = await simulatedSample();
    const analysis = await operationsOn(excel).analyze(SETTINGS);
    await operationsOn(excel).generateReport(SETTINGS);
    const links = GENERATED.flatMap((name) => cellsOf(excel, name)).flatMap((cell) => (cell.hyperlink?.documentReference ? [cell.hyperlink.documentReference] : []));
    expect(links.length).toBeGreaterThan(0);
    const targets = links.map((reference) => reference.slice(0, reference.lastIndexOf("!")).replace(/^'|'$/g, "").replace(/''/g, "'"));
    expect(targets.every((target) => sheetNames(excel).includes(target))).toBe(true);
    const problems = analysis.issues.filter((issue) => issue.sheet && issue.cell).map((issue) => `'${issue.sheet}'!${issue.cell}`);
    expect(problems.length).toBeGreaterThan(0);
    expect(links).toEqual(expect.arrayContaining(problems));
  });

  it("draws native charts with an explicit series orientation, titles and categories", async () => {
    const excel = await simulatedSample();
    await operationsOn(excel).generateReport(SETTINGS);
    const charts = simSheet(excel, "Synthèse 2021").charts;
    expect(charts.length).toBeGreaterThan(0);
    for (const chart of charts) {
      expect(chart.seriesBy).toMatch(/^(Columns|Rows)$/);
      expect(chart.title).toBeTruthy();
      expect(chart.series.every((series) => series.values !== null && series.xValues !== null)).toBe(true);
    }
    expect(simSheet(excel, "Synthèse 2021").pageLayout).toMatchObject({ paperSize: "A4" });
  });

  it("prints as planned: A4 landscape, one page wide, the header repeated and the charts on a page of their own", async () => {
    const excel = await simulatedSample();
    await operationsOn(excel).generateReport(SETTINGS);
    const layout = simSheet(excel, "Synthèse 2021").pageLayout;
    expect(layout).toMatchObject({ orientation: "Landscape", zoom: { horizontalFitToPages: 1 } });
    expect(layout.printTitleRows).toMatch(/^\$\d+:\$\d+$/);
    expect(layout.rowBreaks.length).toBeGreaterThan(0);
    const firstBreak = Math.min(...layout.rowBreaks);
    expect(simCell(excel, "Synthèse 2021", `A${firstBreak}`).text).toMatch(/Appréciation globale|Graphiques/);
  });

  it("writes « Affichage 2021 » with the default figures, printed on one A4 portrait page, centred", async () => {
    const excel = await simulatedSample();
    await operationsOn(excel).generateReport(SETTINGS);
    expect(sheetTag(excel, "Affichage 2021")).toBe("public:2021");
    expect(simSheet(excel, "Affichage 2021").pageLayout).toMatchObject({
      orientation: "Portrait",
      paperSize: "A4",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 1 },
      centerHorizontally: true,
    });
    const texts = cellsOf(excel, "Affichage 2021").map((cell) => cell.value);
    expect(texts).toEqual(expect.arrayContaining(["Nos résultats 2021", "94\u00a0%", "1,5\u00a0jour", "Notre engagement\u00a0: plus de 90\u00a0%"]));
  });

  it("writes the figures chosen in Paramètres, and no page when none is chosen", async () => {
    const excel = await simulatedSample();
    await operationsOn(excel).generateReport({ ...SETTINGS, publicFigures: ["email-rate"] });
    const texts = cellsOf(excel, "Affichage 2021").map((cell) => cell.value);
    expect(texts).toContain("des courriels ont reçu une réponse sous 5\u00a0jours");
    expect(texts).not.toContain("94\u00a0%");
    const none = await simulatedSample();
    const outcome = written(await operationsOn(none).generateReport({ ...SETTINGS, publicFigures: [] }));
    expect(outcome.sheets).not.toContain("Affichage 2021");
  });

  it("reports a co-author's conflict in French and leaves the workbook as it was", async () => {
    const excel = await simulatedSample();
    const operations = operationsOn(excel);
    await operations.generateReport(SETTINGS);
    const before = modelSnapshot(excel);
    excel.failSync(excel.syncCount + 4);
    await expect(operations.generateReport(SETTINGS)).rejects.toThrow(EXCEL_MESSAGES.Conflict);
    expect(modelSnapshot(excel)).toEqual(before);
  });
});
