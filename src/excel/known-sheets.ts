/**
 * The sheets' names, in order, as the pane's last read of the workbook saw them (the settings read when the
 * pane opens, Analyser, the telephony and survey entries): what the fold's one-sync read asks for by name
 * (read-in-one-sync.ts), which confirms them in that same sync. Null when unknown, or after a write that
 * changed the sheets in ways not followed here (a generation).
 */
import type { WorkbookReading } from "./read-snapshot";

export interface KnownSheets {
  names: readonly string[] | null;
  /**
   * The sheets the last whole read found past 5,000,000 cells (sheet-extent.ts): the one-sync read asks only their
   * size, as Excel refuses their content (RangeExceedsLimit) and with it the whole sync.
   */
  oversized: ReadonlySet<string>;
}

export const knownSheets = (): KnownSheets => ({ names: null, oversized: new Set() });

/** What a whole read of the workbook tells of its sheets. */
export function rememberReading(known: KnownSheets, reading: WorkbookReading): void {
  known.names = reading.sheets.map((sheet) => sheet.name);
  known.oversized = new Set(reading.snapshot.sheets.flatMap((sheet) => (sheet.oversized === undefined ? [] : [sheet.name])));
}

/** Queued: the sheets' names, for `known` once synced. */
export function queueSheetNames(context: Excel.RequestContext, known: KnownSheets): () => void {
  const collection = context.workbook.worksheets.load("items/name");
  return () => {
    known.names = collection.items.map((worksheet) => worksheet.name);
  };
}
