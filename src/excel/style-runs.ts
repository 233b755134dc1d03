/** Groups planned cells into rectangles of one style (which style-areas.ts then gathers into getRanges address lists). */
import type { PlannedCell } from "../report/plan";
import type { CellRange } from "../domain/snapshot";

export interface StyleBlock {
  readonly style: string;
  readonly range: CellRange;
}

export function styleBlocks(cells: readonly PlannedCell[]): StyleBlock[] {
  const byRow = new Map<number, PlannedCell[]>();
  for (const cell of cells) {
    if (cell.style === undefined) continue;
    byRow.set(cell.row, [...(byRow.get(cell.row) ?? []), cell]);
  }
  const done: StyleBlock[] = [];
  /** Blocks still growing downwards, by "left:right:style". */
  let open = new Map<string, { style: string; range: CellRange }>();
  for (const row of [...byRow.keys()].sort((a, b) => a - b)) {
    const next = new Map<string, { style: string; range: CellRange }>();
    for (const run of horizontalRuns(byRow.get(row) ?? [])) {
      const key = `${run.left}:${run.right}:${run.style}`;
      const above = open.get(key);
      if (above && above.range.bottom === row - 1) {
        next.set(key, { style: run.style, range: { ...above.range, bottom: row } });
        open.delete(key);
      } else next.set(key, { style: run.style, range: { top: row, bottom: row, left: run.left, right: run.right } });
    }
    done.push(...open.values());
    open = next;
  }
  done.push(...open.values());
  return done.sort((a, b) => a.range.top - b.range.top || a.range.left - b.range.left);
}

function horizontalRuns(cells: readonly PlannedCell[]): { left: number; right: number; style: string }[] {
  const sorted = [...cells].sort((a, b) => a.column - b.column);
  const runs: { left: number; right: number; style: string }[] = [];
  for (const cell of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.style === cell.style && last.right === cell.column - 1) last.right = cell.column;
    else runs.push({ left: cell.column, right: cell.column, style: cell.style as string });
  }
  return runs;
}
