import { locateTables } from "../../../src/domain/tables";
import { cellText } from "../../../src/domain/tables/cell-text";
import { shownCell } from "../../../src/domain/tables/merged";
import { grid, workbook } from "../../helpers/cells";

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

describe("header finding through merged cells", () => {
  const tablesOf = (sheet: ReturnType<typeof grid>) => locateTables(workbook(sheet));

  it("reads `Indicateur` merged over A1:A2 as the name column of the header in row 2", () => {
    const [table, ...others] = tablesOf(
      grid(
        "Bilan 2021",
        [
          ["Indicateur", "Bilan 2021", ""],
          ["", "Objectif", "Réalisé"],
          ["Taux d'appels aboutis", "> 90 %", "94 %"],
        ],
        { merges: [{ top: 1, left: 1, bottom: 2, right: 1 }, { top: 1, left: 2, bottom: 1, right: 3 }] },
      ),
    );
    expect(others).toEqual([]);
    expect([table.year, table.headerRow, table.rows.map((row) => [row.name, cellText(row.result.cell), row.target && cellText(row.target.cell)])]).toEqual([
      2021,
      2,
      [["Taux d'appels aboutis", "94 %", "> 90 %"]],
    ]);
  });

  it("keeps the years below a `Résultats` heading when `Indicateur` is merged down beside them", () => {
    const tables = tablesOf(
      grid(
        "Suivi",
        [
          ["Indicateur", "Cible", "Résultats", "", ""],
          ["", "", 2019, 2020, 2021],
          ["Taux d'appels aboutis", "> 90 %", "92 %", "95 %", "94 %"],
        ],
        { merges: [{ top: 1, left: 1, bottom: 2, right: 1 }, { top: 1, left: 2, bottom: 2, right: 2 }, { top: 1, left: 3, bottom: 1, right: 5 }] },
      ),
    );
    expect(tables.map((t) => [t.year, t.headerRow, t.rows.map((row) => cellText(row.result.cell))])).toEqual([
      [2019, 2, ["92 %"]],
      [2020, 2, ["95 %"]],
      [2021, 2, ["94 %"]],
    ]);
  });
});

describe("a long table whose year cells are formulas", () => {
  it("carries the year over a row whose year formula caches an empty text, as over an empty cell", () => {
    const tables = locateTables(
      workbook(
        grid("Historique", [
          ["Année", "Indicateur", "Résultat"],
          [2020, "Taux A", "95 %"],
          [{ value: "", text: "", formula: '=IF(B3="","",A2)' }, "Taux B", "90 %"],
          [{ value: 2021, formula: "=A2+1" }, "Taux A", "94 %"],
        ]),
      ),
    );
    expect(tables.map((t) => [t.year, t.rows.map((row) => row.name)])).toEqual([
      [2020, ["Taux A", "Taux B"]],
      [2021, ["Taux A"]],
    ]);
  });
});
