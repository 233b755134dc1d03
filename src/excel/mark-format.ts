/**
 * A mark's formatting: the red or yellow fill and font a problem cell is given, the original it keeps, and
 * its restore. Only the fill (pattern and colour: a cell without fill reads as white, so the pattern is what
 * says "no fill") and the font colour change.
 */
import type { Severity } from "../domain/issues";

export const MARK_STYLE: Readonly<Record<Severity, { fill: string; font: string }>> = {
  error: { fill: "#FFC7CE", font: "#9C0006" },
  warning: { fill: "#FFEB9C", font: "#9C5700" },
};

/** A marked cell's original formatting, stored in the workbook with its sheet's id and name. */
export interface StoredMark {
  readonly sheetId: string;
  readonly sheet: string;
  readonly cell: string;
  readonly fill: { readonly pattern: string; readonly color: string; readonly patternColor?: string };
  readonly fontColor: string;
}

/** Queued: the fill and font colour a mark changes, read before marking (the original) or to see if the mark is still there. */
export function queueMarkedFormat(range: Excel.Range): OfficeExtension.ClientResult<Excel.CellProperties[][]> {
  return range.getCellProperties({ format: { fill: { color: true, pattern: true, patternColor: true }, font: { color: true } } });
}

/** The original a mark keeps: the cell's fill and font colour as read by queueMarkedFormat. */
export function originalOf(properties: OfficeExtension.ClientResult<Excel.CellProperties[][]>, sheetId: string, sheet: string, cell: string): StoredMark {
  const format = properties.value[0][0].format ?? {};
  return {
    sheetId,
    sheet,
    cell,
    fill: { pattern: String(format.fill?.pattern ?? "None"), color: String(format.fill?.color ?? "#FFFFFF"), patternColor: format.fill?.patternColor },
    fontColor: String(format.font?.color ?? "#000000"),
  };
}

/** The severity whose mark the cell wears, or null when its fill or font is no mark's (a person formatted or pasted over it). */
export function markedSeverity(properties: OfficeExtension.ClientResult<Excel.CellProperties[][]>): Severity | null {
  const format = properties.value[0][0].format ?? {};
  const same = (a: unknown, b: string) => typeof a === "string" && a.toUpperCase() === b;
  for (const severity of Object.keys(MARK_STYLE) as Severity[]) {
    const style = MARK_STYLE[severity];
    if (format.fill?.pattern === "Solid" && same(format.fill.color, style.fill) && same(format.font?.color, style.font)) return severity;
  }
  return null;
}

/**
 * Whether a stored mark's cell may be restored: it wears a mark, or a restore cut short left it between its two
 * commands (the original fill back, the mark's font still on). Any other format is not the add-in's to change.
 */
export function restorable(properties: OfficeExtension.ClientResult<Excel.CellProperties[][]>, mark: StoredMark): boolean {
  if (markedSeverity(properties) !== null) return true;
  const now = originalOf(properties, mark.sheetId, mark.sheet, mark.cell);
  return sameFill(now, mark) && Object.values(MARK_STYLE).some((style) => sameColour(now.fontColor, style.font));
}

/** Whether the cell shows the mark's original fill and font colour (restored already). */
export function showsOriginal(properties: OfficeExtension.ClientResult<Excel.CellProperties[][]>, mark: StoredMark): boolean {
  const now = originalOf(properties, mark.sheetId, mark.sheet, mark.cell);
  return sameFill(now, mark) && sameColour(now.fontColor, mark.fontColor);
}

const sameColour = (a: string | undefined, b: string | undefined): boolean => (a ?? "").toUpperCase() === (b ?? "").toUpperCase();
const sameFill = (now: StoredMark, mark: StoredMark): boolean => now.fill.pattern === mark.fill.pattern && (mark.fill.pattern === "None" || sameColour(now.fill.color, mark.fill.color));

export function queueMark(range: Excel.Range, severity: Severity): void {
  const style = MARK_STYLE[severity];
  range.setCellProperties([[{ format: { fill: { color: style.fill }, font: { color: style.font } } }]]);
}

/** Puts back the cell's original fill (none included) and font colour. */
export function queueRestore(range: Excel.Range, mark: StoredMark): void {
  if (mark.fill.pattern === "None") range.format.fill.clear();
  else {
    const fill = { color: mark.fill.color, pattern: mark.fill.pattern as Excel.FillPattern, ...(mark.fill.patternColor ? { patternColor: mark.fill.patternColor } : {}) };
    range.setCellProperties([[{ format: { fill } }]]);
  }
  range.setCellProperties([[{ format: { font: { color: mark.fontColor } } }]]);
}
