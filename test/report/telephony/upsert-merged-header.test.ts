import { planTelephonyUpsert } from "../../../src/report/telephony";
import { grid } from "../../helpers/cells";

describe("folding months into a telephony sheet with a two-row merged header", () => {
  it("finds the header below `Appels` and appends the new month under the last one", () => {
    const sheet = grid(
      "Téléphonie 2021",
      [["Mois", "Appels", ""], ["", "reçus", "aboutis"], ["janvier", 1000, 900], ["février", 800, 760]],
      { merges: [{ top: 1, left: 1, bottom: 2, right: 1 }, { top: 1, left: 2, bottom: 1, right: 3 }] },
    );
    const plan = planTelephonyUpsert(sheet, 2021, [{ month: "2021-03", received: 1200, answered: 1080, rate: 90 }]);
    expect(plan.create).toBe(false);
    expect(plan.addedMonths).toEqual(["2021-03"]);
    expect(plan.writes.filter((write) => write.row === 5 && write.column <= 3).map((write) => write.value)).toEqual([
      expect.objectContaining({ kind: "text" }),
      { kind: "number", number: 1200 },
      { kind: "number", number: 1080 },
    ]);
  });
});
