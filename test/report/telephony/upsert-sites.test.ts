import type { MonthFigures } from "../../../src/domain/analysis/types";
import type { SheetSnapshot } from "../../../src/domain/snapshot";
import { readTelephonySites } from "../../../src/domain/telephony/read-sites";
import { planSiteFolds, planTelephonyUpsert } from "../../../src/report/telephony";
import { applyUpsert } from "./apply-upsert";
import { grid } from "../../helpers/cells";

const figures = (month: string, received: number, answered: number): MonthFigures => ({ month, received, answered, rate: Math.round((answered / received) * 10000) / 100 });
const plain = (months: readonly MonthFigures[]) => months.map(({ month, received, answered }) => ({ month, received, answered }));
const monthsOfSites = (sheet: SheetSnapshot) =>
  Object.fromEntries((readTelephonySites(sheet, { year: 2022 }) ?? []).map(({ site, reading }) => [site ?? "", plain(reading.monthly.months)]));
const rowTexts = (sheet: SheetSnapshot) => sheet.cells.map((row) => row.map((cell) => cell.text).join("|"));

/** Two sites in one sheet, each written once on its first row and left blank below, and a Total row summing both. */
const siteColumnSheet = () =>
  grid("Téléphonie 2022", [
    ["Site", "Mois", "Appels reçus", "Appels aboutis"],
    ["Préfecture", "janvier 2022", 1620, 1545],
    [null, "mars 2022", 1575, 1502],
    ["Mauriac", "janvier 2022", 310, 262],
    [null, "février 2022", 295, 251],
    ["Total", null, { value: 3800, formula: "=SUM(C2:C5)" }, { value: 3560, formula: "=SUM(D2:D5)" }],
  ]);

describe("planTelephonyUpsert for one site of a sheet with a site column", () => {
  it("replaces the site's own month, never the other site's month of the same name", () => {
    const sheet = siteColumnSheet();
    const plan = planTelephonyUpsert(sheet, 2022, [figures("2022-01", 300, 280)], "Mauriac");
    expect(plan.replacedMonths).toEqual(["2022-01"]);
    expect(plan.insertRowsBefore).toEqual([]);
    expect(plan.writes.map((w) => [w.row, w.column])).toEqual([
      [4, 3],
      [4, 4],
    ]);
    const after = applyUpsert(sheet, plan);
    expect(monthsOfSites(after)).toEqual({
      Préfecture: plain([figures("2022-01", 1620, 1545), figures("2022-03", 1575, 1502)]),
      Mauriac: plain([figures("2022-01", 300, 280), figures("2022-02", 295, 251)]),
    });
  });

  it("inserts a new month inside its site's rows, writes the site in the site column, and stretches the Total", () => {
    const sheet = siteColumnSheet();
    const plan = planTelephonyUpsert(sheet, 2022, [figures("2022-02", 1480, 1409)], "Préfecture");
    expect(plan.addedMonths).toEqual(["2022-02"]);
    expect(plan.insertRowsBefore).toEqual([{ row: 3, count: 1 }]);
    const after = applyUpsert(sheet, plan);
    expect(rowTexts(after).slice(2, 4)).toEqual(["Préfecture|février 2022|1480|1409", "|mars 2022|1575|1502"]);
    expect(after.cells[6][2].formula).toBe("=SUM(C2:C6)");
    expect(monthsOfSites(after).Mauriac).toEqual(plain([figures("2022-01", 310, 262), figures("2022-02", 295, 251)]));
  });

  it("adds a month later than all of a site's months right after that site's last row, not after the other site's", () => {
    const sheet = siteColumnSheet();
    const plan = planTelephonyUpsert(sheet, 2022, [figures("2022-04", 1390, 1330)], "Préfecture");
    expect(plan.insertRowsBefore).toEqual([{ row: 4, count: 1 }]);
    const after = applyUpsert(sheet, plan);
    expect(rowTexts(after).slice(0, 6)).toEqual([...rowTexts(sheet).slice(0, 3), "Préfecture|avril 2022|1390|1330", ...rowTexts(sheet).slice(3, 5)]);
    expect(after.cells[6][3].formula).toBe("=SUM(D2:D6)");
  });

  it("plans several sites into the same sheet one after the other, each on the sheet the ones before leave", () => {
    const sheet = siteColumnSheet();
    const plans = planSiteFolds(sheet, 2022, [
      { site: "Préfecture", months: [figures("2022-02", 1480, 1409)] },
      { site: "Mauriac", months: [figures("2022-01", 300, 280), figures("2022-03", 320, 275)] },
    ]);
    const after = plans.reduce((current, plan) => applyUpsert(current, plan), sheet);
    expect(plans.map((plan) => [plan.addedMonths, plan.replacedMonths])).toEqual([
      [["2022-02"], []],
      [["2022-03"], ["2022-01"]],
    ]);
    expect(monthsOfSites(after)).toEqual({
      Préfecture: plain([figures("2022-01", 1620, 1545), figures("2022-02", 1480, 1409), figures("2022-03", 1575, 1502)]),
      Mauriac: plain([figures("2022-01", 300, 280), figures("2022-02", 295, 251), figures("2022-03", 320, 275)]),
    });
    expect(rowTexts(after)[6]).toBe("Mauriac|mars 2022|320|275");
    expect(after.cells[7][2].formula).toBe("=SUM(C2:C7)");
  });

  it("gives a site that has no row yet its rows after the table's last month row", () => {
    const sheet = siteColumnSheet();
    const plan = planTelephonyUpsert(sheet, 2022, [figures("2022-01", 100, 90)], "Saint-Flour");
    expect(plan.insertRowsBefore).toEqual([{ row: 6, count: 1 }]);
    expect(rowTexts(applyUpsert(sheet, plan))[5]).toBe("Saint-Flour|janvier 2022|100|90");
  });
});

describe("planTelephonyUpsert into a sheet per site", () => {
  it("writes into the chosen site's sheet as into a one-site sheet", () => {
    const mauriac = grid("Téléphonie Mauriac 2022", [
      ["Mois", "Appels reçus", "Appels aboutis"],
      ["janvier", 310, 262],
      ["février", 295, 251],
    ]);
    const plan = planTelephonyUpsert(mauriac, 2022, [figures("2022-02", 300, 260), figures("2022-03", 320, 275)]);
    expect(plan.sheetName).toBe("Téléphonie Mauriac 2022");
    expect([plan.replacedMonths, plan.addedMonths]).toEqual([["2022-02"], ["2022-03"]]);
    expect(monthsOfSites(applyUpsert(mauriac, plan))[""]).toEqual(plain([figures("2022-01", 310, 262), figures("2022-02", 300, 260), figures("2022-03", 320, 275)]));
  });
});
