/** The French words for what a person changed in a report sheet (see sheet-changes.ts). */
import { NO_BREAK_SPACE as NBSP } from "../../domain/text/french";
import type { SheetChanges } from "./sheet-changes";

const MAX_LISTED_CELLS = 6;

const plural = (count: number, one: string, many: string): string => `${count} ${count <= 1 ? one : many}`;

/** « 2 cellules modifiées (B14, C3), 1 ligne ajoutée, 1 commentaire ». */
export function describeChanges(changes: SheetChanges): string {
  const parts: string[] = [];
  if (!changes.checked) parts.push(`écrite par une version précédente du complément${NBSP}: ses modifications ne peuvent pas être vérifiées`);
  if (changes.unlocated) parts.push("contenu modifié");
  if (changes.cells.length > 0) {
    const listed = changes.cells.slice(0, MAX_LISTED_CELLS).join(", ") + (changes.cells.length > MAX_LISTED_CELLS ? "…" : "");
    parts.push(`${plural(changes.cells.length, "cellule modifiée", "cellules modifiées")} (${listed})`);
  }
  if (changes.addedRows > 0) parts.push(plural(changes.addedRows, "ligne ajoutée", "lignes ajoutées"));
  if (changes.removedRows > 0) parts.push(plural(changes.removedRows, "ligne supprimée", "lignes supprimées"));
  if (changes.comments > 0) parts.push(plural(changes.comments, "commentaire", "commentaires"));
  if (changes.notes > 0) parts.push(plural(changes.notes, "note", "notes"));
  return parts.join(", ");
}
