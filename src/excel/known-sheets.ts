/**
 * The sheets' names, in order, as the pane's last read of the workbook saw them (the settings read when the
 * pane opens, Analyser, the telephony and survey entries): what the fold's one-sync read asks for by name
 * (read-in-one-sync.ts), which confirms them in that same sync. Null when unknown, or after a write that
 * changed the sheets in ways not followed here (a generation).
 */
export interface KnownSheets {
  names: readonly string[] | null;
}

export const knownSheets = (): KnownSheets => ({ names: null });

/** Queued: the sheets' names, for `known` once synced. */
export function queueSheetNames(context: Excel.RequestContext, known: KnownSheets): () => void {
  const collection = context.workbook.worksheets.load("items/name");
  return () => {
    known.names = collection.items.map((worksheet) => worksheet.name);
  };
}
