/**
 * Random sheets and workbooks: grids of any cells, with (often) a header row drawn from DOMAIN.md's
 * synonyms, sometimes with sub-headings below it, so that indicator tables (long ones too) and
 * telephony tables are found, indicator-like rows under it, and random merged areas.
 */
import fc from "fast-check";
import { EMPTY_CELL, type Cell, type CellRange, type SheetSnapshot, type WorkbookSnapshot } from "../../../src/domain/snapshot";
import { textCell } from "../../helpers/cells";
import { anyCell, anyText } from "./cells";
import { HEADER_WORDS, MONTH_LABELS, NOT_APPLICABLE_MARKERS, PROTOTYPE_KEYS, SHEET_NAMES, VALUE_SPELLINGS } from "./vocabulary";

type HeaderLayout = readonly (readonly string[])[];

/** Header layouts: each column's candidate words, left to right. */
const LAYOUTS: readonly HeaderLayout[] = [
  [HEADER_WORDS.theme, HEADER_WORDS.name, HEADER_WORDS.result, HEADER_WORDS.target, HEADER_WORDS.comment],
  [HEADER_WORDS.name, HEADER_WORDS.result],
  [HEADER_WORDS.optional, HEADER_WORDS.theme, HEADER_WORDS.name, HEADER_WORDS.result, HEADER_WORDS.target, HEADER_WORDS.optional],
  [HEADER_WORDS.name, HEADER_WORDS.target, ["2019"], ["2020"], ["2021"]],
  [HEADER_WORDS.name, ["2020"], [""], ["2021"], [""]],
  [HEADER_WORDS.year, HEADER_WORDS.theme, HEADER_WORDS.name, HEADER_WORDS.result, HEADER_WORDS.target],
  [HEADER_WORDS.month, HEADER_WORDS.received, HEADER_WORDS.answered],
  [HEADER_WORDS.month, HEADER_WORDS.received, HEADER_WORDS.lost],
];

const headerRow: fc.Arbitrary<readonly string[]> = fc
  .constantFrom(...LAYOUTS)
  .chain((layout) => fc.tuple(...layout.map((words) => fc.constantFrom(...words))));

/** A cell that looks like what sits under a header: a value spelling, a marker, a month, or anything. */
const tableCell: fc.Arbitrary<Cell> = fc.oneof(
  { arbitrary: fc.constantFrom(...VALUE_SPELLINGS, ...NOT_APPLICABLE_MARKERS, ...MONTH_LABELS, ...PROTOTYPE_KEYS).map(textCell), weight: 4 },
  { arbitrary: fc.integer({ min: -50, max: 5000 }).map((n) => ({ value: n, text: String(n), numberFormat: "General", formula: null })), weight: 2 },
  { arbitrary: fc.double({ min: -0.5, max: 1.5, noNaN: true }).map((n) => ({ value: n, text: `${Math.round(n * 100)} %`, numberFormat: "0%", formula: null })), weight: 2 },
  { arbitrary: anyCell, weight: 3 },
);

/** A merge candidate anywhere in a 16 × 8 area; validMerges keeps those that fit the grid. */
const anyMerge: fc.Arbitrary<CellRange> = fc
  .tuple(fc.nat(15), fc.nat(7), fc.nat(3), fc.nat(2))
  .map(([row, column, height, width]) => ({ top: row, left: column, bottom: row + height, right: column + width }));

const overlaps = (a: CellRange, b: CellRange): boolean =>
  a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;

/** Merged areas as Excel allows them: inside the grid, not overlapping, more than one cell (offsets → 1-based). */
function validMerges(candidates: readonly CellRange[], rows: number, columns: number, origin: { row: number; column: number }): CellRange[] {
  const kept: CellRange[] = [];
  for (const merge of candidates) {
    const inside = merge.bottom < rows && merge.right < columns;
    const single = merge.top === merge.bottom && merge.left === merge.right;
    if (inside && !single && !kept.some((other) => overlaps(other, merge))) kept.push(merge);
  }
  return kept.map((merge) => ({
    top: origin.row + merge.top,
    left: origin.column + merge.left,
    bottom: origin.row + merge.bottom,
    right: origin.column + merge.right,
  }));
}

/** Rows cut or padded to the first row's width, as a used range is rectangular. */
function rectangular(rows: readonly (readonly Cell[])[]): Cell[][] {
  const width = rows[0]?.length ?? 0;
  return rows.map((row) => Array.from({ length: width }, (_, column) => row[column] ?? EMPTY_CELL));
}

/**
 * Built from plain arrays, records and options (no chain), so that fast-check shrinks a failing
 * workbook down to a few cells.
 */
const sheetBody: fc.Arbitrary<Omit<SheetSnapshot, "name">> = fc
  .record({
    rows: fc.array(fc.array(tableCell, { minLength: 1, maxLength: 8 }), { maxLength: 16 }),
    origin: fc.record({ row: fc.integer({ min: 1, max: 4 }), column: fc.integer({ min: 1, max: 3 }) }),
    header: fc.option(fc.tuple(headerRow, fc.nat(15)), { freq: 5 }),
    subHeadings: fc.option(fc.array(fc.constantFrom(...HEADER_WORDS.subHeading), { maxLength: 6 }), { freq: 2 }),
    merges: fc.array(anyMerge, { maxLength: 4 }),
    generatedTag: fc.oneof({ arbitrary: fc.constant(null), weight: 9 }, { arbitrary: fc.constantFrom("summary:2021", "checks:2021"), weight: 1 }),
    visible: fc.oneof({ arbitrary: fc.constant(true), weight: 9 }, { arbitrary: fc.constant(false), weight: 1 }),
  })
  .map(({ rows, origin, header, subHeadings, merges, generatedTag, visible }) => {
    const cells = rectangular(rows);
    const columns = cells[0]?.length ?? 0;
    if (header && cells.length > 0) {
      const [words, at] = header;
      words.slice(0, columns).forEach((word, column) => (cells[at % cells.length][column] = textCell(word)));
      const below = (at % cells.length) + 1;
      if (subHeadings && below < cells.length) subHeadings.slice(0, columns).forEach((word, column) => (cells[below][column] = textCell(word)));
    }
    return { origin, cells, merges: validMerges(merges, cells.length, columns, origin), generatedTag, visible };
  });

const sheetName: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constantFrom(...SHEET_NAMES), weight: 4 },
  { arbitrary: fc.string({ minLength: 1, maxLength: 31 }), weight: 1 },
  { arbitrary: anyText.map((text) => text.slice(0, 31) || "Feuil"), weight: 1 },
);

export const anySheet: fc.Arbitrary<SheetSnapshot> = fc
  .tuple(sheetName, sheetBody)
  .map(([name, sheet]) => ({ name, ...sheet }));

/** A workbook of 0 to 4 sheets with distinct names (Excel compares them case-insensitively). */
export const anyWorkbook: fc.Arbitrary<WorkbookSnapshot> = fc
  .uniqueArray(anySheet, { maxLength: 4, selector: (sheet) => sheet.name.toLowerCase() })
  .map((sheets) => ({ sheets }));

export const anyYear: fc.Arbitrary<number | undefined> = fc.oneof(
  { arbitrary: fc.constant(undefined), weight: 4 },
  { arbitrary: fc.integer({ min: 2015, max: 2025 }), weight: 2 },
  { arbitrary: fc.constantFrom(1900, 2000, 2999), weight: 1 },
);
