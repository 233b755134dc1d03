import { promises as fs } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { planReport } from "../../src/report";
import type { IndicatorAnalysis } from "../../src/domain/analysis/types";
import type { ReportPlan } from "../../src/report/plan";
import { entryText, readZip } from "../../src/xlsx/write-zip";
import { writeReportBuffer, writeReportFile } from "../../src/xlsx/write-report";
import { readWorkbookBuffer } from "../../src/xlsx/read-workbook";
import { OPTIONS, seedAnalysis, SEED_INDICATORS } from "../report/fixtures";

const risky: IndicatorAnalysis = { ...SEED_INDICATORS[0], comment: '=HYPERLINK("http://x")' };
const indicators = [risky, ...SEED_INDICATORS.slice(1)];
const plan = planReport(seedAnalysis({ indicators }), { ...OPTIONS, linkToSource: true });

let bytes: Uint8Array;
let book: ExcelJS.Workbook;

beforeAll(async () => {
  bytes = await writeReportBuffer(plan);
  book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
});

const sheet = (name: string): ExcelJS.Worksheet => {
  const found = book.getWorksheet(name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
};
const parts = () => readZip(Buffer.from(bytes));
const part = (name: string): string => {
  const entry = parts().find((candidate) => candidate.name === name);
  if (!entry) throw new Error(`no part ${name}`);
  return entryText(entry);
};

describe("writeReportBuffer, read back with exceljs", () => {
  it("writes the planned sheets, in order", () => {
    expect(book.worksheets.map((ws) => ws.name)).toEqual(["Synthèse 2021", "Contrôles 2021", "Données graphiques 2021"]);
  });

  it("writes the texts of the summary as planned", () => {
    const summary = sheet("Synthèse 2021");
    expect(summary.getCell("A1").value).toBe("Bilan qualité 2021");
    expect(summary.getCell("A4").value).toBe("6 cibles atteintes sur 7 indicateurs évalués");
    expect(summary.getCell("B9").value).toBe("94\u00a0%");
    expect(summary.getCell("D9").value).toBe("Atteint");
  });

  it("stores a comment that starts with = as text, never as a formula", () => {
    const cell = sheet("Synthèse 2021").getCell("H9");
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.value).toBe('=HYPERLINK("http://x")');
    expect(part("xl/worksheets/sheet1.xml")).not.toContain("<f>");
  });

  it("colours the status cells", () => {
    const fill = sheet("Synthèse 2021").getCell("D9").fill as ExcelJS.FillPattern;
    expect(fill.fgColor?.argb).toBe("FFC6EFCE");
  });

  it("writes chart data as numbers with their formats", () => {
    const data = sheet("Données graphiques 2021");
    expect(data.getCell("B5").value).toBe(94);
    expect(data.getCell("B5").numFmt).toBe('0" %"');
    const monthlyRate = data.getColumn(4).values.find((value) => typeof value === "number");
    expect(monthlyRate).toBe(94.2);
  });

  it("merges the title and band rows across the table", () => {
    const merges = (sheet("Synthèse 2021").model as unknown as { merges: string[] }).merges;
    expect(merges).toEqual(expect.arrayContaining(["A1:H1", "A2:H2", "A8:H8"]));
  });

  it("sets widths, frozen header, A4 landscape one page wide and the repeated header row", () => {
    const summary = sheet("Synthèse 2021");
    // Excel stores a width of n characters as n plus its 5-pixel padding (0.71 character).
    expect(summary.getColumn(1).width).toBeCloseTo(44.71, 1);
    expect(summary.views[0]).toMatchObject({ state: "frozen", ySplit: 7 });
    expect(summary.pageSetup).toMatchObject({ orientation: "landscape", paperSize: 9, fitToWidth: 1, fitToHeight: 0 });
    expect(part("xl/workbook.xml")).toMatch(/_xlnm\.Print_Titles[^>]*>'Synthèse 2021'!\$7:\$7</);
  });

  it("adds the manual page break before the charts", () => {
    const row = plan.sheets[0].pageBreaksBefore?.at(-1) ?? 0;
    expect(part("xl/worksheets/sheet1.xml")).toContain(`<rowBreaks count="1" manualBreakCount="1"><brk id="${row - 1}"`);
  });

  it("links a problem's cell to the source cell when the report lives in the source", () => {
    expect(part("xl/worksheets/sheet2.xml")).toMatch(/<hyperlink ref="C6" location="'Indicateurs 2021'!D11"/);
  });

  it("links each indicator's name to its row, keeping the style shared with the cells written after it", () => {
    expect(part("xl/worksheets/sheet1.xml")).toMatch(/<hyperlink ref="A9" location="'Indicateurs 2021'!B4"/);
    expect(sheet("Synthèse 2021").getCell("A9").text).toBe("Taux d'appels aboutis");
    expect(sheet("Synthèse 2021").getCell("A11").border?.top?.color?.argb).toBe("FFBFBFBF");
  });

  it("tags each sheet as generated, the way the add-in does, so that the reader knows them", async () => {
    const snapshot = await readWorkbookBuffer(Buffer.from(bytes));
    expect(snapshot.sheets.map((s) => [s.name, s.generatedTag])).toEqual([
      ["Synthèse 2021", "summary:2021"],
      ["Contrôles 2021", "checks:2021"],
      ["Données graphiques 2021", "chart-data:2021"],
    ]);
  });

  it("writes real chart parts, with their titles, series colours and the axis from 0 to 100", () => {
    const charts = parts().filter((entry) => /^xl\/charts\/chart\d+\.xml$/.test(entry.name));
    expect(charts).toHaveLength(3);
    const results = charts.map(entryText).find((xml) => xml.includes("Résultats 2021 et cibles"));
    expect(results).toBeDefined();
    expect(results).toContain("<c:barChart>");
    expect(results).toContain("'Données graphiques 2021'!$B$5:$B$9");
    expect(results).toContain('<a:srgbClr val="E07B24"/>');
    expect(results).toContain('<c:max val="100"/>');
    const monthly = charts.map(entryText).find((xml) => xml.includes("Taux mensuel d'appels aboutis 2021"));
    expect(monthly).toContain("<c:lineChart>");
    expect(part("xl/worksheets/_rels/sheet1.xml.rels")).toContain("drawing");
  });
});

