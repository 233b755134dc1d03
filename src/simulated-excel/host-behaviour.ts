/**
 * Where Microsoft's documentation is silent, how this simulated Excel behaves: by default the lenient
 * reading; a test turns on the harsher one to see the adapter cope.
 */

export type ZoomOptions = { scale?: number | null; horizontalFitToPages?: number | null; verticalFitToPages?: number | null };

/**
 * Excel.PageLayoutZoomOptions documents fit-to-pages as a "number of pages" and `scale` as "between 10 and
 * 400", each "can be null" when the other kind is used
 * (https://learn.microsoft.com/javascript/api/excel/excel.pagelayoutzoomoptions). `verticalFitToPages: 0`
 * (any number of pages tall) is not documented, so a host may refuse it.
 */
export function isDocumentedZoom(zoom: ZoomOptions): boolean {
  const pages = [zoom.horizontalFitToPages, zoom.verticalFitToPages].filter((value): value is number => value !== undefined && value !== null);
  const scale = zoom.scale ?? null;
  if (scale !== null) return pages.length === 0 && scale >= 10 && scale <= 400;
  return pages.length > 0 && pages.every((value) => Number.isInteger(value) && value >= 1);
}

export interface HostBehaviour {
  /** "undocumented": a zoom outside isDocumentedZoom is refused; "any": every zoom is (an older host). */
  refusePrintZoom: "never" | "undocumented" | "any";
  /**
   * Whether a cell formatted as text keeps "=…", "+…", "-…", "@…" written through `values` as text.
   * Excel.NumberFormatCategory says "Text format cells are treated as text even when a number is in the cell"
   * (https://learn.microsoft.com/javascript/api/excel/excel.numberformatcategory), while Range.values says a
   * string starting with "+", "-" or "=" is interpreted as a formula
   * (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-values-member): which
   * wins is not written anywhere.
   */
  textFormatKeepsText: boolean;
}

export const LENIENT: HostBehaviour = { refusePrintZoom: "never", textFormatKeepsText: true };
