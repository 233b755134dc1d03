/** The analysis of a workbook read from Excel; a workbook with nothing to analyse is said so in French. */
import { analyzeWorkbook } from "../domain/analysis";
import type { Analysis } from "../domain/analysis/types";
import { WorkbookNotUsableError } from "../port";
import type { WorkbookReading } from "./read-snapshot";

export function analyzeReading(reading: WorkbookReading, year: number | null): Analysis {
  const outcome = analyzeWorkbook(reading.snapshot, year === null ? {} : { year });
  if (!outcome.ok) throw new WorkbookNotUsableError(outcome.message);
  return outcome.analysis;
}
