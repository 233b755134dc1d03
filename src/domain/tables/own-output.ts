/** Sheets Bilan Qualité wrote itself, recognised even when their tag was lost. */
import type { SheetSnapshot } from "../snapshot";
import { normalizeText } from "../text/normalize";
import type { HeaderRow } from "./header-row";

const GENERATED_NAME = /^(synthese|controles|donnees graphiques) \d{4}( \d+)?$/;

/** Tagged as ours, or named like our output with a `Statut` column (the summary's layout). */
export function isOwnOutput(sheet: SheetSnapshot, header: HeaderRow | null): boolean {
  if (sheet.generatedTag !== null) return true;
  return header !== null && header.columns.status !== undefined && GENERATED_NAME.test(normalizeText(sheet.name));
}
