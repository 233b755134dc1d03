import fc from "fast-check";
import type { Cell, CellValue } from "../../../src/domain/snapshot";
import {
  formatChange,
  formatNumberFr,
  formatQuantity,
  inUnitOf,
  parseFrenchNumber,
  parseResult,
  parseTarget,
} from "../../../src/domain/values";
import type { Parsed, Quantity } from "../../../src/domain/values";

const FORMATS = ["General", "0%", "0.00%", "0.00", "0", "@", "[h]:mm", "mm:ss", "hh:mm:ss", "dd/mm/yyyy", '0" jours"', "# ##0", ";;;"];
const ERRORS = ["#N/A", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#NULL!", "#SPILL!", "#CALC!"];
const SPELLINGS = ["94 %", ">90 %", "1,5 jours", "6 usagers par jour", "4 exercices/an", "100 % en 1 h", "≥ 8/10", "/", "NC", "1h30", "02:30"];

const anyText = fc.oneof(
  fc.string(),
  fc.string({ unit: "grapheme" }),
  fc.string({ unit: "binary" }),
  fc.constantFrom(...SPELLINGS),
  fc.tuple(fc.constantFrom(...SPELLINGS), fc.string(), fc.constantFrom(...SPELLINGS)).map(([a, b, c]) => a + b + c),
  fc.tuple(fc.constantFrom("9", "94 %", "é", "\u200B", "\uD800", "1 ", "> "), fc.integer({ min: 500, max: 5000 })).map(([s, n]) => s.repeat(n)),
);

const anyValue: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.double(),
  fc.constantFrom(Number.NaN, Infinity, -Infinity, -0, 1e308, -1e308, 5e-324),
  fc.boolean(),
  anyText,
  fc.constantFrom(...ERRORS).map((error) => ({ error })),
);

const anyCell: fc.Arbitrary<Cell> = fc.record({
  value: anyValue,
  text: anyText,
  numberFormat: fc.oneof(fc.constantFrom(...FORMATS), fc.string()),
  formula: fc.option(fc.constantFrom("=B2/C2", "=NA()"), { nil: null }),
});

function expectUsable(parsed: Parsed<Quantity>): void {
  if (parsed.kind === "empty") return;
  expect(typeof parsed.raw).toBe("string");
  if (parsed.kind !== "value") return;
  expect(Number.isFinite(parsed.quantity.value)).toBe(true);
  expect(formatQuantity(parsed.quantity)).not.toBe("");
  expect(inUnitOf(parsed.quantity, parsed.quantity)).toBeCloseTo(parsed.quantity.value, 6);
  expect(typeof formatChange(1, parsed.quantity)).toBe("string");
}

describe("the value grammar, whatever the cell holds", () => {
  it("reads any cell as a result without throwing, into a usable outcome", () => {
    fc.assert(fc.property(anyCell, (cell) => expectUsable(parseResult(cell))), { numRuns: 3000 });
  });

  it("reads any cell as a target without throwing, with a known comparator", () => {
    fc.assert(
      fc.property(anyCell, (cell) => {
        const parsed = parseTarget(cell);
        expectUsable(parsed);
        if (parsed.kind === "value") expect([">", ">=", "<", "<=", null]).toContain(parsed.quantity.comparator);
      }),
      { numRuns: 3000 },
    );
  });

  it("reads any text as a French number or null, never as a non-finite number", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const n = parseFrenchNumber(text);
        expect(n === null || Number.isFinite(n)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it("reads back what formatNumberFr writes, to the rounding it applies", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e15, max: 1e15 }), fc.integer({ min: 0, max: 6 }), (x, decimals) => {
        const back = parseFrenchNumber(formatNumberFr(x, decimals));
        expect(back).not.toBeNull();
        expect(Math.abs((back as number) - x)).toBeLessThanOrEqual(0.5 * 10 ** -decimals * (1 + 1e-9) + Math.abs(x) * 1e-15);
      }),
      { numRuns: 3000 },
    );
  });

  it("reads back what formatNumberFr writes for huge numbers, to double precision", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true, min: 1e15, max: 1e300 }), (x) => {
        const back = parseFrenchNumber(formatNumberFr(x));
        expect(back).not.toBeNull();
        expect(Math.abs((back as number) - x) / x).toBeLessThan(1e-12);
      }),
      { numRuns: 1000 },
    );
  });

  it("reads back any percentage it writes", () => {
    fc.assert(
      fc.property(fc.integer({ min: -100_000, max: 100_000 }), (hundredths) => {
        const value = hundredths / 100;
        const q: Quantity = { value, dimension: "percent", unit: "%", bare: false };
        const text = formatQuantity(q);
        expect(parseResult({ value: text, text, numberFormat: "General", formula: null })).toMatchObject({
          kind: "value",
          quantity: { dimension: "percent", value },
        });
      }),
      { numRuns: 2000 },
    );
  });
});
