/**
 * What the workbook view draws for one simulated sheet: the visible rectangle, each cell's text and look,
 * merges as spans, and the selected cells. Pure: reads the simulator's model, never changes it.
 */
import { columnLetters } from "../../domain/address";
import { parseRect, type Rect } from "../../simulated-excel/addresses";
import type { SimCell, SimModel, SimSheet } from "../../simulated-excel/model";
import { cellText, readCell, usedRect } from "../../simulated-excel/sheet-ops";

export const MAX_ROWS_SHOWN = 200;
export const MAX_COLUMNS_SHOWN = 30;
const DEFAULT_COLUMN_PX = 72;
const PX_PER_POINT = 4 / 3;

export type HorizontalAlign = "left" | "center" | "right";

export interface GridCellView {
  readonly row: number;
  readonly column: number;
  readonly address: string;
  readonly text: string;
  /** The cell's formula ("=C13/B13"); the simulator shows its cached value and never recalculates. */
  readonly formula: string | null;
  readonly rowSpan: number;
  readonly colSpan: number;
  /** CSS colour of a solid fill, null when none. */
  readonly fill: string | null;
  readonly bold: boolean;
  readonly italic: boolean;
  readonly color: string;
  readonly align: HorizontalAlign;
  readonly wrap: boolean;
  readonly link: boolean;
  readonly selected: boolean;
}

export interface GridColumnView {
  readonly column: number;
  readonly letters: string;
  readonly widthPx: number;
}

export interface GridRowView {
  readonly row: number;
  readonly heightPx: number | null;
  readonly cells: readonly GridCellView[];
}

export interface GridView {
  readonly columns: readonly GridColumnView[];
  readonly rows: readonly GridRowView[];
  readonly truncated: boolean;
  /** The selection's A1 address when it is on this sheet. */
  readonly selection: string | null;
}

function selectionOn(model: SimModel, sheet: SimSheet): { address: string; rect: Rect } | null {
  if (!model.selection || model.selection.sheetId !== sheet.id) return null;
  try {
    return { address: model.selection.address, rect: parseRect(model.selection.address) };
  } catch {
    return null;
  }
}

function contains(rect: Rect | null, row: number, column: number): boolean {
  return rect !== null && row >= rect.top && row <= rect.bottom && column >= rect.left && column <= rect.right;
}

/** The rectangle worth drawing: from A1 to the last used, merged or selected cell, with a little margin. */
function extent(sheet: SimSheet, selection: Rect | null): { bottom: number; right: number } {
  const used = usedRect(sheet, false);
  let bottom = used?.bottom ?? 0;
  let right = used?.right ?? 0;
  for (const merge of sheet.merges) {
    bottom = Math.max(bottom, merge.bottom);
    right = Math.max(right, merge.right);
  }
  if (selection) {
    bottom = Math.max(bottom, Math.min(selection.bottom, selection.top + 50));
    right = Math.max(right, Math.min(selection.right, selection.left + 10));
  }
  return { bottom: Math.max(bottom + 2, 10), right: Math.max(right + 1, 6) };
}

function alignOf(cell: SimCell): HorizontalAlign {
  const align = cell.format.horizontalAlignment;
  if (align === "Center" || align === "CenterAcrossSelection") return "center";
  if (align === "Right") return "right";
  if (align === "Left") return "left";
  return typeof cell.value === "number" ? "right" : "left";
}

function cellView(model: SimModel, sheet: SimSheet, row: number, column: number, span: { rowSpan: number; colSpan: number }, selected: boolean): GridCellView {
  const cell = readCell(sheet, row, column);
  const format = cell.format;
  return {
    row,
    column,
    address: `${columnLetters(column)}${row}`,
    text: cellText(cell, model.dateSystem),
    formula: cell.formula,
    ...span,
    fill: format.fill.pattern === "Solid" ? format.fill.color : null,
    bold: format.font.bold,
    italic: format.font.italic,
    color: format.font.color,
    align: alignOf(cell),
    wrap: format.wrapText,
    link: cell.hyperlink !== null,
    selected,
  };
}

export function gridView(model: SimModel, sheet: SimSheet): GridView {
  const selection = selectionOn(model, sheet);
  const full = extent(sheet, selection?.rect ?? null);
  const bottom = Math.min(full.bottom, MAX_ROWS_SHOWN);
  const right = Math.min(full.right, MAX_COLUMNS_SHOWN);
  const covered = new Set<string>();
  const spans = new Map<string, { rowSpan: number; colSpan: number }>();
  for (const merge of sheet.merges) {
    spans.set(`${merge.top}:${merge.left}`, {
      rowSpan: Math.min(merge.bottom, bottom) - merge.top + 1,
      colSpan: Math.min(merge.right, right) - merge.left + 1,
    });
    for (let row = merge.top; row <= merge.bottom; row++) {
      for (let column = merge.left; column <= merge.right; column++) {
        if (row !== merge.top || column !== merge.left) covered.add(`${row}:${column}`);
      }
    }
  }
  const columns: GridColumnView[] = [];
  for (let column = 1; column <= right; column++) {
    const points = sheet.columnWidths.get(column);
    columns.push({ column, letters: columnLetters(column), widthPx: points === undefined ? DEFAULT_COLUMN_PX : Math.round(points * PX_PER_POINT) });
  }
  const rows: GridRowView[] = [];
  for (let row = 1; row <= bottom; row++) {
    const cells: GridCellView[] = [];
    for (let column = 1; column <= right; column++) {
      if (covered.has(`${row}:${column}`)) continue;
      const span = spans.get(`${row}:${column}`) ?? { rowSpan: 1, colSpan: 1 };
      cells.push(cellView(model, sheet, row, column, span, contains(selection?.rect ?? null, row, column)));
    }
    const points = sheet.rowHeights.get(row);
    rows.push({ row, heightPx: points === undefined ? null : Math.round(points * PX_PER_POINT), cells });
  }
  return { columns, rows, truncated: full.bottom > bottom || full.right > right, selection: selection?.address ?? null };
}

