import { cellAddress, contentAt, editFailure, editableContent } from "../../src/playground/view/cell-edit";
import { SimError, simulateWorkbook } from "../../src/simulated-excel";
import { emptyCell } from "../../src/simulated-excel/model";
import { readCell } from "../../src/simulated-excel/sheet-ops";
import { numberCell, sheetOf, textCell, workbookOf } from "../simulated-excel/fixtures";

describe("the address typed in the cell editor", () => {
  it.each([
    ["D4", "D4"],
    ["d14", "D14"],
    [" $D$4 ", "D4"],
    ["xfd1048576", "XFD1048576"],
  ])("takes « %s » for cell %s", (typed, address) => expect(cellAddress(typed)).toBe(address));

  it.each(["", "D", "4", "D0", "D04", "A1:B2", "ABCD1", "Indicateurs!D4", "D 4"])("refuses « %s »", (typed) => expect(cellAddress(typed)).toBeNull());
});

describe("what the cell editor shows for a cell", () => {
  const cell = (overrides: Partial<ReturnType<typeof emptyCell>>) => ({ ...emptyCell(), ...overrides });

  it("shows a formula, not its cached value", () => {
    expect(editableContent(cell({ value: 0.94, formula: "=C3/B3", numberFormat: "0%" }), 1900)).toBe("=C3/B3");
  });

  it("shows text as displayed, a French percentage typed as text included", () => {
    expect(editableContent(cell({ value: "94 %", seededText: "94 %" }), 1900)).toBe("94 %");
    expect(editableContent(cell({ value: "abc" }), 1900)).toBe("abc");
    expect(editableContent(emptyCell(), 1900)).toBe("");
  });

  it("writes numbers the way the simulated Excel reads typed text back, not their French display", () => {
    expect(editableContent(cell({ value: 1.5, seededText: "1,5" }), 1900)).toBe("1.5");
    expect(editableContent(cell({ value: 0.94, numberFormat: "0%", seededText: "94 %" }), 1900)).toBe("94%");
    expect(editableContent(cell({ value: 0.075, numberFormat: "0.0%" }), 1900)).toBe("7.5%");
    expect(editableContent(cell({ value: 44197, numberFormat: "dd/mm/yyyy", seededText: "01/01/2021" }), 1900)).toBe("44197");
  });

  it("gives back the same cell when what it shows is typed again", () => {
    const excel = simulateWorkbook(workbookOf(sheetOf("Indicateurs 2021", [["Résultat"]])));
    const sheet = excel.model.sheets[0];
    const typings = [["94%", 0.94], ["1.5", 1.5], ["abc", "abc"], ["7.5%", 0.075], ["=A2*2", null]] as const;
    typings.forEach(([typed, value], index) => {
      const address = `A${index + 2}`;
      excel.userEdit("Indicateurs 2021", address, [[typed]]);
      const shown = contentAt(sheet, address, excel.model.dateSystem);
      excel.userEdit("Indicateurs 2021", address, [[shown]]);
      expect([shown, readCell(sheet, index + 2, 1).value]).toEqual([typed, value]);
    });
  });

  it("reads any cell of the sheet, also an empty one or one beyond the grid shown", () => {
    const excel = simulateWorkbook(
      workbookOf({ ...sheetOf("Indicateurs 2021", [["Indicateur", "Cible"]]), cells: [[textCell("Indicateur"), numberCell(0.9, "90 %", "0%")]] }),
    );
    const sheet = excel.model.sheets[0];
    expect(contentAt(sheet, "A1", excel.model.dateSystem)).toBe("Indicateur");
    expect(contentAt(sheet, "B1", excel.model.dateSystem)).toBe("90%");
    expect(contentAt(sheet, "Z5000", excel.model.dateSystem)).toBe("");
  });
});

describe("the French words for a refused edit", () => {
  it("says a protected sheet refuses the edit", () => {
    expect(editFailure(new SimError("AccessDenied", "The sheet Synthèse 2021 is protected."), "Synthèse 2021")).toBe(
      "La feuille «\u00a0Synthèse 2021\u00a0» est protégée\u00a0: la saisie est refusée.",
    );
  });

  it("passes any other refusal on with the simulator's message", () => {
    expect(editFailure(new SimError("InvalidArgument", "The argument is invalid."), "Feuil1")).toBe("L’Excel simulé a refusé la saisie\u00a0: The argument is invalid.");
    expect(editFailure("boom", "Feuil1")).toBe("L’Excel simulé a refusé la saisie\u00a0: boom");
  });
});
