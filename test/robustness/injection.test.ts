/**
 * Issue 8, point 4 — injection: text from the workbook or from a paste is never written as a formula,
 * in the add-in (simulated Excel) nor in the report file of `generate` (read back with exceljs).
 * Each hostile text starts with one of `=`, `+`, `-`, `@`, tab, CR.
 */
import ExcelJS from "exceljs";
import { promises as fs } from "fs";
import os from "os";
import path from "path";
import type { Cell, SheetSnapshot } from "../../src/domain/snapshot";
import { main } from "../../src/cli/main";
import { modelSnapshot, sheetNames, sheetTag, simSheet, simulateWorkbook, type SimulatedExcel } from "../../src/simulated-excel";
import { operationsOn, SAMPLE_PATH, sampleSnapshot } from "../excel/helpers";

const PREFIXES = ["=", "+", "-", "@", "\t", "\r"] as const;
const HOSTILE = {
  theme: (prefix: string) => `${prefix}HYPERLINK("http://exemple.invalid/t","thème")`,
  /** After a tab or CR comes an "=", so that the text the engine keeps once it trims the blank still starts like a formula. */
  name: (prefix: string) => `${prefix}${prefix.trim() === "" ? "=" : ""}1+1 Taux piégé n°${PREFIXES.indexOf(prefix as (typeof PREFIXES)[number])}`,
  comment: (prefix: string) => `${prefix}cmd|'/c calc'!A1 commentaire`,
};
const FIRST_DATA_ROW = 4;
const COLUMNS = { theme: 0, name: 1, comment: 4 } as const;

const text = (value: string): Cell => ({ value, text: value, numberFormat: "General", formula: null });

/** The sample's 2021 table with rows 4 to 9 given hostile thématique, name and comment, one prefix per row. */
function hostileTable(table: SheetSnapshot): SheetSnapshot {
  const cells = table.cells.map((row, index) => {
    const prefix = PREFIXES[index + 1 - FIRST_DATA_ROW];
    if (prefix === undefined) return row;
    return row.map((cell, column) =>
      column === COLUMNS.theme ? text(HOSTILE.theme(prefix)) : column === COLUMNS.name ? text(HOSTILE.name(prefix)) : column === COLUMNS.comment ? text(HOSTILE.comment(prefix)) : cell,
    );
  });
  return { ...table, cells };
}

const allHostile = PREFIXES.flatMap((prefix) => [HOSTILE.theme(prefix), HOSTILE.name(prefix), HOSTILE.comment(prefix)]);
const payloadOf = (value: string) => value.replace(/^[=+\-@\t\r]+/, "");
/** The engine trims the blanks around every cell's text (as it reads names everywhere): a leading tab or CR goes, the rest stays. */
const landed = (value: string) => value.trim();

describe("injection in the add-in: hostile workbook text lands as that exact text (blanks around it trimmed)", () => {
  let excel: SimulatedExcel;
  beforeAll(async () => {
    const sample = await sampleSnapshot();
    excel = simulateWorkbook({ sheets: [hostileTable(sample.sheets[0]), ...sample.sheets.slice(1)] });
    await operationsOn(excel).generateReport({ year: null, tolerance: 0 });
  });

  const generatedCells = () => sheetNames(excel).filter((name) => sheetTag(excel, name) !== null).flatMap((name) => [...simSheet(excel, name).cells.values()]);

  it.each(PREFIXES.map((prefix) => [JSON.stringify(prefix), prefix]))("writes the indicator name starting with %s as text, in a text-formatted cell", (_label, prefix) => {
    const written = generatedCells().filter((cell) => cell.value === landed(HOSTILE.name(prefix)));
    expect(written.length).toBeGreaterThan(0);
    expect(written.every((cell) => cell.formula === null && cell.numberFormat === "@")).toBe(true);
  });

  it.each(PREFIXES.map((prefix) => [JSON.stringify(prefix), prefix]))("writes the thématique and comment starting with %s as their exact text when the report shows them", (_label, prefix) => {
    for (const hostile of [HOSTILE.theme(prefix), HOSTILE.comment(prefix)]) {
      const holding = generatedCells().filter((cell) => typeof cell.value === "string" && cell.value.includes(payloadOf(hostile)));
      expect(holding.every((cell) => cell.formula === null && cell.numberFormat === "@")).toBe(true);
    }
  });

  it("shows the hostile thématiques and comments somewhere in the report, so the checks above are not empty", () => {
    const values = generatedCells().map((cell) => String(cell.value));
    expect(values).toEqual(expect.arrayContaining([HOSTILE.theme("="), HOSTILE.comment("=")]));
  });

  it("has no formula anywhere in the generated sheets that carries workbook text", () => {
    const formulas = generatedCells().flatMap((cell) => (cell.formula ? [cell.formula] : []));
    expect(formulas.filter((formula) => allHostile.some((hostile) => formula.includes(payloadOf(hostile).slice(0, 12))))).toEqual([]);
  });
});

