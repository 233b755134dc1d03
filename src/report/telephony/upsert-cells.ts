/** The cells written for one month in an existing sheet, and the Total row's sums stretched over new rows. */
import type { SheetSnapshot } from "../../domain/snapshot";
import type { MonthFigures } from "../../domain/analysis/types";
import type { PlannedCell } from "../plan";
import { gridCell, isBlankCell } from "../../domain/telephony/grid";
import { rateFormula, rateFraction, rateFromLostFormula, sumFormula } from "./sheet-layout";
import type { SheetLayout } from "./upsert-layout";

export interface Placement {
  /** 0-based grid row before which the new rows go (may be past the used range). */
  readonly index: number;
  readonly insert: boolean;
  readonly months: MonthFigures[];
}

export function rateIsPercent(layout: SheetLayout): boolean {
  const rate = layout.columns.rate;
  if (rate === null) return true;
  const sample = layout.tableRows.map((row) => gridCell(layout.grid, row.index, rate)).find((cell) => !isBlankCell(cell));
  return sample === undefined || sample.numberFormat.includes("%");
}

/** The figure cells of one month row: received, answered and/or lost, and the rate unless it is a formula already there. */
export function figureCells(
  layout: SheetLayout,
  index: number | null,
  row: number,
  figures: MonthFigures,
  column: (gridColumn: number) => number,
  ratePercent: boolean,
  isNew: boolean,
): PlannedCell[] {
  const { columns } = layout;
  const style = isNew ? { style: "telephony.count" } : {};
  const cells: PlannedCell[] = [{ row, column: column(columns.received), value: { kind: "number", number: figures.received }, ...style }];
  if (columns.answered !== null) cells.push({ row, column: column(columns.answered), value: { kind: "number", number: figures.answered }, ...style });
  if (columns.lost !== null) cells.push({ row, column: column(columns.lost), value: { kind: "number", number: figures.received - figures.answered }, ...style });
  if (columns.rate === null) return cells;
  const existingRate = index === null ? null : gridCell(layout.grid, index, columns.rate);
  if (existingRate?.formula) return cells;
  const rateStyle = isNew && ratePercent ? { style: "telephony.rate" } : {};
  const rateColumn = column(columns.rate);
  if (isNew && ratePercent) {
    const formula = columns.answered !== null
      ? rateFormula(row, column(columns.received), column(columns.answered))
      : rateFromLostFormula(row, column(columns.received), column(columns.lost as number));
    return [...cells, { row, column: rateColumn, value: { kind: "formula", formula, cached: rateFraction(figures) }, ...rateStyle }];
  }
  const fraction = rateFraction(figures);
  if (typeof fraction === "string") return cells;
  const value = ratePercent ? fraction : figures.rate;
  return [...cells, { row, column: rateColumn, value: { kind: "number", number: value }, ...rateStyle }];
}

const SUM_OVER_COLUMN = /^=\s*SUM\(\s*\$?([A-Z]{1,3})\$?(\d+)\s*:\s*\$?([A-Z]{1,3})\$?(\d+)\s*\)$/i;

/** The Total row's =SUM(...) over a figure column, stretched to the month rows once the new ones are in. */
export function totalFormulas(
  existing: SheetSnapshot,
  layout: SheetLayout,
  placements: readonly Placement[],
  finalRow: (sheetRow: number) => number,
  placedRow: (sheetRow: number) => number,
  column: (gridColumn: number) => number,
): PlannedCell[] {
  if (layout.totalIndex === null) return [];
  const origin = existing.origin.row;
  const monthRows = [
    ...layout.tableRows.map((row) => finalRow(origin + row.index)),
    ...placements.flatMap((p) => p.months.map((_, i) => placedRow(origin + p.index) + i)),
  ];
  const first = Math.min(...monthRows);
  const last = Math.max(...monthRows);
  const totalRow = finalRow(origin + layout.totalIndex);
  const figureColumns = [layout.columns.received, layout.columns.answered, layout.columns.lost].filter((c): c is number => c !== null);
  return figureColumns.flatMap((gridColumn) => {
    const formula = gridCell(layout.grid, layout.totalIndex as number, gridColumn).formula ?? "";
    const match = SUM_OVER_COLUMN.exec(formula.trim());
    if (!match || match[1].toUpperCase() !== match[3].toUpperCase()) return [];
    return [{ row: totalRow, column: column(gridColumn), value: { kind: "formula", formula: sumFormula(column(gridColumn), first, last) } } as PlannedCell];
  });
}
