/** Random cells of every kind a snapshot can hold. */
import fc from "fast-check";
import type { Cell, CellValue } from "../../../src/domain/snapshot";
import { EXCEL_ERRORS, NOT_APPLICABLE_MARKERS, ODD_TEXT, VALUE_SPELLINGS } from "./vocabulary";

const NUMBER_FORMATS = ["General", "0%", "0.00%", "0.00", "0", "dd/mm/yyyy", "mmm-yy", "@", "[h]:mm", "# ##0", ";;;"] as const;

export const anyNumber: fc.Arbitrary<number> = fc.oneof(
  { arbitrary: fc.double(), weight: 3 },
  { arbitrary: fc.integer({ min: -1000, max: 100000 }), weight: 3 },
  { arbitrary: fc.double({ min: 0, max: 1, noNaN: true }), weight: 3 },
  { arbitrary: fc.constantFrom(Number.NaN, Infinity, -Infinity, -0, 1e308, -1e308, 5e-324, Number.MAX_SAFE_INTEGER + 2), weight: 1 },
  // Excel date serial numbers, 2000 to 2030.
  { arbitrary: fc.integer({ min: 36526, max: 47849 }), weight: 1 },
);

const hugeString = fc
  .tuple(fc.constantFrom("9", "94 %", "é", "\u200B", "\uD800"), fc.integer({ min: 1000, max: 20000 }))
  .map(([unit, times]) => unit.repeat(times));

export const anyText: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constantFrom(...VALUE_SPELLINGS), weight: 6 },
  { arbitrary: fc.constantFrom(...NOT_APPLICABLE_MARKERS), weight: 2 },
  { arbitrary: fc.constantFrom(...ODD_TEXT), weight: 2 },
  { arbitrary: fc.string(), weight: 2 },
  { arbitrary: fc.string({ unit: "binary" }), weight: 2 },
  { arbitrary: fc.string({ unit: "grapheme" }), weight: 1 },
  {
    arbitrary: fc
      .tuple(fc.constantFrom(...VALUE_SPELLINGS, ...ODD_TEXT), fc.constantFrom(...VALUE_SPELLINGS, ...ODD_TEXT), fc.constantFrom("", " ", "\u00a0"))
      .map(([left, right, glue]) => left + glue + right),
    weight: 2,
  },
  { arbitrary: hugeString, weight: 1 },
);

export const anyCellValue: fc.Arbitrary<CellValue> = fc.oneof(
  { arbitrary: fc.constant(null), weight: 2 },
  { arbitrary: anyNumber, weight: 4 },
  { arbitrary: anyText, weight: 5 },
  { arbitrary: fc.boolean(), weight: 1 },
  { arbitrary: fc.constantFrom(...EXCEL_ERRORS).map((error) => ({ error })), weight: 1 },
);

/** The text Excel would display for a value, or something that disagrees with it (cells are not always consistent). */
function displayedText(value: CellValue, numberFormat: string): string {
  if (value === null) return "";
  if (typeof value === "number") return numberFormat.includes("%") ? `${Math.round(value * 100)} %` : String(value).replace(".", ",");
  if (typeof value === "boolean") return value ? "VRAI" : "FAUX";
  if (typeof value === "string") return value;
  return value.error;
}

export const anyCell: fc.Arbitrary<Cell> = fc
  .record({
    value: anyCellValue,
    numberFormat: fc.oneof({ arbitrary: fc.constantFrom(...NUMBER_FORMATS), weight: 9 }, { arbitrary: fc.string(), weight: 1 }),
    formula: fc.oneof(
      { arbitrary: fc.constant(null), weight: 8 },
      { arbitrary: fc.constantFrom("=B2/C2", "=SOMME(C4:C9)", "=1/0", "=NA()", "=\"94 %\""), weight: 2 },
    ),
    disagreeingText: fc.oneof({ arbitrary: fc.constant(null), weight: 8 }, { arbitrary: anyText, weight: 1 }),
  })
  .map(({ value, numberFormat, formula, disagreeingText }) => ({
    value,
    numberFormat,
    formula,
    text: disagreeingText ?? displayedText(value, numberFormat),
  }));
