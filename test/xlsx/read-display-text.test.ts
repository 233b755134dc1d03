import fc from "fast-check";
import { displayText } from "../../src/xlsx/display-text";
import type { CellValue } from "../../src/domain/snapshot";

const NNBSP = "\u202f";

describe("displayText shows a value as a French Excel displays it", () => {
  it.each<[string, CellValue, string, string]>([
    ["a share in a 0% cell", 0.94, "0%", "94%"],
    ["a share in a 0 % cell, keeping the format's space", 0.94, "0 %", "94 %"],
    ["a share with one decimal", 0.9408, "0.0 %", "94,1 %"],
    ["a share with two decimals", 0.9408, "0.00%", "94,08%"],
    ["a whole 100 %", 1, "0%", "100%"],
    ["thousands in the French # ##0 format", 1234567.5, "# ##0", `1${NNBSP}234${NNBSP}568`],
    ["thousands with two decimals", 1234567.5, "#,##0.00", `1${NNBSP}234${NNBSP}567,50`],
    ["two fixed decimals", 1.5, "0.00", "1,50"],
    ["a whole number in a 0 cell", 14.4, "0", "14"],
    ["General with a decimal comma", 1.5, "General", "1,5"],
    ["General keeping ten significant digits", 0.123456789012, "General", "0,123456789"],
    ["General on a large decimal", 1234.56789012, "General", "1234,56789"],
    ["General in scientific notation beyond 11 digits", 1e12, "General", "1E+12"],
    ["General on an integer", 15860, "General", "15860"],
    ["General on a tiny number in scientific notation", 1e-7, "General", "1E-07"],
    ["a date as dd/mm/yyyy", 44197, "dd/mm/yyyy", "01/01/2021"],
    ["the locale short date as a French Excel shows it", 44228, "mm-dd-yy", "01/02/2021"],
    ["a date and time", 44197.5, "dd/mm/yyyy hh:mm", "01/01/2021 12:00"],
    ["a month in full, in French", 44228, "mmmm yyyy", "février 2021"],
    ["a short French month", 44531, "mmm-yy", "déc.-21"],
    ["an elapsed time beyond 24 hours", 1.5, "[h]:mm", "36:00"],
    ["minutes and seconds", 125 / 86400, "mm:ss", "02:05"],
    ["a 12-hour clock", 0.75, "h:mm AM/PM", "6:00 PM"],
    ["a negative number with a minus sign", -3.5, "0.0", "-3,5"],
    ["a negative number in its own section", -3.5, "0.0;(0.0)", "(3,5)"],
    ["a quoted unit", 5, '0" jours"', "5 jours"],
    ["a currency symbol from a locale bracket", 1234, "[$€-40C] #,##0", `€ 1${NNBSP}234`],
    ["a text cell as is", "6 usagers par jour", "@", "6 usagers par jour"],
    ["an empty cell as nothing", null, "General", ""],
    ["TRUE as VRAI", true, "General", "VRAI"],
    ["FALSE as FAUX", false, "General", "FAUX"],
    ["an Excel error as its code", { error: "#N/A" }, "General", "#N/A"],
    ["the seed's 0,00 target", 0, "0.00", "0,00"],
    ["a French phone number, the literal spaces filled from the right", 612345678, "0#\\ ##\\ ##\\ ##\\ ##", "06 12 34 56 78"],
    ["a number in pairs, padded with zeros", 123456789, "00\\ 00\\ 00\\ 00\\ 00", "01 23 45 67 89"],
    ["digits among dashes", 123456789, "000-00-0000", "123-45-6789"],
    ["a literal before an empty # placeholder", 5, "#-#", "-5"],
  ])("shows %s", (_label, value, format, expected) => {
    expect(displayText(value, format)).toBe(expected);
  });
});

describe("displayText, for any number", () => {
  const backToNumber = (text: string): number => Number(text.replace(/\u202f/g, "").replace(",", ".").replace("E", "e"));

  it("shows a # ##0 integer with thin spaces every three digits and nothing else", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (n) => {
        const text = displayText(n, "# ##0");
        expect(text).toMatch(/^-?\d{1,3}(\u202f\d{3})*$/);
        expect(backToNumber(text)).toBe(n);
      }),
    );
  });

  it("shows 0.00 as the value rounded to two decimals, with a decimal comma", () => {
    fc.assert(
      fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), (x) => {
        const text = displayText(x, "0.00");
        expect(text).toMatch(/^-?\d+,\d{2}$/);
        expect(backToNumber(text)).toBeCloseTo(x, 1);
      }),
    );
  });

  it("shows General within ten significant digits of the value", () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-9, max: 1e10, noNaN: true }), (x) => {
        const text = displayText(x, "General");
        expect(text).toMatch(/^\d+(,\d+)?(E[+-]\d{2})?$/);
        expect(Math.abs(backToNumber(text) - x)).toBeLessThanOrEqual(Math.max(Math.abs(x) * 1e-9, 1e-9));
      }),
    );
  });
});

describe("displayText, asked again for values it has shown", () => {
  it("gives the same value its own text in each format, in any order", () => {
    const asked: [number, string][] = [
      [0.5, "0%"],
      [0.5, "0.00"],
      [0.5, "General"],
      [0.5, "0%"],
      [44197, "dd/mm/yyyy"],
      [44197, "General"],
      [44197, "dd/mm/yyyy"],
    ];
    expect(asked.map(([value, format]) => displayText(value, format))).toEqual(["50%", "0,50", "0,5", "50%", "01/01/2021", "44197", "01/01/2021"]);
  });
});
