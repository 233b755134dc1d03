/** Which existing sheets a regeneration replaces, the final names of the new ones and free temporary names. */
import { sheetNameKey } from "../report/sheet-names";
import type { ReportPlan } from "../report/plan";
import type { SheetListing } from "./read-snapshot";
import { parseTag } from "./tag";

export const ACTION_PLAN_ROLE = "action-plan";

const key = sheetNameKey;

/** Our sheets of this year (found by tag, whatever their name now), and leftovers of an interrupted generation. */
export function sheetsToReplace(sheets: readonly SheetListing[], year: number): SheetListing[] {
  return sheets.filter((sheet) => {
    const tag = parseTag(sheet.tag);
    // The action plan is the user's once created: never replaced, only appended to.
    return tag !== null && (tag.pending || (tag.year === year && tag.role !== ACTION_PLAN_ROLE));
  });
}

/** Planned name → final name: the planned one unless a sheet we keep bears it (then "Name (2)"…). */
export function finalNames(plan: ReportPlan, kept: readonly SheetListing[]): Map<string, string> {
  const taken = new Set(kept.map((sheet) => key(sheet.name)));
  const names = new Map<string, string>();
  for (const sheet of plan.sheets) {
    let name = sheet.name;
    for (let n = 2; taken.has(key(name)); n++) name = withSuffix(sheet.name, ` (${n})`);
    taken.add(key(name));
    names.set(sheet.name, name);
  }
  return names;
}

/**
 * The names annotated sheets are kept under: « Synthèse 2021 (annotée) », then « (annotée 2) »…, free among
 * the names that stay and the new sheets' final names.
 */
export function annotatedNames(sheets: readonly SheetListing[], taken: Iterable<string>): Map<string, string> {
  const used = new Set([...taken].map(key));
  const names = new Map<string, string>();
  for (const sheet of sheets) {
    let name = withSuffix(sheet.name, " (annotée)");
    for (let n = 2; used.has(key(name)); n++) name = withSuffix(sheet.name, ` (annotée ${n})`);
    used.add(key(name));
    names.set(sheet.id, name);
  }
  return names;
}

/** Excel sheet names hold at most 31 characters. */
function withSuffix(base: string, suffix: string): string {
  return base.slice(0, 31 - suffix.length) + suffix;
}

/** Temporary names no existing or final sheet bears. */
export function temporaryNames(count: number, existing: readonly string[], finals: Iterable<string>): string[] {
  const taken = new Set([...existing, ...finals].map(key));
  const names: string[] = [];
  for (let n = 1; names.length < count; n++) {
    const candidate = `~BQ en cours ${n}`;
    if (!taken.has(key(candidate))) names.push(candidate);
  }
  return names;
}
