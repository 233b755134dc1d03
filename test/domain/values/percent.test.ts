import { parseResult } from "../../../src/domain/values";
import { numberCell, textCell } from "../../helpers/cells";

describe("percentages", () => {
  it.each([
    ["94 %", 94],
    ["94%", 94],
    ["94\u00A0%", 94],
    ["94\u202F%", 94],
    ["95,16 %", 95.16],
    ["95.16%", 95.16],
    ["0 %", 0],
    ["150 %", 150],
    ["-5 %", -5],
    ["94 pour cent", 94],
    ["+8 points", 8],
    ["-1 point", -1],
    ["\u22122 pts", -2],
    ["\uFEFF94 %", 94],
    ["\u200B94\u200B %", 94],
    ["９４ ％", 94],
  ])("reads the text %j as %d %%", (text, value) => {
    expect(parseResult(textCell(text))).toMatchObject({
      kind: "value",
      quantity: { dimension: "percent", value, unit: "%", bare: false },
    });
  });

  it.each([
    [0.94, "0%", "94 %", 94],
    [0.9516, "0.00%", "95,16 %", 95.16],
    [1, "0%", "100 %", 100],
    [0.07, "0 %", "7 %", 7],
  ])("reads the number %d in a %j cell as a percentage", (value, format, text, expected) => {
    expect(parseResult(numberCell(value, format, text))).toEqual({
      kind: "value",
      raw: text,
      quantity: { dimension: "percent", value: expected, unit: "%", bare: false },
    });
  });

  it("leaves 0.94 in a General cell bare: the analysis decides what it measures", () => {
    expect(parseResult(numberCell(0.94, "General", "0,94"))).toMatchObject({
      kind: "value",
      quantity: { dimension: "count", value: 0.94, unit: null, bare: true },
    });
  });

  it("leaves the text 0,94 bare as well", () => {
    expect(parseResult(textCell("0,94"))).toMatchObject({ quantity: { value: 0.94, bare: true } });
  });
});
