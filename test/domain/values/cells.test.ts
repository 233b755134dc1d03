import { parseResult, parseTarget } from "../../../src/domain/values";
import type { Cell } from "../../../src/domain/snapshot";
import { cell, numberCell, textCell } from "../../helpers/cells";

describe("cells that hold no value", () => {
  it.each<[string, Cell]>([
    ["an empty cell", cell(null)],
    ["an empty string", textCell("")],
    ["spaces only", textCell("   ")],
    ["no-break spaces only", textCell("\u00A0\u202F")],
    ["a zero-width space", textCell("\u200B")],
  ])("reads %s as empty", (_label, input) => {
    expect(parseResult(input)).toEqual({ kind: "empty" });
    expect(parseTarget(input)).toEqual({ kind: "empty" });
  });

  it.each([["#N/A"], ["#DIV/0!"], ["#VALUE!"], ["#REF!"], ["#NAME?"], ["#NUM!"], ["#NULL!"], ["#SPILL!"], ["#CALC!"]])(
    "reads the Excel error %s as an Excel error, as a value and as typed text",
    (error) => {
      expect(parseResult(cell({ error }, "General", error))).toEqual({ kind: "excel_error", raw: error });
      expect(parseTarget(cell({ error }, "General", error))).toEqual({ kind: "excel_error", raw: error });
      expect(parseResult(textCell(error))).toEqual({ kind: "excel_error", raw: error });
    },
  );

  it.each([["#VALEUR!"], ["#NOM?"], ["#NOMBRE!"], ["#n/a"]])("reads the French or lower-case error text %j as an Excel error", (text) => {
    expect(parseResult(textCell(text)).kind).toBe("excel_error");
  });

  it.each<[string, Cell, string]>([
    ["TRUE", cell(true, "General", "VRAI"), "VRAI"],
    ["FALSE without displayed text", cell(false), "FAUX"],
    ["a date", numberCell(44562, "dd/mm/yyyy", "01/01/2022"), "01/01/2022"],
    ["a date and time", numberCell(44562.5, "dd/mm/yyyy hh:mm", "01/01/2022 12:00"), "01/01/2022 12:00"],
    ["a month", numberCell(44562, "mmm-yy", "janv.-22"), "janv.-22"],
    ["a French-coded date", numberCell(44562, "jj/mm/aaaa", "01/01/2022"), "01/01/2022"],
    ["NaN", numberCell(Number.NaN, "General", ""), "NaN"],
    ["Infinity", numberCell(Infinity, "General", ""), "Infinity"],
    ["a percent too large to hold", numberCell(1e308, "0%", ""), "1e+308"],
  ])("reads %s as unreadable, never as formula-like", (_label, input, raw) => {
    expect(parseResult(input)).toEqual({ kind: "unreadable", raw, formulaLike: false });
  });

  it.each<[string, Cell, string]>([
    ["a column too narrow", numberCell(1234.5, "General", "####"), "1\u202F234,5"],
    ["a bare number with many decimals", numberCell(0.123456, "General", ""), "0,123456"],
    ["a percentage", numberCell(0.94, "0%", ""), "94\u00A0%"],
    ["an Excel time", numberCell(1.5 / 24, "[h]:mm", ""), "1,5\u00A0h"],
  ])("writes the value in French as its raw text when the cell shows none (%s)", (_label, input, raw) => {
    expect(parseResult(input)).toMatchObject({ kind: "value", raw });
  });

  it("reads the cached result of a formula", () => {
    const formulaCell: Cell = { value: 0.94, text: "94 %", numberFormat: "0%", formula: "=B2/C2" };
    expect(parseResult(formulaCell)).toMatchObject({ kind: "value", raw: "94 %", quantity: { value: 94 } });
  });

  it("reads the text a formula returns", () => {
    const formulaCell: Cell = { value: "94 %", text: "94 %", numberFormat: "General", formula: '="94 %"' };
    expect(parseResult(formulaCell)).toMatchObject({ kind: "value", quantity: { dimension: "percent", value: 94 } });
  });
});
