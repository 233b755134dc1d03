/**
 * The benchmark's large workbook (600 indicators a year): its report is written in one sync, and every
 * cell is styled as one getRange per style block used to style it.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { readWorkbook } from "../../src/excel/read-snapshot";
import { applyPlan } from "../../src/excel/apply-plan";
import { applyStyle, edgesOf } from "../../src/excel/apply-style";
import { DEFAULT_WRITE_BUDGET, PayloadBudget } from "../../src/excel/payload-budget";
import { styleBlocks } from "../../src/excel/style-runs";
import { analyzeWorkbook } from "../../src/domain/analysis";
import { rangeA1 } from "../../src/domain/address";
import { planReport } from "../../src/report";
import type { PlannedSheet, ReportPlan } from "../../src/report/plan";
import { readWorkbookFile } from "../../src/xlsx/read-workbook";
import { SimulatedExcel, simSheet, simulateWorkbook } from "../../src/simulated-excel";
import { defaultFormat } from "../../src/simulated-excel/model";
import { FIXED_NOW } from "./helpers";

const generator = require("../../scripts/make-large-workbook") as { makeLargeWorkbook: (outPath: string) => Promise<string> };

const directory = fs.mkdtempSync(path.join(os.tmpdir(), "bilan-qualite-large-report-"));
afterAll(() => fs.rmSync(directory, { recursive: true, force: true }));

interface Generation {
  readonly excel: SimulatedExcel;
  readonly plan: ReportPlan;
  readonly sheets: readonly string[];
  readonly syncs: number;
  readonly estimatedBytes: number;
}

let generation: Promise<Generation> | null = null;

function generateLarge(): Promise<Generation> {
  generation ??= (async () => {
    const file = path.join(directory, "grand-classeur.xlsx");
    await generator.makeLargeWorkbook(file);
    const excel = simulateWorkbook(await readWorkbookFile(file));
    const reading = await excel.run((context) => readWorkbook(context));
    const outcome = analyzeWorkbook(reading.snapshot, {});
    if (!outcome.ok) throw new Error(outcome.message);
    const plan = planReport(outcome.analysis, { sourceName: "grand-classeur.xlsx", generatedAt: FIXED_NOW, tolerance: 0.5, linkToSource: true, existingSheetNames: reading.sheets.map((sheet) => sheet.name) });
    let estimatedBytes = 0;
    const original = PayloadBudget.prototype.reserve;
    const reserve = jest.spyOn(PayloadBudget.prototype, "reserve").mockImplementation(function (this: PayloadBudget, bytes: number) {
      estimatedBytes += bytes;
      return original.call(this, bytes);
    });
    const before = excel.syncCount;
    const generated = await excel.run((context) => applyPlan(context, plan, reading.sheets));
    reserve.mockRestore();
    return { excel, plan, sheets: generated.sheets, syncs: excel.syncCount - before, estimatedBytes };
  })();
  return generation;
}

/** The per-cell formats one getRange per style block gives a blank sheet: the path styles took before getRanges. */
async function blockByBlock(sheet: PlannedSheet, plan: ReportPlan): Promise<Map<number, string>> {
  const excel = new SimulatedExcel();
  const context = excel.newContext();
  const worksheet = context.workbook.worksheets.add("S") as unknown as Excel.Worksheet;
  for (const { style, range } of styleBlocks(sheet.cells)) {
    if (!plan.styles[style]) continue;
    const { top, left, bottom, right } = range;
    applyStyle(worksheet.getRange(rangeA1(top, left, bottom, right)).format, plan.styles[style], edgesOf(bottom - top + 1, right - left + 1));
  }
  await context.sync();
  return new Map([...simSheet(excel, "S").cells].map(([key, cell]) => [key, JSON.stringify(cell.format)]));
}

describe("the report of the large benchmark workbook", () => {
  it("has the 600 indicators' summary", async () => {
    const { plan } = await generateLarge();
    expect(plan.sheets[0].cells.filter((cell) => cell.column === 1).length).toBeGreaterThan(600);
  }, 60_000);

  it("is estimated under the write budget and written in one sync (then one for its print setup and read-back)", async () => {
    const { syncs, estimatedBytes } = await generateLarge();
    expect(estimatedBytes).toBeLessThan(DEFAULT_WRITE_BUDGET);
    expect(syncs).toBe(2);
  });

  it("styles every cell of every sheet as block-by-block styling did", async () => {
    const { excel, plan, sheets } = await generateLarge();
    const blank = JSON.stringify(defaultFormat());
    for (const [index, planned] of plan.sheets.entries()) {
      const expected = await blockByBlock(planned, plan);
      const written = simSheet(excel, sheets[index]).cells;
      const keys = new Set([...expected.keys(), ...written.keys()]);
      const differing = [...keys].filter((key) => (expected.get(key) ?? blank) !== JSON.stringify(written.get(key)?.format ?? defaultFormat()));
      expect(expected.size).toBeGreaterThan(0);
      expect({ sheet: planned.name, differing }).toEqual({ sheet: planned.name, differing: [] });
    }
  });
});
