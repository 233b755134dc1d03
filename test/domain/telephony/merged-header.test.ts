import { analyzeWorkbook, type Analysis } from "../../../src/domain/analysis";
import type { CellRange } from "../../../src/domain/snapshot";
import { grid, workbook, type GridEntry } from "../../helpers/cells";

const TABLE = grid("Indicateurs 2021", [["Indicateur", "Résultat"], ["Taux d'appels aboutis", "90 %"]]);
const MONTHS: GridEntry[][] = [["janvier", 1000, 900], ["février", 800, 760], ["mars", 1200, 1080]];

function monthlyOf(header: GridEntry[][], merges: CellRange[]): Analysis["monthly"] {
  const outcome = analyzeWorkbook(workbook(TABLE, grid("Téléphonie 2021", [...header, ...MONTHS], { merges })));
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.analysis.monthly;
}

describe("telephony headers through merged cells", () => {
  it("reads `Mois` merged over two rows beside `Appels` over `reçus | aboutis`", () => {
    const monthly = monthlyOf(
      [["Mois", "Appels", ""], ["", "reçus", "aboutis"]],
      [{ top: 1, left: 1, bottom: 2, right: 1 }, { top: 1, left: 2, bottom: 1, right: 3 }],
    );
    expect([monthly?.months.map((m) => m.month), monthly?.received, monthly?.answered]).toEqual([["2021-01", "2021-02", "2021-03"], 3000, 2740]);
  });

  it("reads a one-row header whose cells are each merged over two rows", () => {
    const monthly = monthlyOf(
      [["Mois", "Appels reçus", "Appels aboutis"], ["", "", ""]],
      [0, 1, 2].map((i) => ({ top: 1, left: i + 1, bottom: 2, right: i + 1 })),
    );
    expect([monthly?.months.length, monthly?.received, monthly?.answered]).toEqual([3, 3000, 2740]);
  });
});
