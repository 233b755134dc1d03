import { formatKind, hasLiteralText } from "../../../src/domain/values/number-formats";

describe("what a number format says", () => {
  it.each([
    ["General", "plain"],
    ["Standard", "plain"],
    ["@", "plain"],
    ["0", "plain"],
    ["0.00", "plain"],
    ["# ##0", "plain"],
    ["0.00E+00", "plain"],
    ['0" jours"', "plain"],
    ["0%", "percent"],
    ["0.00%", "percent"],
    ["0 %", "percent"],
    ['0.0%;[Red]-0.0%', "percent"],
    ['0" %"', "plain"],
    ["0\\%", "plain"],
    ["[h]:mm", "time"],
    ["[h]:mm:ss", "time"],
    ["[mm]:ss", "time"],
    ["mm:ss", "time"],
    ["hh:mm:ss", "time"],
    ["h:mm AM/PM", "time"],
    ["dd/mm/yyyy", "date"],
    ["d/m/yy", "date"],
    ["mmm-yy", "date"],
    ["dd/mm/yyyy hh:mm", "date"],
    ["[$-fr-FR]dddd d mmmm yyyy", "date"],
    ["jj/mm/aaaa", "date"],
    ['[Blue]0" usagers"', "plain"],
  ])("reads %j as %s", (format, kind) => {
    expect(formatKind(format)).toBe(kind);
  });

  it.each([
    ['0" jours"', true],
    ["0\\ \\j", true],
    ['0" %"', true],
    ["0\\%", true],
    ['0" "', false],
    ["0.00", false],
    ["General", false],
    ['0;"négatif "0', false],
  ])("says whether %j prints a unit: %s", (format, expected) => {
    expect(hasLiteralText(format)).toBe(expected);
  });
});
