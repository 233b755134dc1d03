import { planSiteFolds } from "../../../src/report/telephony";
import { foldStages, rowsInsertedBy } from "../../../src/report/telephony/fold-stages";
import { grid } from "../../helpers/cells";

const figures = (month: string, received: number, answered: number) => ({ month, received, answered, rate: Math.round((answered / received) * 10000) / 100 });

/** February missing for both sites; Mauriac's plan first (its row before 5), Préfecture's next (before 3, which moves Mauriac's to 6). */
const sheet = grid("Téléphonie 2022", [
  ["Site", "Mois", "Appels reçus", "Appels aboutis"],
  ["Préfecture", "janvier 2022", 1620, 1545],
  ["Préfecture", "mars 2022", 1575, 1502],
  ["Mauriac", "janvier 2022", 310, 262],
  ["Mauriac", "mars 2022", 320, 275],
]);
const plans = planSiteFolds(sheet, 2022, [
  { site: "Mauriac", months: [figures("2022-02", 295, 251)] },
  { site: "Préfecture", months: [figures("2022-02", 1480, 1409)] },
]);
const texts = (rows: readonly (readonly { text: string }[])[]) => rows.map((row) => row.map((cell) => cell.text).join("|"));

describe("foldStages", () => {
  it("lists each point the batch can stop at, with the sheet it leaves and where each site's row is then", () => {
    expect(plans.map((plan) => [plan.insertRowsBefore, [...new Set(plan.writes.map((cell) => cell.row))]])).toEqual([
      [[{ row: 5, count: 1 }], [5]],
      [[{ row: 3, count: 1 }], [3]],
    ]);
    const stages = foldStages(sheet, plans);
    expect(stages.map(({ applied, inserted, insertedRows, rowAt }) => [applied, inserted, insertedRows, rowAt[0](5), rowAt[1](3)])).toEqual([
      [0, 0, [], null, null],
      [0, 1, [5], 5, null],
      [1, 0, [], 5, null],
      [1, 1, [3], 6, 3],
      [2, 0, [], 6, 3],
    ]);
    expect(texts(stages[3].sheet.cells).slice(1)).toEqual([
      "Préfecture|janvier 2022|1620|1545",
      "|||",
      "Préfecture|mars 2022|1575|1502",
      "Mauriac|janvier 2022|310|262",
      "Mauriac|février 2022|295|251",
      "Mauriac|mars 2022|320|275",
    ]);
  });

  it("places the rows several insertions add, bottom-up as a plan lists them", () => {
    expect(rowsInsertedBy([{ row: 9, count: 2 }, { row: 4, count: 1 }])).toEqual([4, 10, 11]);
  });
});
