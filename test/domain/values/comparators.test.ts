import { parseTarget } from "../../../src/domain/values";
import { numberCell, textCell } from "../../helpers/cells";

describe("target comparators", () => {
  it.each([
    [">90 %", ">", 90],
    ["> 90 %", ">", 90],
    [">=90%", ">=", 90],
    ["> = 90 %", ">=", 90],
    ["=> 90 %", ">=", 90],
    ["≥ 90 %", ">=", 90],
    ["≥90 %", ">=", 90],
    ["< 10 %", "<", 10],
    ["<=10%", "<=", 10],
    ["=< 10 %", "<=", 10],
    ["≤ 10 %", "<=", 10],
    ["au moins 90 %", ">=", 90],
    ["Au moins 90 %", ">=", 90],
    ["au plus 10 %", "<=", 10],
    ["supérieur à 90 %", ">", 90],
    ["Supérieur à 90%", ">", 90],
    ["superieur a 90 %", ">", 90],
    ["supérieure à 90 %", ">", 90],
    ["supérieur ou égal à 90 %", ">=", 90],
    ["inférieur à 10 %", "<", 10],
    ["inférieur ou égal à 10 %", "<=", 10],
    ["minimum 90 %", ">=", 90],
    ["maximum 10 %", "<=", 10],
    ["moins de 10 %", "<", 10],
    ["plus de 90 %", ">", 90],
    ["90 % minimum", ">=", 90],
    ["10 % maximum", "<=", 10],
    ["90 % ou plus", ">=", 90],
    ["au moins90 %", ">=", 90],
    ["supérieur à90%", ">", 90],
    ["jusqu’à 10 %", "<=", 10],
    ["> à 90 %", ">", 90],
    ["≥ a 90%", ">=", 90],
    ["90 % et +", ">=", 90],
    ["90 %", null, 90],
  ])("reads %j as %j %d %%", (text, comparator, value) => {
    expect(parseTarget(textCell(text))).toEqual({
      kind: "value",
      raw: text,
      quantity: { comparator, dimension: "percent", value, unit: "%", bare: false },
    });
  });

  it.each([
    ["au moins 4", ">=", "count", 4, null],
    ["au plus 3 j", "<=", "duration", 3, "jours"],
    ["<=5 jours", "<=", "duration", 5, "jours"],
    ["≤ 2 jours", "<=", "duration", 2, "jours"],
    ["moins de 48 h", "<", "duration", 48, "heures"],
    ["max 10 min", "<=", "duration", 10, "minutes"],
    ["10 min", null, "duration", 10, "minutes"],
    ["5 jours maximum", "<=", "duration", 5, "jours"],
    ["≥ 8/10", ">=", "score", 8, "sur 10"],
    ["au moins 4 exercices/an", ">=", "count", 4, "exercices/an"],
  ])("reads %j as %j a %s of %d in %j", (text, comparator, dimension, value, unit) => {
    expect(parseTarget(textCell(text))).toMatchObject({ kind: "value", quantity: { comparator, dimension, value, unit } });
  });

  it("gives no comparator to a target typed as a number", () => {
    expect(parseTarget(numberCell(0.9, "0%", "90 %"))).toMatchObject({
      quantity: { comparator: null, dimension: "percent", value: 90 },
    });
  });

  it.each([["> "], [">"], ["au moins"], ["≥ abc"], ["> > 90 %"]])("does not read %j as a target", (text) => {
    expect(parseTarget(textCell(text)).kind).toBe("unreadable");
  });
});
