/**
 * `generate --out` over a report written before: if someone annotated it since (cells or rows changed in a
 * report sheet, comments, notes, a sheet added), that file is kept under « <nom> (annotée).xlsx » before the
 * new report takes its name, so nothing they wrote is lost. A report sheet without fingerprint (an older
 * version) has its comments, notes and added sheets checked, not its cells: the command line cannot ask.
 */
import { promises as fs } from "node:fs";
import * as path from "node:path";
import { describeChanges } from "../report/annotations/describe-changes";
import { sheetChanges } from "../report/annotations/sheet-changes";
import { readSheetParts } from "../xlsx/read-generated-tags";
import { openPackage } from "../xlsx/read/xlsx-package";
import { readWorkbookBuffer } from "../xlsx/read-workbook";

export interface AnnotatedFileSheet {
  readonly sheet: string;
  readonly changes: string;
}

/** The annotated sheets of the existing file at `out`, [] when there is none or nothing was written there. */
export async function annotationsIn(out: string): Promise<AnnotatedFileSheet[]> {
  const bytes = await fs.readFile(out).catch(() => null);
  if (bytes === null) return [];
  let parts;
  let snapshot;
  try {
    parts = readSheetParts(openPackage(bytes));
    snapshot = await readWorkbookBuffer(bytes, { name: out });
  } catch {
    // Not a workbook we can read: not a report of ours, replaced as before.
    return [];
  }
  if (!parts.some((sheet) => sheet.tag !== null)) return [];
  const found: AnnotatedFileSheet[] = [];
  for (const part of parts) {
    const sheet = snapshot.sheets.find((candidate) => candidate.name === part.name);
    if (part.tag === null) {
      found.push({ sheet: part.name, changes: "feuille ajoutée" });
      continue;
    }
    if (sheet === undefined) continue;
    const changes = sheetChanges({ sheet, tag: part.tag, fingerprint: part.fingerprint, comments: part.comments, notes: part.notes }, {});
    if (changes === null) continue;
    const known = part.fingerprint === null ? { ...changes, checked: true } : changes;
    if (part.fingerprint === null && known.comments + known.notes === 0) continue;
    found.push({ sheet: part.name, changes: describeChanges(known) });
  }
  return found;
}

/** Renames the annotated file to the first free « <nom> (annotée).xlsx », « (annotée 2) »…; returns that path. */
export async function keepAnnotatedFile(out: string): Promise<string> {
  const extension = path.extname(out);
  const base = out.slice(0, out.length - extension.length);
  for (let n = 1; ; n++) {
    const candidate = `${base} (annotée${n === 1 ? "" : ` ${n}`})${extension}`;
    const taken = await fs.stat(candidate).then(() => true, () => false);
    if (taken) continue;
    await fs.rename(out, candidate);
    return candidate;
  }
}
