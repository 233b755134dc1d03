/** The benchmark's workbook generator writes what the reader and the analysis actually find. */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { analyzeWorkbook } from "../../src/domain/analysis";
import type { WorkbookSnapshot } from "../../src/domain/snapshot";
import { readWorkbookFile } from "../../src/xlsx/read-workbook";

interface GeneratorOptions {
  readonly firstYear?: number;
  readonly lastYear?: number;
  readonly indicatorsPerYear?: number;
  readonly sites?: readonly string[];
}

// Plain JavaScript scripts, loaded as they run under `npm run bench`.
const generator = require("../../scripts/make-large-workbook") as {
  makeLargeWorkbook: (outPath: string, options?: GeneratorOptions) => Promise<string>;
  writeSampleWorkbook: (outPath: string) => Promise<void>;
};

const directory = fs.mkdtempSync(path.join(os.tmpdir(), "bilan-qualite-generator-test-"));
afterAll(() => fs.rmSync(directory, { recursive: true, force: true }));

async function generated(options: GeneratorOptions): Promise<WorkbookSnapshot> {
  const file = path.join(directory, `classeur-${Object.values(options).join("-")}.xlsx`);
  await generator.makeLargeWorkbook(file, options);
  return readWorkbookFile(file);
}

describe("the large workbook generator", () => {
  const small = { firstYear: 2020, lastYear: 2021, indicatorsPerYear: 30, sites: ["Aurillac", "Mauriac"] };

  it("writes one indicator sheet per year, latest first, and one telephony sheet per site", async () => {
    const workbook = await generated(small);
    expect(workbook.sheets.map((sheet) => sheet.name)).toEqual(["Indicateurs 2021", "Indicateurs 2020", "Téléphonie Aurillac", "Téléphonie Mauriac"]);
  });

  it("writes a daily row per day of every year under a date, received and answered header", async () => {
    const telephony = (await generated(small)).sheets[2];
    expect(telephony.cells[0].map((cell) => cell.text)).toEqual(["Date", "Appels reçus", "Appels aboutis"]);
    expect(telephony.cells).toHaveLength(1 + 366 + 365);
    expect(telephony.cells[1][0].numberFormat).toBe("dd/mm/yyyy");
  });

  it("merges the thématique over each group of indicators", async () => {
    const sheet = (await generated(small)).sheets[0];
    expect(sheet.merges.length).toBeGreaterThan(0);
    expect(sheet.merges.every((merge) => merge.left === 1 && merge.right === 1 && merge.bottom > merge.top)).toBe(true);
  });

  it("gives a table the analysis finds: every indicator of the latest year, compared with the year before", async () => {
    const outcome = analyzeWorkbook(await generated(small), {});
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.analysis.year).toBe(2021);
    expect(outcome.analysis.previousYear).toBe(2020);
    expect(outcome.analysis.indicators).toHaveLength(30);
    expect(new Set(outcome.analysis.indicators.map((indicator) => indicator.status)).size).toBeGreaterThan(2);
  });

  it("writes the same workbook twice from the same seed", async () => {
    expect(await generated(small)).toEqual(await generated({ ...small }));
  });
});

describe("the sample workbook", () => {
  it("holds the seed's 2021 table, which the analysis reads as DOMAIN.md says", async () => {
    const file = path.join(directory, "exemple.xlsx");
    await generator.writeSampleWorkbook(file);
    const outcome = analyzeWorkbook(await readWorkbookFile(file), {});
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.analysis.summary).toEqual({ met: 6, not_met: 0, no_target: 2, not_measured: 1, invalid: 1 });
    expect(outcome.analysis.monthly?.months).toHaveLength(12);
  });
});
