import { readMonthNumber, readMonthText } from "../../../src/domain/telephony";

describe("readMonthText", () => {
  it.each([
    ["janvier", null, 1, undefined],
    ["Janvier", null, 1, undefined],
    ["JANVIER", null, 1, undefined],
    ["février", null, 2, undefined],
    ["fevrier", null, 2, undefined],
    ["févr.", null, 2, undefined],
    ["fev", null, 2, undefined],
    ["janv.", null, 1, undefined],
    ["avr.", null, 4, undefined],
    ["juil.", null, 7, undefined],
    ["août", null, 8, undefined],
    ["aout", null, 8, undefined],
    ["sept.", null, 9, undefined],
    ["oct.", null, 10, undefined],
    ["nov.", null, 11, undefined],
    ["déc.", null, 12, undefined],
    ["Décembre", null, 12, undefined],
    ["janvier 2021", 2021, 1, undefined],
    ["janv. 2021", 2021, 1, undefined],
    ["janv-21", 2021, 1, undefined],
    ["févr.-21", 2021, 2, undefined],
    ["01/2021", 2021, 1, undefined],
    ["1/2021", 2021, 1, undefined],
    ["2021-01", 2021, 1, undefined],
    ["2021/12", 2021, 12, undefined],
    ["15/01/2021", 2021, 1, 15],
    ["15/01/21", 2021, 1, 15],
    ["2021-01-15", 2021, 1, 15],
    ["15/01/2021 00:00", 2021, 1, 15],
    ["2021-01-15T00:00:00", 2021, 1, 15],
    ["1er mars 2021", 2021, 3, 1],
    ["lundi 04/01/2021", 2021, 1, 4],
    ["mar. 5 janvier 2021", 2021, 1, 5],
    ["Mer 06/01/2021", 2021, 1, 6],
    ["1", null, 1, undefined],
    ["01", null, 1, undefined],
    ["12", null, 12, undefined],
    ["  mars\u00a0", null, 3, undefined],
  ])("reads %j as year %p, month %p, day %p", (text, year, month, day) => {
    const ref = readMonthText(text);
    expect(ref).toEqual(day === undefined ? { year, month } : { year, month, day });
  });

  it.each([["13"], ["0"], ["constructor"], ["toString"], ["31/02/2021"], ["13/2021"], ["Total"], ["Moyenne"], [""], ["janvierr"], ["2021"], ["1 520"]])(
    "does not take %j for a month",
    (text) => {
      expect(readMonthText(text)).toBeNull();
    },
  );
});

describe("readMonthText on date-times", () => {
  it.each([
    ["15/01/2021 08:30", "08:30"],
    ["2021-01-15 8:00:00", "08:00"],
    ["2021-01-15T14:30:00.000", "14:30"],
  ])("keeps the time of %j as %j, so that slots of one day are not duplicates", (text, time) => {
    expect(readMonthText(text)).toEqual({ year: 2021, month: 1, day: 15, time });
  });
});

describe("readMonthNumber", () => {
  it.each([
    // 44197 is 1 January 2021, 44211 is 15 January 2021, 44228 is 1 February 2021.
    [44211, "dd/mm/yyyy", { year: 2021, month: 1, day: 15 }],
    [44211, "d/m/yy;@", { year: 2021, month: 1, day: 15 }],
    [44228, "mmm-yy", { year: 2021, month: 2 }],
    [44228, "[$-40C]mmmm\\ yyyy", { year: 2021, month: 2 }],
    [44197, "yyyy-mm", { year: 2021, month: 1 }],
    [3, "General", { year: null, month: 3 }],
    [12, "0", { year: null, month: 12 }],
  ])("reads the number %p formatted %j as %j", (value, format, expected) => {
    expect(readMonthNumber(value, format)).toEqual(expected);
  });

  it.each([
    [13, "General"],
    [1.5, "General"],
    [44211, "General"],
    [0.5, "h:mm"],
  ])("does not take the number %p formatted %j for a month", (value, format) => {
    expect(readMonthNumber(value, format)).toBeNull();
  });
});
