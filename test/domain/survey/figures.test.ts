import { marginOfError, questionFigures, SCALE_BY_KIND } from "../../../src/domain/survey";
import { formatMargin } from "../../../src/domain/survey/sentence";

describe("per-question figures", () => {
  it("gives a margin of ± 7,8 points at n = 100 and p = 80 %", () => {
    const margin = marginOfError(0.8, 100);
    expect(margin).toBeCloseTo(7.84, 2);
    expect(formatMargin(margin ?? 0)).toBe("±\u00a07,8\u00a0points");
  });

  it("gives no margin with no answer, and none to speak of when everyone agrees", () => {
    expect(marginOfError(0, 0)).toBeNull();
    expect(marginOfError(1, 50)).toBe(0);
  });

  it("counts each level, the satisfied and the dissatisfied, and computes the rates by hand", () => {
    const levels = ["Très satisfait", "Très satisfait", "Plutôt satisfait", "Plutôt pas satisfait", "Pas du tout satisfait"];
    const figures = questionFigures(SCALE_BY_KIND.satisfaction, levels);
    expect(figures).toMatchObject({
      n: 5,
      counts: { "Très satisfait": 2, "Plutôt satisfait": 1, "Plutôt pas satisfait": 1, "Pas du tout satisfait": 1 },
      satisfied: 3,
      dissatisfied: 2,
      satisfactionRate: 60,
      netRate: 20,
      mean: null,
    });
    // 1,96 × √(0,6 × 0,4 ÷ 5) × 100 = 42,94
    expect(figures.margin).toBeCloseTo(42.94, 2);
  });

  it("keeps every level of the scale in the counts, answered or not", () => {
    expect(questionFigures(SCALE_BY_KIND.yes_no, ["Oui"]).counts).toEqual({ Oui: 1, Non: 0 });
  });

  it.each<["score_1_5" | "score_0_10", readonly string[], number, number, number]>([
    // 1–5: satisfied ≥ 4, dissatisfied ≤ 2
    ["score_1_5", ["5", "4", "3", "2", "1"], 40, 0, 3],
    ["score_1_5", ["4", "4", "3", "5"], 75, 75, 4],
    // 0–10: satisfied ≥ 8, dissatisfied ≤ 4
    ["score_0_10", ["10", "8", "7", "5", "4", "0"], 33.33, 0, 5.67],
    ["score_0_10", ["9", "8"], 100, 100, 8.5],
  ])("rates the %s scores %j: %s % satisfied, net %s, mean %s", (kind, levels, rate, net, mean) => {
    const figures = questionFigures(SCALE_BY_KIND[kind], levels);
    expect(figures.satisfactionRate).toBeCloseTo(rate, 2);
    expect(figures.netRate).toBeCloseTo(net, 2);
    expect(figures.mean).toBeCloseTo(mean, 2);
  });

  it("has no rate, no margin and no mean without an answer", () => {
    expect(questionFigures(SCALE_BY_KIND.score_1_5, [])).toMatchObject({ n: 0, satisfactionRate: null, netRate: null, margin: null, mean: null });
  });
});
