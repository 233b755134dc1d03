import type { MonthFigures } from "../../../src/domain/analysis/types";
import type { PlannedCell } from "../../../src/report/plan";
import { readTelephonySheet } from "../../../src/domain/telephony";
import { planTelephonyUpsert } from "../../../src/report/telephony";
import { applyUpsert } from "./apply-upsert";
import { grid, serial } from "../../helpers/cells";

const figures = (month: string, received: number, answered: number): MonthFigures => ({
  month,
  received,
  answered,
  rate: Math.round((answered / received) * 10000) / 100,
});
const JAN = figures("2021-01", 1520, 1432);
const FEB = figures("2021-02", 1388, 1310);
const MAR = figures("2021-03", 1602, 1498);
const APR = figures("2021-04", 1455, 1372);

const at = (writes: readonly PlannedCell[], row: number, column: number) => writes.find((w) => w.row === row && w.column === column)?.value;
const monthsOf = (sheet: ReturnType<typeof applyUpsert>) =>
  readTelephonySheet(sheet, { year: 2021 })?.monthly.months.map(({ month, received, answered }) => ({ month, received, answered }));
const plain = (months: readonly MonthFigures[]) => months.map(({ month, received, answered }) => ({ month, received, answered }));

describe("planTelephonyUpsert into a new sheet", () => {
  const plan = planTelephonyUpsert(null, 2021, [MAR, JAN, FEB]);

  it("creates « Téléphonie 2021 » with a title, the header, the months in calendar order and a Total row", () => {
    expect(plan.sheetName).toBe("Téléphonie 2021");
    expect(plan.create).toBe(true);
    expect(plan.insertRowsBefore).toEqual([]);
    expect([1, 2, 3, 4].map((column) => at(plan.writes, 3, column))).toEqual(
      ["Mois", "Appels reçus", "Appels aboutis", "Taux d'appels aboutis"].map((text) => ({ kind: "text", text })),
    );
    expect([4, 5, 6].map((row) => at(plan.writes, row, 1))).toEqual(
      ["janvier 2021", "février 2021", "mars 2021"].map((text) => ({ kind: "text", text })),
    );
    expect(at(plan.writes, 7, 1)).toEqual({ kind: "text", text: "Total" });
    expect(plan.addedMonths).toEqual(["2021-01", "2021-02", "2021-03"]);
  });

  it("writes each rate as a formula and the Total row as sums with the weighted rate", () => {
    expect(at(plan.writes, 4, 4)).toEqual({ kind: "formula", formula: '=IF(B4>0,C4/B4,"")', cached: 1432 / 1520 });
    expect(at(plan.writes, 7, 2)).toMatchObject({ kind: "formula", formula: "=SUM(B4:B6)", cached: 4510 });
    expect(at(plan.writes, 7, 3)).toMatchObject({ kind: "formula", formula: "=SUM(C4:C6)", cached: 4240 });
    expect(at(plan.writes, 7, 4)).toMatchObject({ kind: "formula", formula: '=IF(B7>0,C7/B7,"")' });
    expect(plan.writes.every((w) => w.style === undefined || w.style in plan.styles)).toBe(true);
  });

  it("reads back, once applied, as the months it was given", () => {
    expect(monthsOf(applyUpsert(null, plan))).toEqual(plain([JAN, FEB, MAR]));
  });
});

