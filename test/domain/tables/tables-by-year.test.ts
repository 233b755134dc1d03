import { locateTables, tablesByYear } from "../../../src/domain/tables";
import { grid, workbook } from "../../helpers/cells";

describe("tablesByYear", () => {
  it("gives one table per dated year, ascending, preferring a year's own sheet over a year column", () => {
    const tables = locateTables(
      workbook(
        grid("Indicateurs 2021", [["Indicateur", "Résultat", "N-1"], ["Taux", "94 %", "95 %"]]),
        grid("Suivi", [["Indicateur", "2019", "2021"], ["Taux", "91 %", "99 %"]]),
      ),
    );
    const byYear = tablesByYear(tables);
    expect([...byYear.keys()]).toEqual([2019, 2020, 2021]);
    expect([2019, 2020, 2021].map((year) => [byYear.get(year)?.sheet, byYear.get(year)?.source])).toEqual([
      ["Suivi", "year-column"],
      ["Indicateurs 2021", "previous-column"],
      ["Indicateurs 2021", "year-sheet"],
    ]);
  });

  it("leaves out the tables whose year is unknown", () => {
    const tables = locateTables(workbook(grid("Indicateurs", [["Indicateur", "Résultat"], ["Taux", "94 %"]])));
    expect(tables).toHaveLength(1);
    expect(tablesByYear(tables).size).toBe(0);
  });
});
