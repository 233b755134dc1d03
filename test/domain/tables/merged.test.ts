import { shownCell } from "../../../src/domain/tables/merged";
import { grid } from "../helpers/grid";

describe("shownCell", () => {
  const sheet = grid("Feuille", [["Accueil", "a"], ["", "b"], ["", "c"], ["Courriels", "d"]], {
    merges: [
      { top: 1, left: 1, bottom: 3, right: 1 },
      { top: 4, left: 1, bottom: 2000, right: 1 },
    ],
  });

  it.each<[number, number, string | null]>([
    [1, 1, "Accueil"],
    [3, 1, "Accueil"],
    [2, 2, "b"],
    [4, 1, "Courriels"],
    [1500, 1, "Courriels"],
    [2001, 1, null],
  ])("shows at row %i, column %i the value of its merge's top-left cell (%j)", (row, column, expected) => {
    expect(shownCell(sheet, row, column).value).toBe(expected);
  });
});
