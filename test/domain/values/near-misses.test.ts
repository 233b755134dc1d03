import { parseResult, parseTarget } from "../../../src/domain/values";
import { textCell } from "../../helpers/cells";

describe("text that is not a value", () => {
  it.each([
    ["94 %%", false],
    ["abc", false],
    ["12 pommes 3", false],
    ["94 % des usagers satisfaits", false],
    ["environ 90 %", false],
    ["90 à 95 %", false],
    ["% 94", false],
    ["1,2,3", false],
    ["néant", false],
    ["aucun", false],
    ["oui", false],
    ["5 jours fériés", false],
    ["=A1", true],
    ["=SOMME(A1:A3)", true],
    ["+33 4 71 46 23 00", true],
    ["@cible", true],
    ["-abc", true],
    ["+", true],
    ["= 94 %", true],
  ])("reads %j as unreadable (formula-like: %s)", (text, formulaLike) => {
    expect(parseResult(textCell(text))).toEqual({ kind: "unreadable", raw: text, formulaLike });
    expect(parseTarget(textCell(text))).toEqual({ kind: "unreadable", raw: text, formulaLike });
  });

  it.each([["+8 points"], ["-3"], ["+5 %"], ["−1,5 j"]])("reads %j, which starts like a formula, as a value", (text) => {
    expect(parseResult(textCell(text)).kind).toBe("value");
  });

  it.each([["> 90 %"], ["au moins 4"], ["≤ 2 jours"], ["4 minimum"], ["90 % au moins"]])("does not take the target spelling %j as a result", (text) => {
    expect(parseResult(textCell(text)).kind).toBe("unreadable");
  });

  it("cuts the raw text of a huge cell, which stays unreadable", () => {
    const parsed = parseResult(textCell("94 %".repeat(20_000)));
    expect(parsed.kind).toBe("unreadable");
    expect(parsed.kind === "unreadable" && parsed.raw.length).toBeLessThan(300);
  });
});
