import { promises as fs } from "fs";
import os from "os";
import path from "path";
import ExcelJS from "exceljs";
import { run } from "../../../src/cli/commands/analyze";
import type { ParsedArgs } from "../../../src/cli/args";
import { captureIo } from "../../../src/cli/io";
import { UnusableInputError } from "../../../src/xlsx/errors";

const SAMPLE = path.join(__dirname, "..", "..", "..", "samples", "classeur-qualite-2021.xlsx");

const args = (input: string, extra: Partial<ParsedArgs> = {}): ParsedArgs => ({
  command: "analyze",
  input,
  positionals: [input],
  json: false,
  out: null,
  ...extra,
});

describe("bilan-qualite analyze", () => {
  it("prints the French report of the sample workbook's latest year", async () => {
    const io = captureIo();
    expect(await run(args(SAMPLE), io)).toBe(0);
    expect(io.out()).toContain("Bilan qualité 2021");
    expect(io.out()).toContain("Comparaison avec 2020.");
    expect(io.out()).toContain("Erreur — feuille «\u00a0Indicateurs 2021\u00a0», cellule D11 — TARGET_IMPLAUSIBLE");
    expect(io.err()).toBe("");
  });

  it("prints one JSON document with --json", async () => {
    const io = captureIo();
    expect(await run(args(SAMPLE, { json: true }), io)).toBe(0);
    const json = JSON.parse(io.out());
    expect(json.year).toBe(2021);
    expect(json.summary).toEqual({ met: 6, not_met: 0, no_target: 2, not_measured: 1, invalid: 1 });
    expect(json.issues.filter((i: { code: string }) => i.code === "TARGET_IMPLAUSIBLE")).toEqual([
      expect.objectContaining({ severity: "error", sheet: "Indicateurs 2021", cell: "D11" }),
    ]);
  });

  it("analyses the year given with --year", async () => {
    const io = captureIo();
    expect(await run(args(SAMPLE, { json: true, year: 2020 }), io)).toBe(0);
    expect(JSON.parse(io.out()).year).toBe(2020);
  });

  it("refuses a year the workbook does not hold, in French, naming the years found", async () => {
    await expect(run(args(SAMPLE, { year: 2015 }), captureIo())).rejects.toThrow(
      "ne peut pas être analysé\u00a0: aucun tableau d'indicateurs pour 2015\u00a0; années présentes\u00a0: 2020, 2021. Choisissez l'une d'elles (option --year, ou l'année du volet).",
    );
  });

  it("refuses a workbook without an indicator table as unusable input", async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), "bq-analyze-"));
    const file = path.join(dir, "vide.xlsx");
    const book = new ExcelJS.Workbook();
    book.addWorksheet("Notes").addRow(["Réunion du COPIL", "mardi"]);
    await book.xlsx.writeFile(file);
    const failure = run(args(file), captureIo());
    await expect(failure).rejects.toBeInstanceOf(UnusableInputError);
    await expect(failure).rejects.toThrow(/ne peut pas être analysé\u00a0: aucun tableau d'indicateurs trouvé/);
    await fs.rm(dir, { recursive: true, force: true });
  });
});
