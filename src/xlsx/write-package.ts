/**
 * What wasm-xlsxwriter cannot write, added to its package in one pass: drop-down lists, manual page breaks and the
 * tags that mark the report's sheets as generated, with each sheet's fingerprint. Sheets are written in plan order, so the plan's
 * n-th sheet is xl/worksheets/sheet<n>.xml.
 */
import type { PlannedSheet } from "../report/plan";
import { withDataValidations } from "./write-data-validations";
import { withRowBreaks } from "./write-page-breaks";
import { fingerprintPartName, tagPartName, tagValueBytes, withTagContentTypes, withTagElement, withTagRelationship } from "./write-sheet-tags";
import { plannedFingerprint } from "../report/annotations/fingerprint";
import { entryText, readZip, textEntry, writeZip, type ZipEntry } from "./write-zip";

const sheetPart = (n: number): string => `xl/worksheets/sheet${n}.xml`;
const sheetRelsPart = (n: number): string => `xl/worksheets/_rels/sheet${n}.xml.rels`;

export function finishPackage(xlsx: Uint8Array, sheets: readonly PlannedSheet[]): Uint8Array {
  const entries = readZip(xlsx);
  const byName = new Map(entries.map((entry) => [entry.name, entry]));
  const patched = new Map<string, ZipEntry>();
  const added: ZipEntry[] = [];
  const numbers = sheets.map((_, index) => index + 1);
  sheets.forEach((sheet, index) => {
    const n = index + 1;
    const xml = byName.get(sheetPart(n));
    if (!xml) return;
    const withBreaks = withRowBreaks(withDataValidations(entryText(xml), sheet.validations ?? []), sheet.pageBreaksBefore ?? []);
    patched.set(sheetPart(n), textEntry(sheetPart(n), withTagElement(withBreaks, true)));
    const rels = byName.get(sheetRelsPart(n));
    const relsEntry = textEntry(sheetRelsPart(n), withTagRelationship(rels ? entryText(rels) : null, n, true));
    if (rels) patched.set(sheetRelsPart(n), relsEntry);
    else added.push(relsEntry);
    added.push({ name: tagPartName(n), bytes: tagValueBytes(`${sheet.role}:${sheet.year}`) });
    added.push({ name: fingerprintPartName(n), bytes: tagValueBytes(plannedFingerprint(sheet).summary) });
  });
  const types = byName.get("[Content_Types].xml");
  if (types) patched.set(types.name, textEntry(types.name, withTagContentTypes(entryText(types), numbers, true)));
  return writeZip([...entries.map((entry) => patched.get(entry.name) ?? entry), ...added]);
}
