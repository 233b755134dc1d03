/** Seeds the simulator from an .xlsx file through the project's own file reader (Node only). */
import { readWorkbookFile } from "../../src/xlsx/read-workbook";
import type { SimulatedExcel } from "../../src/simulated-excel/host";
import { simulateWorkbook } from "../../src/simulated-excel/seed";

export async function simulateWorkbookFile(path: string): Promise<SimulatedExcel> {
  return simulateWorkbook(await readWorkbookFile(path));
}
