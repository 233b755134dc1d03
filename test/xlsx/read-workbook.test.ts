import { promises as fs } from "fs";
import os from "os";
import path from "path";
import { cellAt, lastColumn, lastRow, type SheetSnapshot, type WorkbookSnapshot } from "../../src/domain/snapshot";
import { UnusableInputError } from "../../src/xlsx/errors";
import { readWorkbookBuffer, readWorkbookFile } from "../../src/xlsx/read-workbook";
import {
  corruptWorkbook,
  emptyFile,
  hiddenAndEmptySheetsWorkbook,
  oleFile,
  openDocumentFile,
  sheetPerYearWorkbook,
  taggedWorkbook,
  textFile,
  truncatedWorkbook,
  valueKindsWorkbook,
  yearsAsColumnsWorkbook,
  zipWithoutWorkbook,
} from "../fixtures/workbooks";

function sheetNamed(snapshot: WorkbookSnapshot, name: string): SheetSnapshot {
  const sheet = snapshot.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no sheet ${name} in ${snapshot.sheets.map((s) => s.name).join(", ")}`);
  return sheet;
}

const at = (sheet: SheetSnapshot, address: string) => {
  const match = /^([A-Z]+)(\d+)$/.exec(address)!;
  const column = [...match[1]].reduce((n, letter) => n * 26 + letter.charCodeAt(0) - 64, 0);
  return cellAt(sheet, Number(match[2]), column);
};

describe("readWorkbookBuffer on a sheet-per-year workbook", () => {
  let sheet: SheetSnapshot;
  beforeAll(async () => {
    sheet = sheetNamed(await readWorkbookBuffer(await sheetPerYearWorkbook()), "Indicateurs 2021");
  });

  it("starts the used range at the title in A1 and ends at the closing sentence", () => {
    expect(sheet.origin).toEqual({ row: 1, column: 1 });
    expect(lastRow(sheet)).toBe(16);
    expect(lastColumn(sheet)).toBe(5);
    expect(sheet.cells.every((row) => row.length === 5)).toBe(true);
  });

  it("keeps the title and the blank row above the header", () => {
    expect(at(sheet, "A1").value).toBe("BILAN QUALITE 2021");
    expect(sheet.cells[2].every((cell) => cell.value === null && cell.text === "")).toBe(true);
    expect(sheet.cells[3].map((cell) => cell.value)).toEqual(["Thématique", "Indicateurs", "Résultat", "Cible", "Commentaires"]);
  });

  it("lists the merged thématiques and leaves the covered cells empty", () => {
    expect(sheet.merges).toEqual([
      { top: 1, left: 1, bottom: 1, right: 5 },
      { top: 6, left: 1, bottom: 7, right: 1 },
      { top: 9, left: 1, bottom: 10, right: 1 },
      { top: 11, left: 1, bottom: 14, right: 1 },
    ]);
    expect(at(sheet, "A11").value).toBe("Communication d'urgence en cas d'évènement majeur");
    expect(at(sheet, "A12")).toMatchObject({ value: null, text: "" });
  });

  it.each([
    ["C5", 0.94, "94 %", "0 %"],
    ["D5", ">90 %", ">90 %", "General"],
    ["C6", 0.18, "18 %", "0 %"],
    ["C8", "6 usagers par jour", "6 usagers par jour", "General"],
    ["C9", 1, "100 %", "0 %"],
    ["C10", "1,5 jours", "1,5 jours", "General"],
    ["C11", 14, "14", "General"],
    ["D12", 0, "0,00", "0.00"],
    ["C14", "/", "/", "General"],
  ])("reads %s as %p displayed %p with format %p", (address, value, text, numberFormat) => {
    expect(at(sheet, address)).toEqual({ value, text, numberFormat, formula: null });
  });
});

describe("readWorkbookBuffer on a years-as-columns workbook", () => {
  it("reads the years in the header as numbers and the results under them", async () => {
    const sheet = sheetNamed(await readWorkbookBuffer(await yearsAsColumnsWorkbook()), "Suivi des indicateurs");
    expect(sheet.cells[0].map((cell) => cell.value)).toEqual(["Indicateur", "Cible", 2019, 2020, 2021]);
    expect(at(sheet, "E2")).toMatchObject({ value: 0.94, text: "94%" });
    expect(at(sheet, "E3").value).toBe("1,5 jours");
  });
});

describe("readWorkbookBuffer on each kind of value", () => {
  let sheet: SheetSnapshot;
  beforeAll(async () => {
    sheet = sheetNamed(await readWorkbookBuffer(await valueKindsWorkbook()), "Valeurs");
  });

  it("starts the used range at the first filled cell, not at A1", () => {
    expect(sheet.origin).toEqual({ row: 2, column: 2 });
  });

  it("gives a formula's cached result and the formula itself", () => {
    const cell = at(sheet, "B2");
    expect(cell.value).toBeCloseTo(1432 / 1520, 12);
    expect(cell.text).toBe("94,2 %");
    expect(cell.formula).toBe("=D2/C2");
  });

  it("translates a shared formula to its own cell", () => {
    expect(at(sheet, "B3")).toMatchObject({ formula: "=D3/C3", text: "94,0 %" });
  });

  it.each([
    ["an error constant", "B4", "#N/A", null],
    ["a formula whose result is an error", "B5", "#DIV/0!", "=1/0"],
  ])("reads %s as an Excel error", (_label, address, error, formula) => {
    expect(at(sheet, address)).toMatchObject({ value: { error }, text: error, formula });
  });

  it("turns a date into its Excel serial number", () => {
    expect(at(sheet, "B6")).toMatchObject({ value: 44227, text: "31/01/2021", numberFormat: "dd/mm/yyyy" });
  });

  it.each([
    ["rich text to its plain text", "B7", "94 %"],
    ["a hyperlink to its text", "B8", "Site IDE"],
    ["a number stored as text to the text", "B12", "0,00"],
  ])("flattens %s", (_label, address, text) => {
    expect(at(sheet, address)).toMatchObject({ value: text, text });
  });

  it("reads a boolean as VRAI", () => {
    expect(at(sheet, "B9")).toMatchObject({ value: true, text: "VRAI" });
  });

  it("shows an elapsed time in hours and a French thousands separator", () => {
    expect(at(sheet, "B10")).toMatchObject({ value: 1.5, text: "36:00" });
    expect(at(sheet, "B11")).toMatchObject({ value: 15860, text: "15\u202f860" });
  });

  it("gives the same serial numbers for a workbook in the 1904 date system", async () => {
    const sheet1904 = sheetNamed(await readWorkbookBuffer(await valueKindsWorkbook({ date1904: true })), "Valeurs");
    expect(at(sheet1904, "B6")).toMatchObject({ value: 44227, text: "31/01/2021" });
  });
});

describe("readWorkbookBuffer on sheets", () => {
  it("keeps every sheet in order with its visibility, an empty sheet as no cells", async () => {
    const snapshot = await readWorkbookBuffer(await hiddenAndEmptySheetsWorkbook());
    expect(snapshot.sheets.map((s) => [s.name, s.visible, s.cells.length])).toEqual([
      ["Visible", true, 1],
      ["Cachée", false, 1],
      ["Vide", true, 0],
    ]);
  });

  it("reads the BilanQualite tag on a generated sheet and none on the user's sheet", async () => {
    const snapshot = await readWorkbookBuffer(await taggedWorkbook("summary:2021"));
    expect(snapshot.sheets.map((s) => [s.name, s.generatedTag])).toEqual([
      ["Indicateurs 2021", null],
      ["Synthèse 2021", "summary:2021"],
    ]);
  });
});

describe("readWorkbookBuffer refuses what is not a usable workbook", () => {
  it.each([
    ["an empty file", () => emptyFile(), /est vide/],
    ["a text file", () => textFile(), /n'est pas un classeur Excel \(\.xlsx\)/],
    ["an OLE file (protected workbook or old .xls)", () => oleFile(), /protégé par mot de passe.*ancien classeur \.xls/],
    ["a truncated workbook", () => truncatedWorkbook(), /incomplet ou endommagé/],
    ["a zip that holds no workbook", () => zipWithoutWorkbook(), /archive compressée mais pas un classeur/],
    ["an OpenDocument spreadsheet", () => openDocumentFile(), /classeur OpenDocument \(\.ods\).*enregistrez-le au format \.xlsx/],
    ["a workbook with broken content", () => corruptWorkbook(), /endommagé\u00a0: son contenu ne peut pas être lu/],
  ])("refuses %s with a one-line French message naming it", async (_label, build, message) => {
    const bytes = await build();
    const attempt = readWorkbookBuffer(bytes, { name: "bilan.xlsx" });
    await expect(attempt).rejects.toBeInstanceOf(UnusableInputError);
    await expect(attempt).rejects.toThrow(message);
    await expect(attempt).rejects.toThrow(/«\u00a0bilan\.xlsx\u00a0»/);
    await attempt.catch((error: Error) => expect(error.message).not.toMatch(/\n/));
  });
});

describe("readWorkbookFile", () => {
  let folder: string;
  beforeAll(async () => {
    folder = await fs.mkdtemp(path.join(os.tmpdir(), "bq-read-"));
  });
  afterAll(async () => {
    await fs.rm(folder, { recursive: true, force: true });
  });

  it("reads a workbook from disk and leaves the file byte for byte as it was", async () => {
    const file = path.join(folder, "classeur.xlsx");
    const bytes = await sheetPerYearWorkbook();
    await fs.writeFile(file, bytes);
    const before = await fs.stat(file);
    const snapshot = await readWorkbookFile(file);
    expect(snapshot.sheets.map((s) => s.name)).toEqual(["Indicateurs 2021"]);
    expect((await fs.readFile(file)).equals(bytes)).toBe(true);
    expect((await fs.stat(file)).mtimeMs).toBe(before.mtimeMs);
  });

  it.each([
    ["a missing file", "absent.xlsx", /est introuvable/],
    ["a directory", ".", /est un dossier/],
  ])("refuses %s naming the path", async (_label, name, message) => {
    const target = path.join(folder, name);
    await expect(readWorkbookFile(target)).rejects.toThrow(message);
    await expect(readWorkbookFile(target)).rejects.toBeInstanceOf(UnusableInputError);
  });
});
