/** Indicator tables as found in a workbook, before any value is read. */
import type { Cell } from "../snapshot";
import type { TextCell } from "./text-cells";

export interface CellRef {
  readonly cell: Cell;
  /** A1 address without the sheet. */
  readonly address: string;
}

/** Where a year's results come from, in order of preference when a year is found twice. */
export type TableSource =
  /** A table whose single result column holds one year ("Indicateurs 2021", "Résultat 2021"). */
  | "year-sheet"
  /** One year's rows of a long table (`Année | Indicateur | Résultat | Cible`, one row per indicator and per year). */
  | "year-rows"
  /** One column of a years-as-columns table (`Indicateur | Cible | 2019 | 2020 | 2021`). */
  | "year-column"
  /** A `Résultat 2020` or `N-1` column beside a year's results: previous-year values only. */
  | "previous-column";

export const SOURCE_PREFERENCE: Readonly<Record<TableSource, number>> = {
  "year-sheet": 3,
  "year-rows": 3,
  "year-column": 2,
  "previous-column": 1,
};

export interface IndicatorRow {
  /** 1-based row in the sheet. */
  readonly row: number;
  readonly module: string | null;
  readonly theme: string | null;
  readonly name: string;
  readonly nameCell: string;
  readonly result: CellRef;
  readonly target: CellRef | null;
  readonly comment: string | null;
  readonly unit: string | null;
  readonly direction: CellRef | null;
  readonly nationalAverage: CellRef | null;
  /** The row's text cells (name, thématique, module, unit, sens, comment) where text is written. */
  readonly texts: readonly TextCell[];
}

export interface YearTable {
  readonly sheet: string;
  /** null when no year could be found for the table (no year in the sheet name, titles or headers). */
  readonly year: number | null;
  readonly source: TableSource;
  /** 1-based row of the header. */
  readonly headerRow: number;
  readonly rows: readonly IndicatorRow[];
  /** Rows of the same long table whose year cell cannot be read: counted in no year, so reported. */
  readonly unreadableYears?: readonly UnreadableYear[];
}

/** A long table's row whose year cell shows something that is not a year (`20x1`, `N`). */
export interface UnreadableYear {
  readonly name: string;
  /** A1 address of the year cell, without the sheet. */
  readonly cell: string;
  readonly shown: string;
}
