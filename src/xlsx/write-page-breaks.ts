/**
 * Manual page breaks, which wasm-xlsxwriter cannot write: added to each sheet's XML part of the
 * written package (`<rowBreaks>`, placed where the OOXML schema wants it).
 */
import type { PlannedSheet } from "../report/plan";
import { entryText, readZip, textEntry, writeZip } from "./write-zip";

/** The worksheet elements that come after <rowBreaks> in the schema's order. */
const AFTER_ROW_BREAKS =
  /<(colBreaks|customProperties|cellWatches|ignoredErrors|smartTags|drawing|legacyDrawing|legacyDrawingHF|drawingHF|picture|oleObjects|controls|webPublishItems|tableParts|extLst)[\s>/]|<\/worksheet>/;

export function withRowBreaks(xml: string, rowsStartingAPage: readonly number[]): string {
  const breaks = [...new Set(rowsStartingAPage)].filter((row) => row > 1).sort((a, b) => a - b);
  if (breaks.length === 0) return xml;
  // <brk id="n"> breaks after 1-based row n: row n + 1 starts the page.
  const element =
    `<rowBreaks count="${breaks.length}" manualBreakCount="${breaks.length}">` +
    breaks.map((row) => `<brk id="${row - 1}" max="16383" man="1"/>`).join("") +
    "</rowBreaks>";
  const match = AFTER_ROW_BREAKS.exec(xml);
  if (!match) return xml;
  return xml.slice(0, match.index) + element + xml.slice(match.index);
}

/** Sheets are written in plan order, so the plan's n-th sheet is xl/worksheets/sheet<n>.xml. */
export function addPageBreaks(xlsx: Uint8Array, sheets: readonly PlannedSheet[]): Uint8Array {
  const parts = new Map<string, readonly number[]>();
  sheets.forEach((sheet, index) => {
    if (sheet.pageBreaksBefore && sheet.pageBreaksBefore.length > 0) {
      parts.set(`xl/worksheets/sheet${index + 1}.xml`, sheet.pageBreaksBefore);
    }
  });
  if (parts.size === 0) return xlsx;
  const entries = readZip(Buffer.from(xlsx.buffer, xlsx.byteOffset, xlsx.byteLength)).map((entry) => {
    const rows = parts.get(entry.name);
    return rows ? textEntry(entry.name, withRowBreaks(entryText(entry), rows)) : entry;
  });
  return new Uint8Array(writeZip(entries));
}
