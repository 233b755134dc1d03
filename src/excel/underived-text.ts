/**
 * The displayed text of a planned read's blocks: derived where it can be (derived-text.ts), and the rest
 * — cells whose display cannot be derived — read from Excel in one more sync, a range per column run,
 * only when there are any.
 */
import type { RangeArrays } from "./cells";
import { derivedText } from "./derived-text";
import { snapshotNumber, type DateSystem } from "./date-system";
import type { Block } from "./read-plan";

export type RangeArraysWithoutText = Omit<RangeArrays, "text">;

export interface ReadBlock {
  readonly block: Block;
  readonly arrays: RangeArraysWithoutText;
  /** null where the display cannot be derived, until readUnderivedTexts fills it. */
  readonly text: (string | null)[][];
}

interface SheetOrigin {
  readonly worksheet: Excel.Worksheet;
  readonly used: Excel.Range;
}

/** A date's display in a 1904 workbook is derived from its 1900 serial, the one the formatter counts in. */
export function deriveTexts(arrays: RangeArraysWithoutText, dateSystem: DateSystem): (string | null)[][] {
  return arrays.values.map((line, row) =>
    line.map((raw, column) => {
      const format = arrays.numberFormat[row][column];
      return derivedText(typeof raw === "number" ? snapshotNumber(raw, format, dateSystem) : raw, arrays.valueTypes[row][column], format);
    }),
  );
}

/** Runs of consecutive rows, in one column of a block, whose text is missing. */
function missingRuns(text: readonly (readonly (string | null)[])[]): { column: number; firstRow: number; rowCount: number }[] {
  const runs: { column: number; firstRow: number; rowCount: number }[] = [];
  const columns = text[0]?.length ?? 0;
  for (let column = 0; column < columns; column++) {
    let start = -1;
    for (let row = 0; row <= text.length; row++) {
      const missing = row < text.length && text[row][column] === null;
      if (missing && start < 0) start = row;
      if (!missing && start >= 0) {
        runs.push({ column, firstRow: start, rowCount: row - start });
        start = -1;
      }
    }
  }
  return runs;
}

export async function readUnderivedTexts(context: Excel.RequestContext, sheets: readonly SheetOrigin[], read: readonly ReadBlock[]): Promise<void> {
  const queued = read.flatMap(({ block, text }) => {
    const { worksheet, used } = sheets[block.sheet];
    return missingRuns(text).map((run) => ({
      text,
      run,
      range: worksheet.getRangeByIndexes(used.rowIndex + block.firstRow + run.firstRow, used.columnIndex + run.column, run.rowCount, 1).load("text"),
    }));
  });
  if (queued.length === 0) return;
  await context.sync();
  for (const { text, run, range } of queued) {
    range.text.forEach((line, offset) => {
      text[run.firstRow + offset][run.column] = line[0] ?? "";
    });
  }
}
