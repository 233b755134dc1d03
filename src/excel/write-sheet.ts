/**
 * Queues the writes of one planned sheet (syncing early only when the budget says a piece would not fit): number formats first — text cells as "@",
 * the Text format whose cells "are treated as text" (Excel.NumberFormatCategory) — then values, styles (each
 * once for all the blocks that share it, through worksheet.getRanges), links, merges, widths, heights, freeze
 * panes, tab colour and gridlines. Whether "=…", "+…", "-…" stay text under "@" is not documented (Range.values
 * says such strings become formulas): confirm-report.ts reads them back. The print setup goes in a sync of
 * its own, after the report is in place (writePrintSetup).
 */
import { a1, columnLetters, qualifiedAddress, rangeA1 } from "../domain/address";
import type { CellStyle, PlannedCell, PlannedLink, PlannedSheet } from "../report/plan";
import { applyStyle, styleCommandCount } from "./apply-style";
import { styleBlocks } from "./style-runs";
import { styleAreas } from "./style-areas";
import { COMMAND_OVERHEAD_BYTES, estimateBytes, type PayloadBudget } from "./payload-budget";
import { workbookNumber, type DateSystem } from "./date-system";

export const TEXT_FORMAT = "@";

/** Excel column width: characters of the default font → points (7 px a character plus 5 px padding; 0.75 pt a px). */
export function columnWidthPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}

function bounds(cells: readonly PlannedCell[]): { top: number; left: number; bottom: number; right: number } | null {
  if (cells.length === 0) return null;
  return {
    top: Math.min(...cells.map((cell) => cell.row)),
    left: Math.min(...cells.map((cell) => cell.column)),
    bottom: Math.max(...cells.map((cell) => cell.row)),
    right: Math.max(...cells.map((cell) => cell.column)),
  };
}

function inputOf(cell: PlannedCell, numberFormat: string, dateSystem: DateSystem): string | number {
  switch (cell.value.kind) {
    case "text": return cell.value.text;
    case "number": return workbookNumber(cell.value.number, numberFormat, dateSystem);
    case "formula": return cell.value.formula;
    case "blank": return "";
  }
}

function formatOf(cell: PlannedCell, styles: Readonly<Record<string, CellStyle>>): string {
  if (cell.value.kind === "text") return TEXT_FORMAT;
  return (cell.style !== undefined ? styles[cell.style]?.numberFormat : undefined) ?? "General";
}

export interface WriteContext {
  readonly styles: Readonly<Record<string, CellStyle>>;
  /** Planned sheet name → the name it will bear once the generation is done. */
  readonly finalName: (planned: string) => string;
  /** The workbook's date system: a planned date is written in it (date-system.ts). */
  readonly dateSystem: DateSystem;
}

function hyperlinkOf(link: PlannedLink, text: string, context: WriteContext): Excel.RangeHyperlink {
  return link.kind === "cell"
    ? { documentReference: qualifiedAddress(context.finalName(link.sheet), link.cell), textToDisplay: text }
    : { address: link.url, textToDisplay: text };
}

/** A values/numberFormat command stays under this share of the budget, so one command never outgrows it. */
const SHARE_PER_WRITE = 3;

