import fc from "fast-check";
import { round2, roundHalfAway } from "../../../src/domain/values/rounding";

describe("round2", () => {
  it.each<[number, number]>([
    [94 - 90, 4],
    [0.1 + 0.2, 0.3],
    [52.875, 52.88],
    [-0.001, 0],
    [1.005, 1.01],
    [1e308, 1e308],
    [-1e308, -1e308],
    [2 ** 60, 2 ** 60],
    [2.675, 2.68],
    [1e-7, 0],
    [-1.995, -2],
  ])("rounds %d to %d", (value, expected) => {
    expect(round2(value)).toBe(expected);
  });

  it("never turns a finite number into Infinity", () => {
    expect(Number.isFinite(round2(Number.MAX_VALUE))).toBe(true);
  });
});

describe("roundHalfAway on numbers already within the decimals asked", () => {
  /** Rounding on the decimal spelling, with no shortcut: what roundHalfAway must always agree with. */
  const bySpelling = (value: number, decimals: number): number => {
    const magnitude = Math.abs(value);
    if (!Number.isFinite(value) || magnitude >= 1e15) return value;
    const [mantissa, exponent = "0"] = String(magnitude).split("e");
    const shifted = Number(`${mantissa}e${Number(exponent) + decimals}`);
    if (!Number.isFinite(shifted)) return value;
    const rounded = Number(`${Math.round(shifted)}e-${decimals}`);
    if (!Number.isFinite(rounded)) return value;
    return rounded === 0 ? 0 : Math.sign(value) * rounded;
  };

  it("gives the same number as rounding its spelling, integers and large numbers included", () => {
    const decimals = fc.integer({ min: 0, max: 10 });
    const spelledShort = fc.tuple(fc.integer({ min: -(10 ** 15), max: 10 ** 15 }), fc.integer({ min: 0, max: 6 })).map(([n, shift]) => n / 10 ** shift);
    fc.assert(
      fc.property(fc.oneof(spelledShort, fc.double({ noNaN: true }), fc.constantFrom(0, -0, 123456789012345, 3799698923064.4253)), decimals, (value, places) => {
        expect(Object.is(roundHalfAway(value, places), bySpelling(value, places))).toBe(true);
      }),
      { numRuns: 20_000 },
    );
  });
});
