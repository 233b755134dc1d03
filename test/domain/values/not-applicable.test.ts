import { isNotApplicable, parseResult, parseTarget } from "../../../src/domain/values";
import { textCell } from "../../helpers/cells";

describe("not-applicable markers", () => {
  it.each([
    ["/"],
    ["-"],
    ["—"],
    ["–"],
    ["−"],
    [" / "],
    ["NC"],
    ["nc"],
    ["N.C."],
    ["N/C"],
    ["n c"],
    ["ND"],
    ["N.D."],
    ["N/D"],
    ["N/A"],
    ["non mesuré"],
    ["Non mesurée"],
    ["NON MESURE"],
    ["non mesurable"],
    ["sans objet"],
    ["Sans Objet"],
    ["S.O."],
    ["SO"],
    ["s/o"],
    ["non applicable"],
    ["non communiqué"],
    ["non disponible"],
    ["\u00A0NC\u00A0"],
  ])("reads %j as not applicable, in a result and in a target", (text) => {
    expect(isNotApplicable(text)).toBe(true);
    expect(parseResult(textCell(text))).toEqual({ kind: "not_applicable", raw: text.trim() });
    expect(parseTarget(textCell(text)).kind).toBe("not_applicable");
  });

  it.each([["néant"], ["aucun"], ["0"], [""], ["NCC"], ["SOS"], ["#N/A"], ["non"]])("does not read %j as a marker", (text) => {
    expect(isNotApplicable(text)).toBe(false);
  });

  it("leaves 'néant' unreadable rather than guessing zero or not measured", () => {
    expect(parseResult(textCell("néant"))).toEqual({ kind: "unreadable", raw: "néant", formulaLike: false });
  });
});
