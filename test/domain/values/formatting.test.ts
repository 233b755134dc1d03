import { formatChange, formatNumberFr, formatQuantity } from "../../../src/domain/values";
import type { Quantity } from "../../../src/domain/values";
import { bare, count, pct, score, span } from "./quantities";

const NBSP = "\u00A0";
const NNBSP = "\u202F";
const MINUS = "\u2212";

describe("formatNumberFr", () => {
  it.each<[number, number | undefined, string]>([
    [94, undefined, "94"],
    [1.5, undefined, "1,5"],
    [95.16, undefined, "95,16"],
    [95.166, undefined, "95,17"],
    [1.005, undefined, "1,01"],
    [2.5, 0, "3"],
    [94.08, 1, "94,1"],
    [1.10, undefined, "1,1"],
    [1234.5, undefined, `1${NNBSP}234,5`],
    [1234567, undefined, `1${NNBSP}234${NNBSP}567`],
    [-3.5, undefined, `${MINUS}3,5`],
    [-0.001, undefined, "0"],
    [0, undefined, "0"],
    [-0, undefined, "0"],
    [1e21, undefined, `1${`${NNBSP}000`.repeat(7)}`],
  ])("writes %d with at most %j decimals as %j", (n, maxDecimals, expected) => {
    expect(formatNumberFr(n, maxDecimals)).toBe(expected);
  });
});

describe("formatQuantity", () => {
  it.each<[string, Quantity, string]>([
    ["a whole percentage", pct(94), `94${NBSP}%`],
    ["a percentage with decimals", pct(95.16), `95,16${NBSP}%`],
    ["a percentage to round", pct(95.2), `95,2${NBSP}%`],
    ["days", span(1.5, "jours"), `1,5${NBSP}j`],
    ["working days", span(5, "jours", true), `5${NBSP}j ouvrés`],
    ["hours", span(36, "heures"), `36${NBSP}h`],
    ["minutes", span(10, "minutes"), `10${NBSP}min`],
    ["seconds", span(45, "secondes"), `45${NBSP}s`],
    ["a rate of users", count(6, "usagers par jour"), `6${NBSP}usagers par jour`],
    ["exercises per year", count(4, "exercices/an"), `4${NBSP}exercices/an`],
    ["a per-year count with no noun", count(4, "/an"), "4/an"],
    ["a score", score(2.75, 5), `2,75 sur 5`],
    ["a bare number", bare(14), "14"],
    ["a large bare number", bare(15860), `15${NNBSP}860`],
  ])("writes %s as %j", (_label, q, expected) => {
    expect(formatQuantity(q)).toBe(expected);
  });
});

describe("formatChange", () => {
  it.each<[number, Quantity, string]>([
    [4, pct(94), `+4${NBSP}points`],
    [-1, pct(94), `${MINUS}1${NBSP}point`],
    [-2, pct(5), `${MINUS}2${NBSP}points`],
    [0, pct(94), `0${NBSP}point`],
    [0.001, pct(94), `0${NBSP}point`],
    [1.5, pct(94), `+1,5${NBSP}point`],
    [1.996, pct(94), `+2${NBSP}points`],
    [-1.99, span(3, "jours"), `${MINUS}1,99${NBSP}jour`],
    [0.5, pct(94), `+0,5${NBSP}point`],
    [0.1, span(1.5, "jours"), `+0,1${NBSP}jour`],
    [0.1 + 0.2 - 0.2, span(1.5, "jours"), `+0,1${NBSP}jour`],
    [-2, span(1, "jours"), `${MINUS}2${NBSP}jours`],
    [-3.5, span(1.5, "jours"), `${MINUS}3,5${NBSP}jours`],
    [2, span(5, "jours", true), `+2${NBSP}jours ouvrés`],
    [1, span(1, "heures"), `+1${NBSP}heure`],
    [-10, span(10, "minutes"), `${MINUS}10${NBSP}minutes`],
    [3, bare(14), "+3"],
    [-3, bare(14), `${MINUS}3`],
    [3, count(6, "usagers par jour"), `+3${NBSP}usagers par jour`],
    [1, count(4, "/an"), "+1/an"],
    [1, count(6, "usagers par jour"), `+1${NBSP}usager par jour`],
    [0, count(4, "exercices/an"), `0${NBSP}exercice/an`],
    [-1, count(4, "exercices"), `${MINUS}1${NBSP}exercice`],
    [2, count(4, "exercices"), `+2${NBSP}exercices`],
    [0.25, score(2.75, 5), `+0,25${NBSP}point`],
  ])("writes a change of %d for %j as %j", (delta, q, expected) => {
    expect(formatChange(delta, q)).toBe(expected);
  });
});
