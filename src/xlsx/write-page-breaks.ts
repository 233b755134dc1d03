/** Manual page breaks, which wasm-xlsxwriter cannot write: `<rowBreaks>` in a sheet's XML, where the schema wants it. */

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
