/** Properties of the value parser: any cell is read without an exception, into a well-formed result. */
import fc from "fast-check";
import type { Cell } from "../../../src/domain/snapshot";
import type { Parsed, Quantity } from "../../../src/domain/values/types";
import { formatNumberFr, formatQuantity, parseFrenchNumber, parseResult, parseTarget } from "../../../src/domain/values";
import { textCell } from "../../helpers/cells";
import { anyCell, anyText } from "../arbitraries/cells";
import { EXCEL_ERRORS, NOT_APPLICABLE_MARKERS } from "../arbitraries/vocabulary";
import { deepFreeze } from "../deep-freeze";
import { atMost, fuzzIt, type FuzzSettings } from "../fuzz-it";

const KINDS = ["empty", "not_applicable", "excel_error", "unreadable", "value"];
const DIMENSIONS = ["percent", "duration", "count", "score"];
const COMPARATORS = [">", ">=", "<", "<=", null];

function expectWellFormed(parsed: Parsed<Quantity>): void {
  expect(KINDS).toContain(parsed.kind);
  if (parsed.kind === "empty") return;
  expect(typeof parsed.raw).toBe("string");
  if (parsed.kind !== "value") return;
  expect(Number.isFinite(parsed.quantity.value)).toBe(true);
  expect(DIMENSIONS).toContain(parsed.quantity.dimension);
  expect(typeof parsed.quantity.bare).toBe("boolean");
  expect(typeof formatQuantity(parsed.quantity)).toBe("string");
}

const padded = (marker: string): fc.Arbitrary<string> =>
  fc.tuple(fc.constantFrom("", " ", "  ", "\u00a0"), fc.constantFrom("", " ", "\u00a0")).map(([before, after]) => before + marker + after);

export function describeValueProperties(settings: FuzzSettings): void {
  describe("the value parser", () => {
    fuzzIt(
      "reads any cell as a result without throwing, into a well-formed outcome with a finite value",
      fc.property(anyCell, (cell: Cell) => expectWellFormed(parseResult(deepFreeze(cell)))),
      settings,
    );

    fuzzIt(
      "reads any cell as a target without throwing, with a known comparator",
      fc.property(anyCell, (cell: Cell) => {
        const parsed = parseTarget(deepFreeze(cell));
        expectWellFormed(parsed);
        if (parsed.kind === "value") expect(COMPARATORS).toContain(parsed.quantity.comparator);
      }),
      settings,
    );

    fuzzIt(
      "gives the same answer twice for the same cell",
      fc.property(anyCell, (cell: Cell) => {
        const frozen = deepFreeze(cell);
        expect(parseResult(frozen)).toEqual(parseResult(frozen));
        expect(parseTarget(frozen)).toEqual(parseTarget(frozen));
      }),
      settings,
    );

    fuzzIt(
      "reads every not-applicable marker, padded with spaces, as not applicable (never as zero)",
      fc.property(fc.constantFrom(...NOT_APPLICABLE_MARKERS).chain(padded), (text: string) => {
        expect(parseResult(textCell(text)).kind).toBe("not_applicable");
      }),
      atMost(settings, 1000),
    );

    fuzzIt(
      "reads every Excel error value as an Excel error",
      fc.property(fc.constantFrom(...EXCEL_ERRORS), (error: string) => {
        const cell: Cell = { value: { error }, text: error, numberFormat: "General", formula: null };
        expect(parseResult(cell).kind).toBe("excel_error");
        expect(parseTarget(cell).kind).toBe("excel_error");
      }),
      atMost(settings, 1000),
    );

    fuzzIt(
      "parses any text as a French number without throwing, into a finite number or null",
      fc.property(anyText, (text: string) => {
        const parsed = parseFrenchNumber(text);
        if (parsed !== null) expect(Number.isFinite(parsed)).toBe(true);
      }),
      settings,
    );

    fuzzIt(
      "parses back what formatNumberFr writes, for whole numbers",
      fc.property(fc.integer({ min: 0, max: 999_999_999_999 }), (n: number) => {
        expect(parseFrenchNumber(formatNumberFr(n))).toBe(n);
      }),
      settings,
    );

    fuzzIt(
      "parses back what formatNumberFr writes, for numbers with two decimals",
      fc.property(fc.integer({ min: 0, max: 99_999_999 }), (cents: number) => {
        expect(parseFrenchNumber(formatNumberFr(cents / 100, 2))).toBeCloseTo(cents / 100, 9);
      }),
      settings,
    );
  });
}