export async function writeCells(worksheet: Excel.Worksheet, sheet: PlannedSheet, context: WriteContext, budget: PayloadBudget): Promise<void> {
  const box = bounds(sheet.cells);
  if (box === null) return;
  const width = box.right - box.left + 1;
  const byRow = new Map<number, PlannedCell[]>();
  for (const cell of sheet.cells) byRow.set(cell.row, [...(byRow.get(cell.row) ?? []), cell]);
  let chunk: { top: number; formats: string[][]; values: (string | number)[][]; bytes: number } | null = null;
  const flush = async (): Promise<void> => {
    if (chunk === null) return;
    const { top, formats, values, bytes } = chunk;
    chunk = null;
    await budget.reserve(bytes);
    const range = worksheet.getRange(rangeA1(top, box.left, top + values.length - 1, box.right));
    range.numberFormat = formats;
    range.values = values;
  };
  for (let row = box.top; row <= box.bottom; row++) {
    const formatLine = new Array<string>(width).fill("General");
    const valueLine = new Array<string | number>(width).fill("");
    for (const cell of byRow.get(row) ?? []) {
      const format = formatOf(cell, context.styles);
      formatLine[cell.column - box.left] = format;
      valueLine[cell.column - box.left] = inputOf(cell, format, context.dateSystem);
    }
    const bytes = JSON.stringify(formatLine).length + JSON.stringify(valueLine).length + 2;
    if (chunk !== null && chunk.bytes + bytes > budget.limit / SHARE_PER_WRITE) await flush();
    chunk ??= { top: row, formats: [], values: [], bytes: 2 * COMMAND_OVERHEAD_BYTES };
    chunk.formats.push(formatLine);
    chunk.values.push(valueLine);
    chunk.bytes += bytes;
  }
  await flush();
  for (const areas of styleAreas(styleBlocks(sheet.cells), context.styles)) {
    const style = context.styles[areas.style];
    // One command for getRanges (carrying the address list), then one per property set on its format.
    await budget.reserve(estimateBytes({ address: areas.address, style }, 1 + styleCommandCount(style, areas.edges)));
    applyStyle(worksheet.getRanges(areas.address).format, style, areas.edges);
  }
  for (const cell of sheet.cells) {
    if (!cell.link) continue;
    const text = cell.value.kind === "text" ? cell.value.text : String(inputOf(cell, formatOf(cell, context.styles), context.dateSystem));
    const hyperlink = hyperlinkOf(cell.link, text, context);
    await budget.reserve(estimateBytes(hyperlink));
    worksheet.getRange(a1(cell.row, cell.column)).hyperlink = hyperlink;
  }
  await budget.reserve(estimateBytes(sheet.merges, sheet.merges.length));
  for (const merge of sheet.merges) worksheet.getRange(rangeA1(merge.top, merge.left, merge.bottom, merge.right)).merge(false);
}

/**
 * The print zoom of a sheet that prints one page wide: only the documented member is given — a "number of
 * pages to fit horizontally" (https://learn.microsoft.com/javascript/api/excel/excel.pagelayoutzoomoptions) —
 * as in office-js #1860; `verticalFitToPages: 0` (any number tall) is not documented and a host may refuse it.
 */
export const FIT_ONE_PAGE_WIDE: Excel.PageLayoutZoomOptions = { horizontalFitToPages: 1 };
/** The print zoom of a sheet that prints on one page (the page for the public): both documented members, a number of pages each. */
export const FIT_ONE_PAGE: Excel.PageLayoutZoomOptions = { horizontalFitToPages: 1, verticalFitToPages: 1 };

export function writeLayout(worksheet: Excel.Worksheet, sheet: PlannedSheet): void {
  for (const { column, width } of sheet.columnWidths) {
    const letters = columnLetters(column);
    worksheet.getRange(`${letters}:${letters}`).format.columnWidth = columnWidthPoints(width);
  }
  for (const { row, height } of sheet.rowHeights ?? []) worksheet.getRange(`${row}:${row}`).format.rowHeight = height;
  const freeze = sheet.freeze;
  if (freeze && freeze.rows > 0 && freeze.columns > 0) worksheet.freezePanes.freezeAt(rangeA1(1, 1, freeze.rows, freeze.columns));
  else if (freeze && freeze.rows > 0) worksheet.freezePanes.freezeRows(freeze.rows);
  else if (freeze && freeze.columns > 0) worksheet.freezePanes.freezeColumns(freeze.columns);
  if (sheet.tabColor) worksheet.tabColor = sheet.tabColor;
  worksheet.showGridlines = sheet.showGridlines;
}

/** Orientation, A4, one page wide, repeated title rows, page breaks: queued after the report is in place. */
export function writePrintSetup(worksheet: Excel.Worksheet, sheet: PlannedSheet): void {
  const layout = worksheet.pageLayout;
  layout.orientation = sheet.print.orientation === "landscape" ? "Landscape" : "Portrait";
  layout.paperSize = "A4";
  if (sheet.print.fitToOnePageWide) layout.zoom = sheet.print.fitToOnePageTall ? FIT_ONE_PAGE : FIT_ONE_PAGE_WIDE;
  if (sheet.print.centerHorizontally) layout.centerHorizontally = true;
  if (sheet.print.repeatRows) layout.setPrintTitleRows(`$${sheet.print.repeatRows.first}:$${sheet.print.repeatRows.last}`);
  for (const row of sheet.pageBreaksBefore ?? []) worksheet.horizontalPageBreaks.add(`A${row}`);
}
