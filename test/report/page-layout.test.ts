import { landscapePageCapacity, wouldSplit } from "../../src/report/page-layout";

const rowsOf = (height: number) => () => height;

describe("page layout estimates", () => {
  it("holds more rows on a page when wide columns shrink the print", () => {
    expect(landscapePageCapacity([200])).toBeGreaterThan(landscapePageCapacity([100]));
  });

  it("holds the printable height at 100 % when the columns already fit", () => {
    expect(landscapePageCapacity([10, 10])).toBeCloseTo((595 - 108) * 0.98, 5);
  });

  it.each([
    [1, 13, 200, false],
    [5, 14, 200, true],
    [10, 25, 200, true],
    [30, 35, 200, false],
  ])("rows %i to %i of 15 points on %i-point pages split: %s", (first, last, capacity, split) => {
    expect(wouldSplit(rowsOf(15), first, last, capacity, 0)).toBe(split);
  });
});
