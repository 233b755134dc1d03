import { parseFrenchNumber } from "../../../src/domain/values";

describe("parseFrenchNumber", () => {
  it.each([
    ["14", 14],
    ["0", 0],
    ["0,00", 0],
    ["1,5", 1.5],
    ["1.5", 1.5],
    ["95,16", 95.16],
    [",5", 0.5],
    ["1 234", 1234],
    ["1\u00A0234", 1234],
    ["1\u202F234", 1234],
    ["1 234,5", 1234.5],
    ["12 345 678", 12345678],
    ["1 234.5", 1234.5],
    ["1.234.567", 1234567],
    ["1.234,5", 1234.5],
    ["1,234.5", 1234.5],
    ["+8", 8],
    ["-3", -3],
    ["\u22123", -3],
    ["\u2212 1,5", -1.5],
    ["  42  ", 42],
    ["-0", 0],
  ])("reads %j as %d", (text, expected) => {
    expect(parseFrenchNumber(text)).toBe(expected);
  });

  it.each([
    ["", "nothing"],
    ["abc", "letters"],
    ["12 34", "a space that does not group thousands"],
    ["1 2", "a space between single digits"],
    ["1,2,3", "two decimal commas that cannot be thousands"],
    ["1.2.3", "points that do not group by three"],
    ["1,5 %", "a unit"],
    ["--3", "two signs"],
    ["1e5", "exponent notation"],
    ["5.", "a trailing point"],
    ["9".repeat(400), "a number too large to be finite"],
  ])("rejects %j (%s)", (text) => {
    expect(parseFrenchNumber(text)).toBeNull();
  });

  it("reads a single point as a decimal point, since one group of three is ambiguous", () => {
    expect(parseFrenchNumber("1.234")).toBe(1.234);
  });
});
