import { inUnitOf } from "../../../src/domain/values";
import type { Quantity } from "../../../src/domain/values";
import { bare, count, pct, score, span } from "./quantities";

describe("inUnitOf", () => {
  it.each<[string, Quantity, Quantity, number]>([
    ["36 h in days", span(36, "heures"), span(2, "jours"), 1.5],
    ["36 h in working days", span(36, "heures"), span(2, "jours", true), 1.5],
    ["1,5 days in hours", span(1.5, "jours"), span(48, "heures"), 36],
    ["90 minutes in hours", span(90, "minutes"), span(1, "heures"), 1.5],
    ["45 s in minutes", span(45, "secondes"), span(1, "minutes"), 0.75],
    ["1,4 days in days", span(1.4, "jours"), span(5, "jours"), 1.4],
    ["94 % in %", pct(94), pct(90), 94],
    ["4 exercices in exercices/an", count(4, "exercices"), count(4, "exercices/an"), 4],
    ["4 exercices/an in /an", count(4, "exercices/an"), count(4, "/an"), 4],
    ["1 exercice in exercices par an", count(1, "exercice"), count(4, "exercices par an"), 1],
    ["6 usagers par jour in usagers/jour", count(6, "usagers par jour"), count(5, "usagers/jour"), 6],
    ["a bare 14 in any count", bare(14), count(10, "activations"), 14],
    ["a count in a bare number", count(4, "exercices"), bare(4), 4],
    ["a bare 0 in %", bare(0), pct(100), 0],
    ["a score on 5 on a scale of 10", score(4, 5), score(8, 10), 8],
    ["a score on the same scale", score(2.75, 5), score(3, 5), 2.75],
  ])("gives %s as %d", (_label, q, reference, expected) => {
    expect(inUnitOf(q, reference)).toBeCloseTo(expected, 9);
  });

  it.each<[string, Quantity, Quantity]>([
    ["a percentage and a duration", pct(94), span(5, "jours")],
    ["a duration and a percentage", span(5, "jours"), pct(94)],
    ["a percentage and a count", pct(94), count(4, "exercices")],
    ["counts of different things", count(4, "exercices"), count(4, "usagers")],
    ["rates over different periods", count(6, "usagers par jour"), count(100, "usagers par mois")],
    ["a score and a percentage", score(4, 5), pct(80)],
    ["a non-finite value", pct(Number.NaN), pct(90)],
  ])("refuses %s", (_label, q, reference) => {
    expect(inUnitOf(q, reference)).toBeNull();
  });
});
