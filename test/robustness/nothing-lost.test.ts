/**
 * Issue 8, point 2 — nothing lost: the add-in's whole cycle (analyse, mark, clear marks, generate,
 * regenerate) leaves every cell of every user sheet exactly as it was — value, formula, number format,
 * fill, font, borders, note — and finds its own sheets by tag, never by name.
 */
import type { Issue } from "../../src/domain/issues";
import type { WorkbookSnapshot } from "../../src/domain/snapshot";
import { decorateCell, sheetFingerprint, sheetNames, sheetTag, simCell, simulateWorkbook, type SimulatedExcel } from "../../src/simulated-excel";
import { sheetOf } from "../simulated-excel/fixtures";
import { operationsOn, sampleSnapshot, written } from "../excel/helpers";

const SETTINGS = { year: null, tolerance: 0 };
const THIN = { style: "Continuous", color: "#000000", weight: "Thin" };

/** A user's follow-up sheet: formulas, notes, borders, fonts and fills, nothing the analysis reads. */
const followUp = () =>
  sheetOf("Suivi", [
    ["Action", "Échéance", "Avancement"],
    ["Relancer le prestataire", 44561, 0.5],
    ["Former l'accueil", 44620, 1],
    ["Total", null, null],
  ]);

async function decoratedSample(extra: WorkbookSnapshot["sheets"] = []): Promise<SimulatedExcel> {
  const sample = await sampleSnapshot();
  const excel = simulateWorkbook({ sheets: [...sample.sheets, followUp(), ...extra] });
  // The cell the analysis flags (D11, TARGET_IMPLAUSIBLE) has its own fill, font, border and note.
  decorateCell(excel, "Indicateurs 2021", "D11", {
    note: "Cible à revoir avec le SGAR",
    fill: { pattern: "Solid", color: "#DDEBF7" },
    font: { color: "#1F4E79", bold: true, italic: true },
    borders: { EdgeTop: THIN, EdgeBottom: THIN },
  });
  decorateCell(excel, "Indicateurs 2021", "C3", { font: { bold: true, size: 12, name: "Marianne" }, borders: { EdgeBottom: { ...THIN, weight: "Medium" } } });
  decorateCell(excel, "Indicateurs 2021", "E4", { note: "Chiffre national : 91 %" });
  decorateCell(excel, "Téléphonie 2021", "B14", { formula: "=SUM(B2:B13)", font: { bold: true } });
  decorateCell(excel, "Suivi", "B2", { numberFormat: "dd/mm/yyyy", fill: { pattern: "Solid", color: "#FFFF00" } });
  decorateCell(excel, "Suivi", "C4", { formula: "=AVERAGE(C2:C3)", numberFormat: "0 %", note: "Moyenne simple" });
  decorateCell(excel, "Suivi", "A1", { font: { color: "#FF0000", underline: "Single" }, borders: { EdgeLeft: THIN, EdgeRight: THIN } });
  return excel;
}

const userSheets = (excel: SimulatedExcel) => sheetNames(excel).filter((name) => sheetTag(excel, name) === null);
const fingerprints = (excel: SimulatedExcel, names: readonly string[]) => names.map((name) => sheetFingerprint(excel, name));

describe("nothing lost: the add-in's whole cycle on a decorated workbook", () => {
  it("leaves every user sheet identical after analyse, mark, clear marks, generate and regenerate", async () => {
    const excel = await decoratedSample();
    const names = userSheets(excel);
    const before = fingerprints(excel, names);
    const operations = operationsOn(excel);

    const analysis = await operations.analyze(SETTINGS);
    expect(await operations.markIssues(analysis.issues)).toBeGreaterThan(0);
    expect(sheetFingerprint(excel, "Indicateurs 2021")).not.toBe(before[0]);
    expect(simCell(excel, "Indicateurs 2021", "D11").format.fill.color).not.toBe("#DDEBF7");
    await operations.clearMarks();
    await operations.generateReport(SETTINGS);
    await operations.generateReport(SETTINGS);

    expect(userSheets(excel)).toEqual(names);
    expect(fingerprints(excel, names)).toEqual(before);
    expect(simCell(excel, "Indicateurs 2021", "D11")).toMatchObject({ note: "Cible à revoir avec le SGAR", format: { fill: { pattern: "Solid", color: "#DDEBF7" } } });
  });

  it("restores marked cells that had no fill to no fill at all, not to a white fill", async () => {
    const excel = await decoratedSample();
    const before = sheetFingerprint(excel, "Indicateurs 2020");
    const operations = operationsOn(excel);
    const issue = (cell: string, severity: Issue["severity"]): Issue => ({ severity, code: "RESULT_UNREADABLE", sheet: "Indicateurs 2020", cell, message: "x" });
    expect(await operations.markIssues([issue("C4", "error"), issue("D5", "warning")])).toBe(2);
    expect(simCell(excel, "Indicateurs 2020", "C4").format.fill.pattern).toBe("Solid");
    await operations.clearMarks();
    expect(sheetFingerprint(excel, "Indicateurs 2020")).toBe(before);
  });

  it("recognises by its tag a generated sheet the user renamed, and replaces it rather than adding another", async () => {
    const excel = await decoratedSample();
    const operations = operationsOn(excel);
    await operations.generateReport(SETTINGS);
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Contrôles 2021").name = "Contrôles du COPIL";
    });
    await operations.generateReport(SETTINGS);
    expect(sheetNames(excel)).not.toContain("Contrôles du COPIL");
    expect(sheetNames(excel).filter((name) => sheetTag(excel, name)?.startsWith("checks:2021"))).toEqual(["Contrôles 2021"]);
  });

  it("never deletes nor changes a user's sheet bearing a generated name, through two generations", async () => {
    const mine = sheetOf("Contrôles 2021", [["Mes contrôles à moi"], ["à faire", 3]]);
    const excel = await decoratedSample([mine]);
    decorateCell(excel, "Contrôles 2021", "A1", { note: "Ne pas supprimer", fill: { pattern: "Solid", color: "#C6EFCE" } });
    const names = userSheets(excel);
    const before = fingerprints(excel, names);
    const operations = operationsOn(excel);
    const first = written(await operations.generateReport(SETTINGS));
    await operations.generateReport(SETTINGS);
    expect(first.sheets).toContain("Contrôles 2021 (2)");
    expect(sheetTag(excel, "Contrôles 2021")).toBeNull();
    expect(fingerprints(excel, names)).toEqual(before);
  });
});
