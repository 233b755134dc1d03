import { readFileSync } from "node:fs";
import { readWorkbook } from "../../src/excel/read-snapshot";
import { applyPlan } from "../../src/excel/apply-plan";
import { analyzeWorkbook } from "../../src/domain/analysis";
import { planReport } from "../../src/report";
import { simulateWorkbook } from "../../src/simulated-excel";
import { FIXED_NOW, sampleSnapshot } from "./helpers";
import { reportFormats, type SheetFormats } from "./report-formats";

/** Computed by the block-by-block styling (one getRange and its property sets per block) before styles went through getRanges. */
const BLOCK_BY_BLOCK = JSON.parse(readFileSync("test/excel/fixtures/sample-report-formats.json", "utf8")) as Record<string, SheetFormats>;

async function generatedSample() {
  const excel = simulateWorkbook(await sampleSnapshot());
  const reading = await excel.run((context) => readWorkbook(context));
  const outcome = analyzeWorkbook(reading.snapshot, {});
  if (!outcome.ok) throw new Error(outcome.message);
  const plan = planReport(outcome.analysis, {
    sourceName: "classeur-qualite-2021.xlsx",
    generatedAt: FIXED_NOW,
    tolerance: 0.5,
    linkToSource: true,
    existingSheetNames: reading.sheets.map((sheet) => sheet.name),
  });
  const before = excel.syncCount;
  const generated = await excel.run((context) => applyPlan(context, plan, reading.sheets));
  return { formats: reportFormats(excel, generated.sheets), syncs: excel.syncCount - before };
}

describe("styling the sample's report through getRanges", () => {
  it("is written in one sync, then set up for print and read back in one more", async () => {
    expect((await generatedSample()).syncs).toBe(2);
  });

  it("styles the same sheets as the block-by-block path did", async () => {
    const { formats } = await generatedSample();
    expect(Object.keys(formats).sort()).toEqual(Object.keys(BLOCK_BY_BLOCK).sort());
  });

  it.each(Object.keys(BLOCK_BY_BLOCK))("gives every cell of %s the fill, font, alignment, borders and number format block-by-block styling gave", async (sheet) => {
    const { formats } = await generatedSample();
    expect(Object.keys(BLOCK_BY_BLOCK[sheet]).length).toBeGreaterThan(10);
    expect(formats[sheet]).toEqual(BLOCK_BY_BLOCK[sheet]);
  });
});
