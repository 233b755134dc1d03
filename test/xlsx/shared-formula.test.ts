import { slideFormula } from "../../src/xlsx/read/shared-formula";

const C2 = { row: 2, column: 3 };

describe("slideFormula: a shared formula in another cell of its range", () => {
  it.each([
    ["B2-Abandons!B2", { row: 9, column: 3 }, "B9-Abandons!B9"],
    ["C2/B2", { row: 5, column: 4 }, "D5/C5"],
    ["SUM(B2:B13)", { row: 3, column: 3 }, "SUM(B3:B14)"],
    ["$B$2*B2+$B2+B$2", { row: 4, column: 5 }, "$B$2*D4+$B4+D$2"],
    ["'Téléphonie 2021'!D14/B2", { row: 3, column: 3 }, "'Téléphonie 2021'!D15/B3"],
    ["'A1 et B2'!A1", { row: 3, column: 3 }, "'A1 et B2'!A2"],
    ['IF(B2="A1","B2",B2)', { row: 3, column: 3 }, 'IF(B3="A1","B2",B3)'],
    ["LOG10(B2)+ATAN2(B2,1)", { row: 3, column: 3 }, "LOG10(B3)+ATAN2(B3,1)"],
    ["Taux_A1+Année1*B2", { row: 3, column: 3 }, "Taux_A1+Année1*B3"],
    ["Tableau1[Résultat]*B2", { row: 3, column: 3 }, "Tableau1[Résultat]*B3"],
    ["1E5*B2", { row: 3, column: 3 }, "1E5*B3"],
    ["b2*2", { row: 3, column: 4 }, "C3*2"],
    ["Z2+AA2", { row: 2, column: 4 }, "AA2+AB2"],
  ])("slides %s from C2 to %j as %s", (formula, to, expected) => {
    expect(slideFormula(formula, C2, to)).toBe(expected);
  });

  it("gives #REF! where a reference would leave the sheet", () => {
    expect(slideFormula("B3-A2", { row: 3, column: 2 }, { row: 2, column: 1 })).toBe("A2-#REF!");
  });

  it.each([
    ["SUM(B:B)", { row: 5, column: 4 }, "SUM(C:C)"],
    ["SUM($B:B)+COUNT(Appels!B:C)", { row: 2, column: 4 }, "SUM($B:C)+COUNT(Appels!C:D)"],
    ["SUM(2:3)+SUM($2:2)", { row: 4, column: 3 }, "SUM(4:5)+SUM($2:4)"],
    ['SUM(B:B)+"B:B"+Tableau1[[#Cette ligne],[B:C]]', { row: 2, column: 4 }, 'SUM(C:C)+"B:B"+Tableau1[[#Cette ligne],[B:C]]'],
    ["B2:C3", { row: 3, column: 4 }, "C3:D4"],
  ])("slides the whole columns or rows %s from C2 to %j as %s, as Excel fills them", (formula, to, expected) => {
    expect(slideFormula(formula, C2, to)).toBe(expected);
  });

  it("gives #REF! where whole columns or rows would leave the sheet", () => {
    expect(slideFormula("SUM(A:A)+SUM(1:1)", C2, { row: 1, column: 2 })).toBe("SUM(#REF!)+SUM(#REF!)");
  });

  it("leaves the formula alone in its own cell", () => {
    expect(slideFormula("B2-Abandons!B2", C2, C2)).toBe("B2-Abandons!B2");
  });
});
