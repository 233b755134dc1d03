/**
 * Where a batch of several plans into one sheet (fold-sites.ts) may have stopped when Excel refused one of its
 * commands (pure). The batch runs plan after plan, each its insertions (bottom-up) then its writes, so it stops
 * at a stage: the plans before one wholly applied, that one's first insertions made, and — once all of them are —
 * any of its writes. For each stage, the sheet it leaves (that plan's writes not made) and where each plan's rows
 * are in it.
 */
import type { SheetSnapshot } from "../../domain/snapshot";
import { sheetAfterPlan, sheetWithRowsInserted } from "./plan-on-sheet";
import type { TelephonyUpsertPlan } from "./upsert-types";

type Insertions = TelephonyUpsertPlan["insertRowsBefore"];

export interface FoldStage {
  /** Plans wholly applied. */
  readonly applied: number;
  /** Of the next plan, the insertions made (its first ones); when all are, some of its writes may be made too. */
  readonly inserted: number;
  /** The sheet at this stage, the next plan's writes not made. */
  readonly sheet: SheetSnapshot;
  /** Plan by plan, where each of its rows (numbered as the plan numbers them) is at this stage; null when not inserted yet. */
  readonly rowAt: readonly ((row: number) => number | null)[];
  /** Rows the next plan inserted at this stage (still empty, its writes aside). */
  readonly insertedRows: readonly number[];
}

/** Where `row` goes once `insertions` (numbered in the sheet before them) are made. */
function shifted(row: number, insertions: Insertions): number {
  return row + insertions.filter((insertion) => insertion.row <= row).reduce((sum, insertion) => sum + insertion.count, 0);
}

/** Where `row` (numbered once `insertions` are made) was before them; null for a row they insert. */
function unshifted(row: number, insertions: Insertions): number | null {
  let offset = 0;
  for (const { row: at, count } of [...insertions].sort((a, b) => a.row - b.row)) {
    const start = at + offset;
    if (row < start) return row - offset;
    if (row < start + count) return null;
    offset += count;
  }
  return row - offset;
}

/** The rows `insertions` add, numbered once they are all made. */
export function rowsInsertedBy(insertions: Insertions): number[] {
  const rows: number[] = [];
  for (const { row, count } of insertions) {
    const above = insertions.filter((other) => other.row < row).reduce((sum, other) => sum + other.count, 0);
    for (let index = 0; index < count; index++) rows.push(row + above + index);
  }
  return rows.sort((a, b) => a - b);
}

/** Plan `k`'s row at the stage where `applied` plans are and `made` insertions of the next one. */
function placer(plans: readonly TelephonyUpsertPlan[], k: number, applied: number, made: Insertions): (row: number) => number | null {
  if (k < applied) {
    const later = [...plans.slice(k + 1, applied).map((plan) => plan.insertRowsBefore), made];
    return (row) => later.reduce((at, insertions) => shifted(at, insertions), row);
  }
  // The insertions still to come, latest first: numbered in the sheet before them (bottom-up, those of the next plan
  // still to make sit above the ones made, which do not move them).
  const next = plans[applied].insertRowsBefore;
  const toCome = [...plans.slice(applied + 1, k + 1).map((plan) => plan.insertRowsBefore).reverse(), next.slice(made.length)];
  return (row) => toCome.reduce<number | null>((at, insertions) => (at === null ? null : unshifted(at, insertions)), row);
}

export function foldStages(before: SheetSnapshot, plans: readonly TelephonyUpsertPlan[]): FoldStage[] {
  const stages: FoldStage[] = [];
  let sheet = before;
  plans.forEach((plan, applied) => {
    for (let inserted = 0; inserted <= plan.insertRowsBefore.length; inserted++) {
      const made = plan.insertRowsBefore.slice(0, inserted);
      stages.push({
        applied,
        inserted,
        sheet: sheetWithRowsInserted(sheet, made),
        rowAt: plans.map((_, k) => placer(plans, k, applied, made)),
        insertedRows: rowsInsertedBy(made),
      });
    }
    sheet = sheetAfterPlan(sheet, plan);
  });
  stages.push({ applied: plans.length, inserted: 0, sheet, rowAt: plans.map((_, k) => placer(plans, k, plans.length, [])), insertedRows: [] });
  return stages;
}
