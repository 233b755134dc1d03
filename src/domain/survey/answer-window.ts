/**
 * The answers of each column over a window of rows, counted per scale, moved down one row at a time: the
 * header search judges each candidate row on the rows below it, and successive windows share all but two rows.
 */
import type { ReadAnswer } from "./answer";
import { ScaleCounts } from "./question-scale";
import type { ScaleAnswer } from "./scales";

export class AnswerWindow {
  private readonly counts: ScaleCounts[];
  /** Rows [first, end) of `read` are in the window. */
  private first = 0;
  private end = 0;

  /** `scalesOf` gives the scales an answer is on (question-scale.ts), remembered by the caller. */
  constructor(
    private readonly read: readonly (readonly ReadAnswer[])[],
    private readonly size: number,
    width: number,
    private readonly scalesOf: (answer: ScaleAnswer) => number,
  ) {
    this.counts = Array.from({ length: width }, () => new ScaleCounts());
  }

  /** Places the window on the `size` rows below `row`: only the rows leaving or entering it are counted again. */
  below(row: number): void {
    const first = row + 1;
    const end = Math.max(first, Math.min(this.read.length, first + this.size));
    for (let index = this.first; index < this.end; index++) if (index < first || index >= end) this.move(index, -1);
    for (let index = first; index < end; index++) if (index < this.first || index >= this.end) this.move(index, 1);
    this.first = first;
    this.end = end;
  }

  /** The answers of a column in the window, per scale. */
  column(column: number): ScaleCounts {
    return this.counts[column];
  }

  private move(row: number, by: number): void {
    const cells = this.read[row];
    const width = Math.min(cells.length, this.counts.length);
    for (let column = 0; column < width; column++) {
      const cell = cells[column];
      if (cell?.kind === "answer") this.counts[column].add(this.scalesOf(cell.answer), by);
    }
  }
}
