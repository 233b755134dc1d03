/**
 * Queues the writes of one planned sheet (no sync): number formats first — text cells as "@", so text that
 * starts with "=", "+" or "-" stays text, as Excel honours — then values, styles by block, links, merges,
 * widths, heights, freeze panes, print setup, tab colour and gridlines.
 */
import { a1, columnLetters, qualifiedAddress, rangeA1 } from "../domain/address";
import type { CellStyle, PlannedCell, PlannedLink, PlannedSheet } from "../report/plan";
import { applyStyle } from "./apply-style";
import { styleBlocks } from "./style-runs";

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

function inputOf(cell: PlannedCell): string | number {
  switch (cell.value.kind) {
    case "text": return cell.value.text;
    case "number": return cell.value.number;
    case "formula": return cell.value.formula;
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
}

function hyperlinkOf(link: PlannedLink, text: string, context: WriteContext): Excel.RangeHyperlink {
  return link.kind === "cell"
    ? { documentReference: qualifiedAddress(context.finalName(link.sheet), link.cell), textToDisplay: text }
    : { address: link.url, textToDisplay: text };
}

export function writeCells(worksheet: Excel.Worksheet, sheet: PlannedSheet, context: WriteContext): void {
  const box = bounds(sheet.cells);
  if (box === null) return;
  const formats: string[][] = [];
  const values: (string | number)[][] = [];
  for (let row = box.top; row <= box.bottom; row++) {
    formats.push(new Array<string>(box.right - box.left + 1).fill("General"));
    values.push(new Array<string | number>(box.right - box.left + 1).fill(""));
  }
  for (const cell of sheet.cells) {
    formats[cell.row - box.top][cell.column - box.left] = formatOf(cell, context.styles);
    values[cell.row - box.top][cell.column - box.left] = inputOf(cell);
  }
  const range = worksheet.getRange(rangeA1(box.top, box.left, box.bottom, box.right));
  range.numberFormat = formats;
  range.values = values;
  for (const block of styleBlocks(sheet.cells)) {
    const style = context.styles[block.style];
    if (!style) continue;
    const { top, left, bottom, right } = block.range;
    applyStyle(worksheet.getRange(rangeA1(top, left, bottom, right)), style, bottom - top + 1, right - left + 1);
  }
  for (const cell of sheet.cells) {
    if (!cell.link) continue;
    const text = cell.value.kind === "text" ? cell.value.text : String(inputOf(cell));
    worksheet.getRange(a1(cell.row, cell.column)).hyperlink = hyperlinkOf(cell.link, text, context);
  }
  for (const merge of sheet.merges) worksheet.getRange(rangeA1(merge.top, merge.left, merge.bottom, merge.right)).merge(false);
}

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
  const layout = worksheet.pageLayout;
  layout.orientation = sheet.print.orientation === "landscape" ? "Landscape" : "Portrait";
  layout.paperSize = "A4";
  if (sheet.print.fitToOnePageWide) layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  if (sheet.print.repeatRows) layout.setPrintTitleRows(`$${sheet.print.repeatRows.first}:$${sheet.print.repeatRows.last}`);
  if (sheet.tabColor) worksheet.tabColor = sheet.tabColor;
  worksheet.showGridlines = sheet.showGridlines;
}
