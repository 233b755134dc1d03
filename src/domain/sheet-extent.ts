/**
 * How large a sheet may be to be read cell by cell. Both adapters build a dense rectangle of the used range
 * (snapshot.ts): one value typed far from the table (XFD1048576) would make it billions of cells. Past the
 * limit a sheet comes into the snapshot with no cells and an `oversized` extent, and the analysis says so.
 */
import type { CellRange, OversizedExtent } from "./snapshot";

/**
 * Excel's own limit for one read, `RangeExceedsLimit` past 5,000,000 cells
 * (https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins):
 * the Excel adapter could not read a larger sheet in one range either.
 */
export const MAX_SHEET_CELLS = 5_000_000;

export const rectangleCells = (range: CellRange): number => (range.bottom - range.top + 1) * (range.right - range.left + 1);

/** The extent of a used rectangle past the limit, null when it can be read. */
export function oversizedExtent(range: CellRange, strayCell?: { row: number; column: number }): OversizedExtent | null {
  const cells = rectangleCells(range);
  if (cells <= MAX_SHEET_CELLS) return null;
  return { lastRow: range.bottom, lastColumn: range.right, cells, ...(strayCell === undefined ? {} : { strayCell }) };
}

type Side = "top" | "left" | "bottom" | "right";
const SIDES: readonly Side[] = ["bottom", "right", "top", "left"];
const outward = (side: Side, a: number, b: number): boolean => (side === "top" || side === "left" ? a < b : a > b);

/** One side of the rectangle: its outermost value, how many items reach it, the first that does, and the outermost of the others. */
interface SideRecord {
  best: number;
  count: number;
  holder: CellRange | null;
  second: number | null;
}

/**
 * The one filled cell (or merged area, by its top-left) whose removal brings the rectangle of all the others
 * under MAX_SHEET_CELLS, null when none does (several cells far away, or a table too large by itself).
 * Only a cell alone on an edge of the rectangle can shrink it, and only the bottom and right edges are
 * tried, where Ctrl+End leads: on a sheet holding a title and two far values, the title alone on the top
 * edge would shrink it too, but it is not the cell to erase.
 */
export function strayCell(items: Iterable<CellRange>): { row: number; column: number } | null {
  const records = new Map<Side, SideRecord>(SIDES.map((side) => [side, { best: NaN, count: 0, holder: null, second: null }]));
  for (const item of items) {
    for (const side of SIDES) {
      const record = records.get(side) as SideRecord;
      const value = item[side];
      if (record.holder === null || outward(side, value, record.best)) {
        if (record.holder !== null) record.second = record.best;
        record.best = value;
        record.count = 1;
        record.holder = item;
      } else if (value === record.best) {
        record.count++;
        record.second = value;
      } else if (record.second === null || outward(side, value, record.second)) {
        record.second = value;
      }
    }
  }
  for (const side of ["bottom", "right"] as const) {
    const candidate = (records.get(side) as SideRecord).holder;
    if (candidate === null || (records.get(side) as SideRecord).count !== 1) continue;
    const edge = (other: Side): number | null => {
      const record = records.get(other) as SideRecord;
      return record.holder === candidate && record.count === 1 ? record.second : record.best;
    };
    const [top, left, bottom, right] = [edge("top"), edge("left"), edge("bottom"), edge("right")];
    const rest = top === null || left === null || bottom === null || right === null ? 0 : rectangleCells({ top, left, bottom, right });
    if (rest <= MAX_SHEET_CELLS) return { row: candidate.top, column: candidate.left };
  }
  return null;
}
