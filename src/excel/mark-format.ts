/**
 * A mark's formatting: the red or yellow fill and font a problem cell is given, the original it keeps, and
 * its restore. Only the fill (pattern and colour: a cell without fill reads as white, so the pattern is what
 * says "no fill") and the font colour change.
 */
import type { Severity } from "../domain/issues";

type MarkColours = Readonly<Record<Severity, { readonly fill: string; readonly font: string }>>;

/**
 * The marks' colours: one unit off those of Excel's built-in cell styles « Mauvais » (#FFC7CE, #9C0006) and
 * « Neutre » (#FFEB9C, #9C5700; #9C6500 in Excel 2007 and 2010), which are also those of the conditional
 * formats « Remplissage rouge clair avec texte rouge foncé » and « … jaune avec texte jaune foncé ». The same
 * to the eye, but no style a person can pick gives them: a cell wearing them was marked by the add-in.
 */
export const MARK_STYLE: MarkColours = {
  error: { fill: "#FFC7CF", font: "#9C0007" },
  warning: { fill: "#FFEB9D", font: "#9C5701" },
};

/** The colours of the marks written before MARK_STYLE: the built-in styles' own. */
const BUILT_IN_STYLE: MarkColours = {
  error: { fill: "#FFC7CE", font: "#9C0006" },
  warning: { fill: "#FFEB9C", font: "#9C5700" },
};

/** Stored with every mark since MARK_STYLE (`palette`): its cell was given MARK_STYLE. */
export const OWN_PALETTE = 2;

/** A marked cell's original formatting, stored in the workbook with its sheet's id and name. */
export interface StoredMark {
  readonly sheetId: string;
  readonly sheet: string;
  readonly cell: string;
  readonly fill: { readonly pattern: string; readonly color: string; readonly patternColor?: string };
  readonly fontColor: string;
  /** OWN_PALETTE: the cell was given MARK_STYLE; absent: marked by an earlier version, with BUILT_IN_STYLE. */
  readonly palette?: number;
}

/**
 * The colours a stored mark's cell may wear. A mark stored without `palette` was written by an earlier
 * version, with the built-in styles' colours, and perhaps marked again since with ours (markIssues paints a
 * stored cell without storing it again): both count for it. That reading cannot tell an old mark from a
 * « Mauvais » cell its stale address now names, but it is the only one that still clears the marks of the
 * earlier versions, and it ends with them: every mark stored since says OWN_PALETTE, and for those, and for a
 * cell no stored mark names, only MARK_STYLE counts, so a cell a person styled « Mauvais » is never the add-in's.
 */
function palettesOf(mark: StoredMark | undefined): readonly MarkColours[] {
  return mark === undefined || mark.palette === OWN_PALETTE ? [MARK_STYLE] : [MARK_STYLE, BUILT_IN_STYLE];
}

/** Queued: the fill and font colour a mark changes, read before marking (the original) or to see if the mark is still there. */
export function queueMarkedFormat(range: Excel.Range): OfficeExtension.ClientResult<Excel.CellProperties[][]> {
  return range.getCellProperties({ format: { fill: { color: true, pattern: true, patternColor: true }, font: { color: true } } });
}

/** The original a mark keeps: the cell's fill and font colour as read by queueMarkedFormat, stored before the cell is given MARK_STYLE. */
export function originalOf(properties: OfficeExtension.ClientResult<Excel.CellProperties[][]>, sheetId: string, sheet: string, cell: string): StoredMark {
  const format = properties.value[0][0].format ?? {};
  return {
    sheetId,
    sheet,
    cell,
    fill: { pattern: String(format.fill?.pattern ?? "None"), color: String(format.fill?.color ?? "#FFFFFF"), patternColor: format.fill?.patternColor },
    fontColor: String(format.font?.color ?? "#000000"),
    palette: OWN_PALETTE,
  };
}

/**
 * The severity whose mark the cell wears, or null when its fill or font is no mark's (a person formatted or
 * pasted over it). With the cell's stored mark, if any: the colours that mark may wear (palettesOf).
 */
export function markedSeverity(properties: OfficeExtension.ClientResult<Excel.CellProperties[][]>, stored?: StoredMark): Severity | null {
  const format = properties.value[0][0].format ?? {};
  const same = (a: unknown, b: string) => typeof a === "string" && a.toUpperCase() === b;
  for (const palette of palettesOf(stored)) {
    for (const severity of Object.keys(palette) as Severity[]) {
      const style = palette[severity];
      if (format.fill?.pattern === "Solid" && same(format.fill.color, style.fill) && same(format.font?.color, style.font)) return severity;
    }
  }
  return null;
}

/**
 * Whether a stored mark's cell may be restored: it wears a mark, or a restore cut short left it between its two
 * commands (the original fill back, the mark's font still on). Any other format is not the add-in's to change.
 */
export function restorable(properties: OfficeExtension.ClientResult<Excel.CellProperties[][]>, mark: StoredMark): boolean {
  if (markedSeverity(properties, mark) !== null) return true;
  const now = originalOf(properties, mark.sheetId, mark.sheet, mark.cell);
  return sameFill(now, mark) && palettesOf(mark).some((palette) => Object.values(palette).some((style) => sameColour(now.fontColor, style.font)));
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
