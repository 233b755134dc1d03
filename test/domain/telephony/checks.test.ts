import type { IssueCode } from "../../../src/domain/issues";
import { parseTelephonyText } from "../../../src/domain/telephony";

/** The codes found in an export with this header and these rows, for 2021. */
function codesOf(header: string, rows: readonly string[]): IssueCode[] {
  return parseTelephonyText([header, ...rows].join("\n"), { year: 2021 }).issues.map((issue) => issue.code);
}
const ANSWERED = "Mois;Appels reçus;Appels aboutis";
const LOST = "Mois;Appels reçus;Appels perdus";

describe("each monthly check fires on its case and stays quiet on the near miss", () => {
  it.each<[string, string, readonly string[], readonly IssueCode[]]>([
    ["an unreadable month label", ANSWERED, ["janvier;100;90", "marss;100;90"], ["MONTH_UNREADABLE"]],
    ["a month label readable", ANSWERED, ["janvier;100;90", "févr.;100;90"], []],
    ["figures with no month label", ANSWERED, ["janvier;100;90", ";100;90"], ["MONTH_UNREADABLE"]],
    ["an unreadable received figure", ANSWERED, ["janvier;1 0x0;90"], ["MONTH_UNREADABLE"]],
    ["a received figure with a thousands space", ANSWERED, ["janvier;1 000;90"], []],
    ["an unreadable answered figure", ANSWERED, ["janvier;100;n/a"], ["MONTH_UNREADABLE"]],
    ["a missing answered figure", ANSWERED, ["janvier;100;"], ["MONTH_UNREADABLE"]],
    ["a missing received figure", ANSWERED, ["janvier;;90"], ["MONTH_UNREADABLE"]],
    ["a negative received figure", ANSWERED, ["janvier;-100;90"], ["NEGATIVE_VALUE"]],
    ["a negative answered figure", ANSWERED, ["janvier;100;\u22125"], ["NEGATIVE_VALUE"]],
    ["zero answered calls", ANSWERED, ["janvier;100;0"], []],
    ["more answered than received", ANSWERED, ["janvier;100;101"], ["MONTH_ANSWERED_EXCEEDS_RECEIVED"]],
    ["as many answered as received", ANSWERED, ["janvier;100;100"], []],
    ["more lost than received", LOST, ["janvier;100;101"], ["MONTH_UNREADABLE"]],
    ["every call lost", LOST, ["janvier;100;100"], []],
    ["the same month twice", ANSWERED, ["janvier;100;90", "janvier;100;90"], ["MONTH_DUPLICATE"]],
    ["the same month with and without its year", ANSWERED, ["janvier 2021;100;90", "janvier;100;90"], ["MONTH_DUPLICATE"]],
    ["two months in a row", ANSWERED, ["janvier;100;90", "février;100;90"], []],
    ["the same date twice in daily rows", ANSWERED, ["04/01/2021;10;9", "04/01/2021;10;9"], ["MONTH_DUPLICATE"]],
    ["two dates of one month in daily rows", ANSWERED, ["04/01/2021;10;9", "05/01/2021;10;9"], []],
    ["the same slot twice in hourly rows", ANSWERED, ["04/01/2021 08:00;10;9", "04/01/2021 08:00;10;9"], ["MONTH_DUPLICATE"]],
    ["two slots of one day in hourly rows", ANSWERED, ["04/01/2021 08:00;10;9", "04/01/2021 09:00;10;9"], []],
    ["a month given as a total and as days", ANSWERED, ["janvier;100;90", "05/01/2021;10;9"], ["MONTH_DUPLICATE"]],
    ["a month absent between two others", ANSWERED, ["janvier;100;90", "mars;100;90"], ["MONTH_MISSING"]],
    ["two months absent between two others", ANSWERED, ["janvier;100;90", "avril;100;90"], ["MONTH_MISSING", "MONTH_MISSING"]],
    ["a month left blank in a template between two filled", ANSWERED, ["janvier;100;90", "février;;", "mars;100;90"], ["MONTH_MISSING"]],
    ["months not filled in yet at the end of a template", ANSWERED, ["janvier;100;90", "février;100;90", "mars;;", "avril;;"], []],
    ["a Total, a Cumul and a Moyenne row", ANSWERED, ["janvier;100;90", "Total;100;90", "Cumul;100;90", "Moyenne mensuelle;100;90"], []],
  ])("%s", (_case, header, rows, codes) => {
    expect(codesOf(header, rows)).toEqual(codes);
  });
});

describe("rows that fail a check", () => {
  it("are left out of the totals while the other months count", () => {
    const reading = parseTelephonyText("Mois;Reçus;Aboutis\njanvier;100;90\nfévrier;100;101\nmars;-1;0\navril;50;40", { year: 2021 });
    expect(reading.monthly.months.map((m) => m.month)).toEqual(["2021-01", "2021-04"]);
    expect(reading.monthly.received).toBe(150);
    expect(reading.monthly.answered).toBe(130);
  });

  it("keep the first of two rows for the same month and drop the second", () => {
    const reading = parseTelephonyText("Mois;Reçus;Aboutis\njanvier;100;90\njanvier;200;150", { year: 2021 });
    expect(reading.monthly.months).toEqual([{ month: "2021-01", received: 100, answered: 90, rate: 90, line: 2 }]);
    expect(reading.issues[0]).toMatchObject({ code: "MONTH_DUPLICATE", line: 3, severity: "error" });
  });

  it("in daily rows, only the failing day is left out of its month", () => {
    const reading = parseTelephonyText("Date;Reçus;Aboutis\n04/01/2021;10;9\n05/01/2021;10;11\n06/01/2021;20;19", {});
    expect(reading.monthly.months).toEqual([{ month: "2021-01", received: 30, answered: 28, rate: 93.33, line: 2 }]);
    expect(reading.issues.map((i) => [i.code, i.line])).toEqual([["MONTH_ANSWERED_EXCEEDS_RECEIVED", 3]]);
  });
});