describe("planTelephonyUpsert into an existing sheet", () => {
  const created = applyUpsert(null, planTelephonyUpsert(null, 2021, [JAN, MAR]));

  it("replaces a month pasted again in place, writing only its figure cells", () => {
    const newFeb = figures("2021-03", 1700, 1600);
    const plan = planTelephonyUpsert(created, 2021, [newFeb]);
    expect(plan.create).toBe(false);
    expect(plan.insertRowsBefore).toEqual([]);
    expect(plan.replacedMonths).toEqual(["2021-03"]);
    expect(plan.writes.map((w) => [w.row, w.column, w.value])).toEqual([
      [5, 2, { kind: "number", number: 1700 }],
      [5, 3, { kind: "number", number: 1600 }],
    ]);
    expect(monthsOf(applyUpsert(created, plan))).toEqual(plain([JAN, newFeb]));
  });

  it("inserts a new month at its calendar place and stretches the Total row's sums over it", () => {
    const plan = planTelephonyUpsert(created, 2021, [FEB]);
    expect(plan.insertRowsBefore).toEqual([{ row: 5, count: 1 }]);
    expect(plan.addedMonths).toEqual(["2021-02"]);
    expect(at(plan.writes, 5, 1)).toEqual({ kind: "text", text: "février 2021" });
    expect(at(plan.writes, 5, 4)).toMatchObject({ kind: "formula", formula: '=IF(B5>0,C5/B5,"")' });
    expect(at(plan.writes, 7, 2)).toEqual({ kind: "formula", formula: "=SUM(B4:B6)" });
    expect(monthsOf(applyUpsert(created, plan))).toEqual(plain([JAN, FEB, MAR]));
  });

  it("puts a month later than all others just above the Total row", () => {
    const plan = planTelephonyUpsert(created, 2021, [APR]);
    expect(plan.insertRowsBefore).toEqual([{ row: 6, count: 1 }]);
    expect(at(plan.writes, 6, 1)).toEqual({ kind: "text", text: "avril 2021" });
    expect(at(plan.writes, 7, 3)).toEqual({ kind: "formula", formula: "=SUM(C4:C6)" });
  });

  it("lists insertions bottom up in the sheet's rows before insertion, and writes in the rows after", () => {
    const plan = planTelephonyUpsert(created, 2021, [FEB, APR, figures("2021-01", 1, 1)]);
    expect(plan.insertRowsBefore).toEqual([
      { row: 6, count: 1 },
      { row: 5, count: 1 },
    ]);
    expect(plan.replacedMonths).toEqual(["2021-01"]);
    expect(plan.addedMonths).toEqual(["2021-02", "2021-04"]);
    const after = applyUpsert(created, plan);
    expect(monthsOf(after)).toEqual(plain([figures("2021-01", 1, 1), FEB, MAR, APR]));
    expect(after.cells[7][1].formula).toBe("=SUM(B4:B7)");
  });

  it("fills a template's empty month rows in place, without inserting", () => {
    const template = grid("Téléphonie 2021", [
      ["Mois", "Appels reçus", "Appels aboutis"],
      ["janvier", 1520, 1432],
      ["février", null, null],
      ["mars", null, null],
    ]);
    const plan = planTelephonyUpsert(template, 2021, [FEB]);
    expect(plan.insertRowsBefore).toEqual([]);
    expect(plan.replacedMonths).toEqual(["2021-02"]);
    expect(plan.writes.map((w) => [w.row, w.column])).toEqual([
      [3, 2],
      [3, 3],
    ]);
  });

  it("leaves daily rows of a month alone and adds the next month after them", () => {
    const daily = grid("Téléphonie 2021", [
      ["Date", "Appels reçus", "Appels aboutis"],
      ["04/01/2021", 90, 85],
      ["05/01/2021", 100, 95],
    ]);
    const plan = planTelephonyUpsert(daily, 2021, [JAN, FEB]);
    expect(plan.skippedMonths).toEqual([{ month: "2021-01", reason: "daily_rows" }]);
    expect(plan.addedMonths).toEqual(["2021-02"]);
    expect(plan.insertRowsBefore).toEqual([]);
    expect(at(plan.writes, 4, 1)).toEqual({ kind: "text", text: "février 2021" });
    expect(monthsOf(applyUpsert(daily, plan))).toEqual([{ month: "2021-01", received: 190, answered: 180 }, ...plain([FEB])]);
  });

  it("writes lost calls and a plain rate where the sheet keeps those", () => {
    const sheet = grid("Téléphonie 2021", [
      ["Mois", "Appels reçus", "Appels perdus", "Taux"],
      ["janvier", 1000, 100, 90],
    ]);
    const plan = planTelephonyUpsert(sheet, 2021, [figures("2021-01", 2000, 1900)]);
    expect(plan.writes.map((w) => [w.column, w.value])).toEqual([
      [2, { kind: "number", number: 2000 }],
      [3, { kind: "number", number: 100 }],
      [4, { kind: "number", number: 95 }],
    ]);
  });

  it("inserts rows rather than overwrite a note written below a table with no Total row", () => {
    const sheet = grid("Téléphonie 2021", [
      ["Mois", "Appels reçus", "Appels aboutis"],
      ["janvier", 1520, 1432],
      ["Source : plateforme téléphonique", null, null],
    ]);
    const plan = planTelephonyUpsert(sheet, 2021, [FEB]);
    expect(plan.insertRowsBefore).toEqual([{ row: 3, count: 1 }]);
    expect(at(plan.writes, 3, 1)).toEqual({ kind: "text", text: "février" });
  });

  it.each([
    ["janvier", "février"],
    ["Janvier", "Février"],
    ["janvier 2021", "février 2021"],
    ["Janv. 2021", "Février 2021"],
  ])("writes a new month the way the sheet writes its months: after %j comes %j", (january, february) => {
    const sheet = grid("Téléphonie 2021", [
      ["Mois", "Appels reçus", "Appels aboutis"],
      [january, 1520, 1432],
    ]);
    expect(at(planTelephonyUpsert(sheet, 2021, [FEB]).writes, 3, 1)).toEqual({ kind: "text", text: february });
  });

  it("writes a new month as an Excel date in the sheet's own format when its months are dates", () => {
    const sheet = grid("Appels", [
      ["Mois", "Appels reçus", "Appels aboutis"],
      [{ value: serial(2021, 1, 1), numberFormat: "mmm-yy" }, 1520, 1432],
    ]);
    const plan = planTelephonyUpsert(sheet, 2021, [FEB]);
    const label = plan.writes.find((w) => w.row === 3 && w.column === 1);
    expect(label?.value).toEqual({ kind: "number", number: serial(2021, 2, 1) });
    expect(plan.styles[label?.style ?? ""]).toEqual({ numberFormat: "mmm-yy" });
    expect(monthsOf(applyUpsert(sheet, plan))).toEqual(plain([JAN, FEB]));
  });

  it("writes its own table below the content of a sheet that has no telephony table", () => {
    const notes = grid("Téléphonie 2021", [["Chiffres à venir"]]);
    const plan = planTelephonyUpsert(notes, 2021, [JAN]);
    expect(plan.create).toBe(false);
    expect(at(plan.writes, 3, 1)).toMatchObject({ kind: "text" });
    expect(at(plan.writes, 5, 1)).toEqual({ kind: "text", text: "Mois" });
    expect(monthsOf(applyUpsert(notes, plan))).toEqual(plain([JAN]));
  });

  it("leaves out months of another year", () => {
    const plan = planTelephonyUpsert(created, 2021, [figures("2020-12", 10, 9)]);
    expect(plan.writes).toEqual([]);
    expect(plan.skippedMonths).toEqual([{ month: "2020-12", reason: "other_year" }]);
  });
});