describe("writeReportFile", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), "bq-write-"));
  });
  afterAll(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  it("writes the file and leaves nothing else beside it", async () => {
    const out = path.join(dir, "rapport.xlsx");
    await writeReportFile(plan, out);
    expect((await fs.readdir(dir)).sort()).toEqual(["rapport.xlsx"]);
    expect((await fs.readFile(out)).subarray(0, 2).toString()).toBe("PK");
  });

  it("fails with the system's error code when the folder does not exist", async () => {
    await expect(writeReportFile(plan, path.join(dir, "absent", "rapport.xlsx"))).rejects.toMatchObject({ code: "ENOENT" });
  });

  it("writes an empty plan's sheets without failing", async () => {
    const tiny: ReportPlan = {
      year: 2021, styles: {}, activeSheet: "A",
      sheets: [{
        name: "A", role: "summary", year: 2021, cells: [{ row: 1, column: 1, value: { kind: "text", text: "@x" } }],
        merges: [], columnWidths: [], print: { orientation: "portrait", paper: "A4", fitToOnePageWide: false }, charts: [], showGridlines: true,
      }],
    };
    const reread = new ExcelJS.Workbook();
    await reread.xlsx.load(Buffer.from(await writeReportBuffer(tiny)) as unknown as ArrayBuffer);
    expect(reread.getWorksheet("A")?.getCell("A1").value).toBe("@x");
  });
});

describe("texts longer than a cell holds", () => {
  it("are cut to Excel's 32 767 characters, ending with an ellipsis", async () => {
    const long: ReportPlan = {
      year: 2021, styles: {}, activeSheet: "A",
      sheets: [{
        name: "A", role: "summary", year: 2021, cells: [{ row: 1, column: 1, value: { kind: "text", text: "x".repeat(40000) } }],
        merges: [], columnWidths: [], print: { orientation: "portrait", paper: "A4", fitToOnePageWide: false }, charts: [], showGridlines: true,
      }],
    };
    const reread = new ExcelJS.Workbook();
    await reread.xlsx.load(Buffer.from(await writeReportBuffer(long)) as unknown as ArrayBuffer);
    const text = String(reread.getWorksheet("A")?.getCell("A1").value);
    expect(text).toHaveLength(32767);
    expect(text.endsWith("…")).toBe(true);
  });
});

describe("a report whose names had to change", () => {
  it("points its charts at the renamed chart-data sheet", async () => {
    const renamed = planReport(seedAnalysis(), { ...OPTIONS, existingSheetNames: ["Données graphiques 2021"] });
    const written = readZip(Buffer.from(await writeReportBuffer(renamed)));
    const chartXml = written.filter((entry) => /^xl\/charts\/chart\d+\.xml$/.test(entry.name)).map(entryText).join("");
    expect(chartXml).toContain("'Données graphiques 2021 (2)'!$A$5:$A$9");
    expect(chartXml).not.toContain("'Données graphiques 2021'!");
  });
});

describe("the page for the public in the .xlsx writer", () => {
  it("prints « Affichage 2021 » on one A4 portrait page, centred, its figure in large type", async () => {
    const withPage = planReport(seedAnalysis(), { ...OPTIONS, publicFigures: ["calls", "email-delay"] });
    const written = new ExcelJS.Workbook();
    await written.xlsx.load(Buffer.from(await writeReportBuffer(withPage)) as unknown as ArrayBuffer);
    const page = written.getWorksheet("Affichage 2021");
    if (!page) throw new Error("no public page");
    expect(page.pageSetup).toMatchObject({ orientation: "portrait", paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 1, horizontalCentered: true });
    const figure = page.getColumn(2).values.indexOf("94\u00a0%");
    expect(page.getCell(figure, 2).font).toMatchObject({ bold: true, size: 66 });
  });
});
