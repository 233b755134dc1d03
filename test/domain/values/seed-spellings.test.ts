import { parseResult, parseTarget } from "../../../src/domain/values";
import { textCell } from "../../helpers/cells";

describe("the seed's 2021 table", () => {
  it.each([
    ["94 %", "percent", 94, "%"],
    ["18 %", "percent", 18, "%"],
    ["5 %", "percent", 5, "%"],
    ["6 usagers par jour", "count", 6, "usagers par jour"],
    ["100 %", "percent", 100, "%"],
    ["1,5 jours", "duration", 1.5, "jours"],
    ["14", "count", 14, null],
    ["4 exercices", "count", 4, "exercices"],
  ])("reads the result %j as a %s of %d in %j", (text, dimension, value, unit) => {
    const parsed = parseResult(textCell(text));
    expect(parsed).toMatchObject({ kind: "value", raw: text, quantity: { dimension, value, unit } });
  });

  it.each([
    [">90 %", ">", "percent", 90, "%"],
    ["5 %", null, "percent", 5, "%"],
    ["2 %", null, "percent", 2, "%"],
    ["> 80 %", ">", "percent", 80, "%"],
    ["5 jours", null, "duration", 5, "jours"],
    ["0,00", null, "count", 0, null],
    ["4 exercices/an", null, "count", 4, "exercices/an"],
    ["100 % en 1 h", null, "percent", 100, "%"],
  ])("reads the target %j with comparator %j as a %s of %d in %j", (text, comparator, dimension, value, unit) => {
    const parsed = parseTarget(textCell(text));
    expect(parsed).toMatchObject({ kind: "value", raw: text, quantity: { comparator, dimension, value, unit } });
  });

  it("reads the limit of '100 % en 1 h' as one hour", () => {
    expect(parseTarget(textCell("100 % en 1 h"))).toMatchObject({
      quantity: { within: { dimension: "duration", value: 1, unit: "heures" } },
    });
  });

  it("reads '/' as not applicable, not as zero", () => {
    expect(parseResult(textCell("/"))).toEqual({ kind: "not_applicable", raw: "/" });
  });

  it("reads '0,00' as a bare zero that the analysis must judge", () => {
    expect(parseTarget(textCell("0,00"))).toMatchObject({ quantity: { value: 0, bare: true } });
  });
});
