/** Analyser: read the open workbook (2 syncs) and analyse it. */
import type { Analysis } from "../domain/analysis/types";
import { analyzeReading } from "./analyze-reading";
import { readWorkbook } from "./read-snapshot";
import { rememberReading, type KnownSheets } from "./known-sheets";

export { readWorkbook };

export async function analyzeWorkbookInExcel(context: Excel.RequestContext, year: number | null, known?: KnownSheets): Promise<Analysis> {
  const reading = await readWorkbook(context);
  if (known) rememberReading(known, reading);
  return analyzeReading(reading, year);
}