describe("injection through a telephony paste", () => {
  it.each(PREFIXES.map((prefix) => [JSON.stringify(prefix), prefix]))("never writes a pasted label starting with %s as a formula", async (_label, prefix) => {
    const sample = await sampleSnapshot();
    const excel = simulateWorkbook({ sheets: sample.sheets.filter((sheet) => !sheet.name.startsWith("Téléphonie")) });
    const operations = operationsOn(excel);
    const label = `${prefix}SUM(1;2) mars 2021`;
    const preview = await operations.previewTelephony(`Mois\tAppels reçus\tAppels aboutis\n${label}\t1500\t1400\navril 2021\t1300\t1200`, 2021);
    const outcome = await operations.applyTelephony(preview);
    expect(outcome.addedMonths).toContain("2021-04");
    const cells = [...simSheet(excel, outcome.sheet).cells.values()];
    expect(cells.filter((cell) => cell.formula !== null && cell.formula.includes("SUM(1;2)"))).toEqual([]);
    const holding = cells.filter((cell) => typeof cell.value === "string" && cell.value.includes("SUM(1;2)"));
    expect(holding.every((cell) => cell.value === label && cell.numberFormat === "@")).toBe(true);
    expect(modelSnapshot(excel).sheets.flatMap((sheet) => sheet.cells.flat()).filter((cell) => cell.formula?.includes("SUM(1;2)"))).toEqual([]);
  });
});

describe("injection in the report file written by generate", () => {
  let folder: string;
  let report: ExcelJS.Workbook;

  beforeAll(async () => {
    folder = await fs.mkdtemp(path.join(os.tmpdir(), "bq-injection-"));
    const source = new ExcelJS.Workbook();
    await source.xlsx.readFile(SAMPLE_PATH);
    const sheet = source.getWorksheet("Indicateurs 2021") as ExcelJS.Worksheet;
    PREFIXES.forEach((prefix, index) => {
      const row = sheet.getRow(FIRST_DATA_ROW + index);
      row.getCell(COLUMNS.theme + 1).value = HOSTILE.theme(prefix);
      row.getCell(COLUMNS.name + 1).value = HOSTILE.name(prefix);
      row.getCell(COLUMNS.comment + 1).value = HOSTILE.comment(prefix);
    });
    const input = path.join(folder, "classeur.xlsx");
    await source.xlsx.writeFile(input);
    const out = path.join(folder, "rapport.xlsx");
    const io = { stdout: () => undefined, stderr: (line: string) => void process.stderr.write(line) };
    expect(await main(["generate", input, "--out", out], io)).toBe(0);
    report = new ExcelJS.Workbook();
    await report.xlsx.readFile(out);
  }, 60_000);

  afterAll(async () => {
    await fs.rm(folder, { recursive: true, force: true });
  });

  const reportCells = () => {
    const cells: ExcelJS.Cell[] = [];
    report.eachSheet((sheet) => sheet.eachRow({ includeEmpty: false }, (row) => row.eachCell({ includeEmpty: false }, (cell) => void cells.push(cell))));
    return cells;
  };

  it.each(PREFIXES.map((prefix) => [JSON.stringify(prefix), prefix]))("stores the indicator name starting with %s as a string cell holding that exact text", (_label, prefix) => {
    const written = reportCells().filter((cell) => cell.value === landed(HOSTILE.name(prefix)));
    expect(written.length).toBeGreaterThan(0);
    expect(written.every((cell) => cell.type === ExcelJS.ValueType.String && cell.formula === undefined)).toBe(true);
  });

  it("stores every cell carrying workbook text as a string, never as a formula", () => {
    const carrying = reportCells().filter((cell) => allHostile.some((hostile) => JSON.stringify(cell.value ?? "").includes(payloadOf(hostile).slice(0, 12))));
    expect(carrying.length).toBeGreaterThan(PREFIXES.length);
    const notStrings = carrying.filter((cell) => cell.type !== ExcelJS.ValueType.String && cell.type !== ExcelJS.ValueType.RichText);
    expect(notStrings.map((cell) => `${cell.worksheet.name}!${cell.address}: ${cell.type}`)).toEqual([]);
  });
});
