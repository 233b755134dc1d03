import { round2 } from "../../../src/domain/values/rounding";

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
