/** Analyser: read the open workbook (2 syncs) and analyse it. */
import type { Analysis } from "../domain/analysis/types";
import { analyzeReading } from "./analyze-reading";
import { readWorkbook } from "./read-snapshot";

export { readWorkbook };

export async function analyzeWorkbookInExcel(context: Excel.RequestContext, year: number | null): Promise<Analysis> {
  return analyzeReading(await readWorkbook(context), year);
}
