/** A sheet read without its cells (its used rectangle past MAX_SHEET_CELLS): one error naming it, the rest analysed. */
import { analyzeWorkbook } from "../../../src/domain/analysis";
import { ANALYSIS_MESSAGES } from "../../../src/domain/analysis/messages";
import { MAX_SHEET_CELLS, oversizedExtent, strayCell } from "../../../src/domain/sheet-extent";
import type { CellRange, SheetSnapshot } from "../../../src/domain/snapshot";
import { workbook } from "../../helpers/cells";
import { seed2021, seedTelephony2021 } from "../../fixtures/seed";

const NBSP = "\u00a0";

function oversizedSheet(name: string, lastRow: number, lastColumn: number, strayAt?: { row: number; column: number }): SheetSnapshot {
  const oversized = oversizedExtent({ top: 1, left: 1, bottom: lastRow, right: lastColumn }, strayAt);
  if (oversized === null) throw new Error("not past the limit");
  return { name, origin: { row: 1, column: 1 }, cells: [], merges: [], generatedTag: null, visible: true, oversized };
}

describe("a sheet too large to be read cell by cell", () => {
  it("is an error on that sheet naming its far corner, in French, the other sheets analysed as before", () => {
    const plain = analyzeWorkbook(workbook(seed2021(), seedTelephony2021()));
    const outcome = analyzeWorkbook(workbook(seed2021(), oversizedSheet("Notes", 1_048_576, 16_384), seedTelephony2021()));
    if (!outcome.ok || !plain.ok) throw new Error("not analysed");
    const [first, ...others] = outcome.analysis.issues;
    expect(first).toEqual({
      severity: "error",
      code: "SHEET_TOO_LARGE",
      sheet: "Notes",
      cell: "XFD1048576",
      message:
        `La feuille «${NBSP}Notes${NBSP}» n'a pas été lue${NBSP}: elle s'étend jusqu'à la cellule XFD1048576 (plus de 17${NBSP}milliards de cellules). ` +
        `Une valeur isolée loin du tableau${NBSP}? Effacez-la dans Excel (Ctrl+Fin montre la dernière cellule utilisée), puis relancez l'analyse.`,
    });
    expect(others).toEqual(plain.analysis.issues);
    expect(outcome.analysis.indicators).toEqual(plain.analysis.indicators);
    expect(outcome.analysis.monthly).toEqual(plain.analysis.monthly);
  });

  it("names the stray cell when the reader knew it", () => {
    const outcome = analyzeWorkbook(workbook(seed2021(), oversizedSheet("Notes", 900_000, 26, { row: 900_000, column: 26 })));
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.analysis.issues[0]).toMatchObject({
      code: "SHEET_TOO_LARGE",
      cell: "Z900000",
      message: `La feuille «${NBSP}Notes${NBSP}» n'a pas été lue${NBSP}: la valeur en Z900000, isolée loin du reste, l'étend à plus de 23${NBSP}millions de cellules. Effacez-la dans Excel, puis relancez l'analyse.`,
    });
    expect(ANALYSIS_MESSAGES.sheetTooLarge("Notes", "XFD400", 6_553_600, "XFD1")).toContain(`la valeur en XFD1, isolée loin du reste, l'étend jusqu'à la cellule XFD400 (plus de 6${NBSP}millions de cellules)`);
    expect(ANALYSIS_MESSAGES.sheetTooLarge("Notes", "A1000000000", 1e9, null)).toContain(`(1${NBSP}milliard de cellules)`);
  });

  it("says, when no table is left to analyse, that the sheet was not read", () => {
    const outcome = analyzeWorkbook(workbook(oversizedSheet("Indicateurs 2021", 1_048_576, 16_384)));
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.message).toMatch(/^Aucun tableau d'indicateurs trouvé\u00a0: .* La feuille «\u00a0Indicateurs 2021\u00a0» n'a pas été lue\u00a0: elle s'étend jusqu'à la cellule XFD1048576/);
  });

  it("is past the limit from one cell more than 5,000,000", () => {
    expect(MAX_SHEET_CELLS).toBe(5_000_000);
    expect(oversizedExtent({ top: 1, left: 1, bottom: 200_000, right: 25 })).toBeNull();
    expect(oversizedExtent({ top: 2, left: 1, bottom: 200_001, right: 26 })).toEqual({ lastRow: 200_001, lastColumn: 26, cells: 5_200_000 });
  });
});

describe("the stray cell of an oversized rectangle", () => {
  const cell = (row: number, column: number): CellRange => ({ top: row, left: column, bottom: row, right: column });
  const table = (rows: number, columns: number): CellRange[] =>
    Array.from({ length: rows * columns }, (_, index) => cell(Math.floor(index / columns) + 1, (index % columns) + 1));

  it("is the one far value when removing it brings the rest under the limit", () => {
    expect(strayCell([...table(20, 5), cell(1_048_576, 16_384)])).toEqual({ row: 1_048_576, column: 16_384 });
    expect(strayCell([...table(20, 5), cell(900_000, 26)])).toEqual({ row: 900_000, column: 26 });
  });

  it("is the far column's value in the first row, not a table cell, when the table is long", () => {
    expect(strayCell([cell(1, 16_384), ...table(400, 3)])).toEqual({ row: 1, column: 16_384 });
  });

  it("is none when two values are far, or when the table itself is too large", () => {
    expect(strayCell([...table(5, 2), cell(900_000, 26), cell(900_001, 26)])).toBeNull();
    expect(strayCell([cell(1, 1), cell(1, 2), cell(3_000_000, 1), cell(3_000_000, 2)])).toBeNull();
  });

  it("counts a merged area as its whole rectangle", () => {
    expect(strayCell([...table(3, 3), { top: 900_000, left: 1, bottom: 900_000, right: 40 }])).toEqual({ row: 900_000, column: 1 });
  });
});
