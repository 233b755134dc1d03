import { parseResult, parseTarget } from "../../../src/domain/values";
import { numberCell, textCell } from "../../helpers/cells";

describe("counts and rates", () => {
  it.each([
    ["14", 14, null, true],
    ["1 234", 1234, null, true],
    ["6 usagers par jour", 6, "usagers par jour", false],
    ["6 usagers/jour", 6, "usagers/jour", false],
    ["6 usagers / jour", 6, "usagers/jour", false],
    ["6 Usagers par jour", 6, "usagers par jour", false],
    ["4/an", 4, "/an", false],
    ["4 exercices/an", 4, "exercices/an", false],
    ["4 exercices", 4, "exercices", false],
    ["1 par mois", 1, "par mois", false],
    ["2 fois par an", 2, "fois par an", false],
    ["3 COD", 3, "COD", false],
    ["1 234 appels", 1234, "appels", false],
    ["12 réclamations", 12, "réclamations", false],
    ["3 d'entre eux", 3, "d'entre eux", false],
  ])("reads %j as the count %d with unit %j (bare: %s)", (text, value, unit, bare) => {
    expect(parseResult(textCell(text))).toEqual({
      kind: "value",
      raw: text,
      quantity: { dimension: "count", value, unit, bare },
    });
  });

  it.each([
    [14, "0", "14"],
    [6, "General", "6"],
    [1234, "# ##0", "1 234"],
  ])("reads the number %d formatted %j as a bare count", (value, format, text) => {
    expect(parseResult(numberCell(value, format, text))).toEqual({
      kind: "value",
      raw: text,
      quantity: { dimension: "count", value, unit: null, bare: true },
    });
  });

  it.each([
    [6, '0" usagers par jour"', "6 usagers par jour", "count", "usagers par jour"],
    [1.5, '0,0" jours"', "1,5 jours", "duration", "jours"],
    [5, '0\\ \\j', "5 j", "duration", "jours"],
    [94, '0" %"', "94 %", "percent", "%"],
  ])("takes the unit of %d from its format %j, and the number from the cell", (value, format, text, dimension, unit) => {
    expect(parseResult(numberCell(value, format, text))).toMatchObject({
      kind: "value",
      quantity: { dimension, value, unit, bare: false },
    });
  });
});

describe("scores", () => {
  it.each([
    ["2,75 sur 5", 2.75, 5],
    ["8/10", 8, 10],
    ["8 / 10", 8, 10],
    ["15,5/20", 15.5, 20],
    ["4 sur 4", 4, 4],
  ])("reads %j as %d on a scale of %d", (text, value, scale) => {
    expect(parseResult(textCell(text))).toMatchObject({
      kind: "value",
      quantity: { dimension: "score", value, scale, bare: false },
    });
  });

  it("reads '≥ 8/10' as a target score with its comparator", () => {
    expect(parseTarget(textCell("≥ 8/10"))).toMatchObject({
      quantity: { comparator: ">=", dimension: "score", value: 8, scale: 10 },
    });
  });

  it.each([["11/10"], ["01/2021"], ["3 sur 0"], ["-1/5"]])("does not read %j as a score", (text) => {
    expect(parseResult(textCell(text)).kind).toBe("unreadable");
  });
});
