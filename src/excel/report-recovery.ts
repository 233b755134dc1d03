/**
 * After Excel refused a report's write. Excel keeps the commands that ran before the refused one, so the
 * workbook may hold any prefix of the batch: new sheets under temporary names, old ones parked, or — when the
 * refusal came after the swap — the new report in place and some old sheets already deleted. The report
 * sheets are then made whole one way or the other, and what the workbook holds is read back and said:
 * - before any old sheet was deleted: every sheet this generation added goes and the parked ones get their
 *   names and tags back (the old report stays whole);
 * - once the new sheets bear their final tags and an old one is gone: the swap is finished (the old report
 *   cannot come back, the new one stays).
 * The rows appended to the user's action plan are not taken back: they are read back and named.
 */
import type { ReportPlan } from "../report/plan";
import { FINGERPRINT_PROPERTY } from "../report/annotations/fingerprint";
import { findActionPlanSheet } from "./action-plan";
import { readRowsBack } from "./half-written";
import { HALF_WRITTEN_TEXT } from "./messages";
import type { SheetListing } from "./read-snapshot";
import { listSheets } from "./sheet-list";
import { formatPlanMemory, parseTag, PLAN_MEMORY_PROPERTY, TAG_PROPERTY } from "./tag";
import { queueDeleteCustomProperty } from "./custom-property";
import type { DateSystem } from "./date-system";

export type Parked = SheetListing & { readonly parking: string };

export interface RefusedWrite {
  readonly plan: ReportPlan;
  /** The sheets as listed before the write. */
  readonly before: readonly SheetListing[];
  /** The old report sheets the write parked, each with its parking name (its kept name when `keep` has it). */
  readonly parked: readonly Parked[];
  /** The temporary names of the new sheets. */
  readonly temporary: readonly string[];
  readonly keep: ReadonlyMap<string, string>;
  /** The workbook's date system, in which a read-back date is counted. */
  readonly dateSystem: DateSystem;
}

/** A sheet this generation added: absent from the listing read before, and ours by tag or by its temporary name. */
function addedByUs(write: RefusedWrite, sheet: SheetListing): boolean {
  return !write.before.some((old) => old.id === sheet.id) && (parseTag(sheet.tag) !== null || write.temporary.includes(sheet.name));
}

const isFinal = (sheet: SheetListing): boolean => parseTag(sheet.tag)?.pending === false;

/** Best effort: undo, or finish the swap when it had gone past deleting an old sheet. The sheets it found, null if it could not list them. */
export async function recoverReport(context: Excel.RequestContext, write: RefusedWrite): Promise<readonly SheetListing[] | null> {
  let now: readonly SheetListing[] | null = null;
  try {
    const listed = await listSheets(context);
    now = listed;
    const ours = listed.filter((sheet) => addedByUs(write, sheet));
    const present = (id: string): SheetListing | undefined => listed.find((sheet) => sheet.id === id);
    const oldDeleted = write.parked.some((old) => !write.keep.has(old.id) && present(old.id) === undefined);
    const worksheets = context.workbook.worksheets;
    if (oldDeleted && ours.length > 0 && ours.every(isFinal)) {
      for (const old of write.parked) {
        if (present(old.id) === undefined) continue;
        const worksheet = worksheets.getItem(old.id);
        if (!write.keep.has(old.id)) worksheet.delete();
        else for (const property of [TAG_PROPERTY, FINGERPRINT_PROPERTY]) queueDeleteCustomProperty(worksheet, property);
      }
    } else {
      for (const sheet of ours) worksheets.getItem(sheet.id).delete();
      for (const old of write.parked) {
        const current = present(old.id);
        if (current === undefined) continue;
        if (current.name !== old.name) worksheets.getItem(old.id).name = old.name;
        // A kept sheet may have lost its tag already: it is a report sheet again, as it was.
        if (old.tag !== null && current.tag !== old.tag) worksheets.getItem(old.id).customProperties.add(TAG_PROPERTY, old.tag);
        if (typeof old.fingerprint === "string") worksheets.getItem(old.id).customProperties.add(FINGERPRINT_PROPERTY, old.fingerprint);
      }
    }
    await context.sync();
  } catch {
    // What is left is read back and said; the next generation removes any report sheet of this year left behind.
  }
  return now;
}

/** What the workbook holds once recovered, read back, in French. */
export async function recoveredAccount(context: Excel.RequestContext, write: RefusedWrite): Promise<string> {
  const now = await listSheets(context);
  const ours = now.filter((sheet) => addedByUs(write, sheet));
  const oldNow = write.parked.flatMap((old) => {
    const current = now.find((sheet) => sheet.id === old.id);
    return current === undefined ? [] : [{ old, current }];
  });
  const restored = oldNow.length === write.parked.length && oldNow.every(({ old, current }) => current.name === old.name && current.tag === old.tag);
  const replaced =
    ours.length === write.plan.sheets.length &&
    ours.every(isFinal) &&
    oldNow.every(({ old, current }) => write.keep.has(old.id) && current.name === old.parking && current.tag === null);
  let said: string;
  if (ours.length === 0 && restored) said = HALF_WRITTEN_TEXT.reportUndone(write.parked.length > 0);
  else if (replaced) said = HALF_WRITTEN_TEXT.reportInPlace(ours.map((sheet) => sheet.name));
  else {
    const notRenamed = oldNow.filter(({ old, current }) => current.name !== old.name && current.name !== old.parking).map(({ old, current }) => ({ name: old.name, now: current.name }));
    const parkedStill = oldNow.filter(({ old, current }) => current.name === old.parking && !write.keep.has(old.id)).map(({ old, current }) => ({ name: old.name, now: current.name }));
    const untagged = oldNow.filter(({ old, current }) => current.tag !== old.tag && !write.keep.has(old.id)).map(({ current }) => current.name);
    said = HALF_WRITTEN_TEXT.reportNotUndone(ours.map((sheet) => sheet.name), [...notRenamed, ...parkedStill], untagged);
  }
  const rows = await appendedRows(context, write, now);
  return rows === null ? said : `${said} ${rows}`;
}

/** The rows appended to the user's action plan before the refusal, null when none. */
async function appendedRows(context: Excel.RequestContext, write: RefusedWrite, now: readonly SheetListing[]): Promise<string | null> {
  const planned = write.plan.actionPlan;
  const listing = findActionPlanSheet(write.before);
  const cells = planned?.append?.cells ?? [];
  const current = listing === null ? undefined : now.find((sheet) => sheet.id === listing.id);
  if (!planned || listing === null || current === undefined || cells.length === 0) return null;
  const rows = await readRowsBack(context, listing.id, cells, write.dateSystem);
  const added = [...rows.written, ...rows.partial].sort((a, b) => a - b);
  if (added.length === 0) return null;
  const memory = context.workbook.worksheets.getItem(listing.id).customProperties.getItemOrNullObject(PLAN_MEMORY_PROPERTY).load("value");
  await context.sync();
  // The memory is written after the rows (action-plan.ts): when it lists them, the next generation will not add them again.
  const remembered = !memory.isNullObject && String(memory.value) === formatPlanMemory(planned.remembered);
  return HALF_WRITTEN_TEXT.planRowsAdded(current.name, added, remembered);
}
