/** What the live checks tell the pane after a burst of edits. */
import type { Analysis } from "../domain/analysis/types";
import type { Issue } from "../domain/issues";

export type LiveUpdate =
  | {
      /**
       * `rows`: only the changed rows were read and re-checked. `full`: the change moved cells or touched a
       * header or a sheet, or nothing was read yet, so the workbook was read again whole; `added` and `removed`
       * then compare with the previous analysis (both empty when cells moved, so that every address changed),
       * and without one the problems now in the changed rows are all new.
       */
      readonly kind: "rows" | "full";
      readonly analysis: Analysis;
      /** The problems now in the changed rows (the pane shows them first). */
      readonly changedRowIssues: readonly Issue[];
      readonly added: readonly Issue[];
      readonly removed: readonly Issue[];
      /** The burst holds a co-author's edit (source Remote). */
      readonly fromCoAuthor: boolean;
    }
  /** The check failed (a protected sheet, a co-author's conflict): said once, retried at the next change. */
  | { readonly kind: "failed"; readonly message: string };

export interface LiveWatch {
  /** Removes the change handlers. */
  dispose(): Promise<void>;
}
