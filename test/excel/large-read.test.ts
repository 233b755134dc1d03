/** The benchmark's large workbook read through the simulated host, as Excel on the web and as the desktop. */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { readWorkbook } from "../../src/excel/read-snapshot";
import type { WorkbookSnapshot } from "../../src/domain/snapshot";
import { readWorkbookFile } from "../../src/xlsx/read-workbook";
import { simulateWorkbook } from "../../src/simulated-excel";

const generator = require("../../scripts/make-large-workbook") as { makeLargeWorkbook: (outPath: string) => Promise<string> };

const directory = fs.mkdtempSync(path.join(os.tmpdir(), "bilan-qualite-large-read-"));
afterAll(() => fs.rmSync(directory, { recursive: true, force: true }));

let fromFile: Promise<WorkbookSnapshot> | null = null;
function largeWorkbook(): Promise<WorkbookSnapshot> {
  fromFile ??= (async () => {
    const file = path.join(directory, "grand-classeur.xlsx");
    await generator.makeLargeWorkbook(file);
    return readWorkbookFile(file);
  })();
  return fromFile;
}

describe("reading the benchmark's large workbook", () => {
  it("gives the file reader's snapshot on the web, the block read chosen up front (no refused sync)", async () => {
    const expected = await largeWorkbook();
    const excel = simulateWorkbook(expected);
    const reading = await excel.run((context) => readWorkbook(context));
    expect(reading.snapshot).toEqual(expected);
    expect(excel.syncLog.every((record) => record.outcome === "ok")).toBe(true);
  }, 60_000);

  it("keeps every response on the web at or under 60 % of the 5 MB limit, in 4 syncs", async () => {
    const excel = simulateWorkbook(await largeWorkbook());
    await excel.run((context) => readWorkbook(context));
    expect([excel.largestPayload <= 0.6 * 5 * 1024 * 1024, excel.syncCount]).toEqual([true, 4]);
  }, 60_000);

  it("gives the file reader's snapshot on the desktop in two syncs", async () => {
    const expected = await largeWorkbook();
    const excel = simulateWorkbook(expected, undefined, { platform: "desktop" });
    const reading = await excel.run((context) => readWorkbook(context, { payloadLimited: false }));
    expect(reading.snapshot).toEqual(expected);
    expect(excel.syncCount).toBe(2);
  }, 60_000);
});
