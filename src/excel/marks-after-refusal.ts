/**
 * After Excel refused a telephony fold's write sync: the stored marks follow the rows the batch really inserted.
 * The batch moves them (mark-moves.ts) after its insertions and writes (telephony.ts), so a refusal before that
 * leaves them on their old addresses while rows may have been inserted above their cells. The rows any point where
 * the batch could have stopped touches are read back with the marks setting, in one sync (sites-half-written.ts);
 * when the setting is still as read before the fold (the batch did not reach it) and every such point that fits
 * the rows read moves the sheet's marks alike, they are moved so, in one more sync. Otherwise they are left:
 * « Effacer les marques » restores only a cell that still wears a mark (mark-format.ts, restorable), so a mark
 * left behind paints no cell it should not.
 */
import type { SheetSnapshot } from "../domain/snapshot";
import type { TelephonyUpsertPlan } from "../report/telephony";
import type { DateSystem } from "./date-system";
import { MARKS_KEY } from "./marks";
import { followMoves, rowsInserted, storedMarksMoved, type CellsMoved } from "./mark-moves";
import { fittingStages, queueBandRead } from "./sites-half-written";

export interface RefusedFold {
  /** The sheet as read before the fold. */
  readonly sheet: SheetSnapshot;
  readonly sheetId: string;
  /** Its plans, in the order the batch applied them. */
  readonly plans: readonly TelephonyUpsertPlan[];
}

/**
 * The rows the batch had inserted, in their order, as onChanged would give them, when it stopped with `applied` plans
 * wholly applied and `inserted` insertions of the next made (a stage, fold-stages.ts).
 */
function insertedAt(fold: RefusedFold, applied: number, inserted: number): CellsMoved[] {
  const whole = fold.plans.slice(0, applied).flatMap((plan) => plan.insertRowsBefore);
  const begun = fold.plans[applied]?.insertRowsBefore.slice(0, inserted) ?? [];
  return rowsInserted(fold.sheetId, [...whole, ...begun]);
}

/**
 * `marks`: the setting as read before the fold (loaded); `sheets`: every sheet's id and name then. Never throws: when
 * Excel refuses these syncs too, the marks stay where they were, which the restore's check makes harmless.
 */
export async function followRefusedFold(
  context: Excel.RequestContext,
  marks: Excel.Setting,
  sheets: readonly { readonly id: string; readonly name: string }[],
  folds: readonly RefusedFold[],
  dateSystem: DateSystem,
): Promise<void> {
  const inserting = folds.filter((fold) => fold.plans.some((plan) => plan.insertRowsBefore.length > 0));
  // Insertions only move marks down: when all of them would move none, some of them move none either.
  if (marks.isNullObject || !storedMarksMoved(marks, sheets, inserting.flatMap((fold) => insertedAt(fold, fold.plans.length, 0))).changed) return;
  try {
    await follow(context, marks, sheets, inserting, dateSystem);
  } catch {
    // Left where they were: « Effacer les marques » restores only a cell that still wears a mark.
  }
}

async function follow(context: Excel.RequestContext, marks: Excel.Setting, sheets: readonly { readonly id: string; readonly name: string }[], inserting: readonly RefusedFold[], dateSystem: DateSystem): Promise<void> {
  const reads = inserting.map((fold) => queueBandRead(context, fold));
  const now = context.workbook.settings.getItemOrNullObject(MARKS_KEY).load("value");
  await context.sync();
  // Moved by the batch itself (it reached the setting), or changed by someone since: not ours to move again.
  if (now.isNullObject || now.value !== marks.value) return;
  const events = inserting.flatMap((fold, index) => {
    const possible = fittingStages(fold.plans, reads[index](), dateSystem).map((stage) => insertedAt(fold, stage.applied, stage.inserted));
    const outcomes = new Set(possible.map((moves) => JSON.stringify(storedMarksMoved(now, sheets, moves).marks)));
    return outcomes.size === 1 ? possible[0] : [];
  });
  await followMoves(context, now, sheets, events);
}
