/** The content read planned from the sheets' shapes: one block per used range, none past Excel's 5,000,000 cells. */
import { MAX_SHEET_CELLS } from "../domain/sheet-extent";

export interface SheetShape {
  readonly rowCount: number;
  readonly columnCount: number;
}

export interface Block {
  readonly sheet: number;
  /** 0-based, from the used range's first row. */
  readonly firstRow: number;
  readonly rowCount: number;
}

/** `RangeExceedsLimit` past 5,000,000 cells: the limit a sheet is read cell by cell under (sheet-extent.ts). */
export const MAX_CELLS_PER_READ = MAX_SHEET_CELLS;

export function planBlocks(shapes: readonly SheetShape[], maxCells = MAX_CELLS_PER_READ): Block[] {
  const blocks: Block[] = [];
  shapes.forEach((shape, sheet) => {
    if (shape.rowCount === 0 || shape.columnCount === 0) return;
    const rowsPerBlock = Math.max(1, Math.floor(maxCells / shape.columnCount));
    for (let firstRow = 0; firstRow < shape.rowCount; firstRow += rowsPerBlock) {
      blocks.push({ sheet, firstRow, rowCount: Math.min(rowsPerBlock, shape.rowCount - firstRow) });
    }
  });
  return blocks;
}
