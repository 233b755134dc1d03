/** Seeds the simulator from an .xlsx file through the project's own file reader (Node only). */
import { readFile } from "fs/promises";
import JSZip from "jszip";
import type { DateSystem } from "../../src/domain/date-system";
import { readWorkbookBuffer } from "../../src/xlsx/read-workbook";
import type { SimOptions, SimulatedExcel } from "../../src/simulated-excel/host";
import { simulateWorkbook } from "../../src/simulated-excel/seed";

/** The file's date system, from `<workbookPr date1904="1"/>` in xl/workbook.xml (ECMA-376 Part 1, §18.2.28). */
async function dateSystemOf(bytes: Buffer): Promise<DateSystem> {
  const workbookXml = (await (await JSZip.loadAsync(bytes)).file("xl/workbook.xml")?.async("string")) ?? "";
  return /<workbookPr\b[^>]*\bdate1904="(1|true)"/.test(workbookXml) ? 1904 : 1900;
}

/** The workbook in the simulator as Excel would open it: in its own date system. */
export async function simulateWorkbookBuffer(bytes: Buffer, options: SimOptions = {}): Promise<SimulatedExcel> {
  return simulateWorkbook(await readWorkbookBuffer(bytes), undefined, { dateSystem: await dateSystemOf(bytes), ...options });
}

export async function simulateWorkbookFile(path: string, options: SimOptions = {}): Promise<SimulatedExcel> {
  return simulateWorkbookBuffer(await readFile(path), options);
}
