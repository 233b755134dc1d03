import { parseTelephonyText } from "../../../src/domain/telephony";
import { ANSWERED_2021, fixtureText, RECEIVED_2021 } from "./fixtures";

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);
const keys2021 = (count: number) => Array.from({ length: count }, (_, i) => `2021-${String(i + 1).padStart(2, "0")}`);

describe("parseTelephonyText on saved and pasted exports", () => {
  it.each([
    ["monthly-2021-semicolon.csv"],
    ["monthly-2021-utf8-bom.csv"],
    ["monthly-2021-windows-1252.csv"],
    ["monthly-2021-utf16le.txt"],
  ])("reads the twelve months of %s, its year from the title and leaves the Total row out", (name) => {
    const reading = parseTelephonyText(fixtureText(name), {});
    expect(reading.year).toBe(2021);
    expect(reading.issues).toEqual([]);
    expect(reading.monthly.months.map((m) => m.month)).toEqual(keys2021(12));
    expect(reading.monthly.months.map((m) => m.received)).toEqual(RECEIVED_2021);
    expect(reading.monthly.months.map((m) => m.answered)).toEqual(ANSWERED_2021);
    expect(reading.monthly.received).toBe(16860);
    expect(reading.monthly.answered).toBe(15921);
    expect(reading.monthly.annualRate).toBe(94.43);
  });

  it("gives each month the line it came from and its rate rounded to two decimals", () => {
    const january = parseTelephonyText(fixtureText("monthly-2021-semicolon.csv"), {}).monthly.months[0];
    expect(january).toEqual({ month: "2021-01", received: 1520, answered: 1432, rate: 94.21, line: 5 });
  });

  it("reads a tab-separated paste from the portal with short labels, grouped thousands and a lost column", () => {
    const reading = parseTelephonyText(fixtureText("portal-paste-2021.tsv"), {});
    expect(reading.issues).toEqual([]);
    expect(reading.year).toBe(2021);
    expect(reading.monthly.months.map((m) => [m.month, m.received, m.answered])).toEqual(
      keys2021(6).map((key, i) => [key, RECEIVED_2021[i], ANSWERED_2021[i]]),
    );
  });

  it("derives answered calls as received minus lost when only lost calls are given", () => {
    const reading = parseTelephonyText(fixtureText("lost-only-2021.csv"), {});
    expect(reading.issues).toEqual([]);
    expect(reading.monthly.months.map((m) => m.answered)).toEqual(ANSWERED_2021.slice(0, 4));
    expect(reading.monthly.annualRate).toBe(Math.round((sum(ANSWERED_2021.slice(0, 4)) / sum(RECEIVED_2021.slice(0, 4))) * 10000) / 100);
  });

  it("folds daily dates into their months, sums them and ignores the Total row, in a comma-separated export with quoted decimal commas", () => {
    const reading = parseTelephonyText(fixtureText("daily-2021-comma.csv"), {});
    expect(reading.issues).toEqual([]);
    expect(reading.monthly.months).toEqual([
      { month: "2021-01", received: 280, answered: 263, rate: 93.93, line: 2 },
      { month: "2021-02", received: 206, answered: 192, rate: 93.2, line: 5 },
      { month: "2021-03", received: 70, answered: 70, rate: 100, line: 7 },
    ]);
    expect(reading.monthly.received).toBe(556);
    expect(reading.monthly.answered).toBe(525);
  });

  it("weights the annual rate by calls: January 900/1000 and February 50/100 give 86.36, not the mean 70", () => {
    const reading = parseTelephonyText("Mois;Reçus;Aboutis\njanvier 2021;1000;900\nfévrier 2021;100;50\n", {});
    expect(reading.monthly.annualRate).toBe(86.36);
  });

  it("reports each problem of a broken export on its line and keeps those months out of the totals", () => {
    const reading = parseTelephonyText(fixtureText("problems-2021.csv"), {});
    expect(reading.issues.map((issue) => [issue.line, issue.code, issue.severity])).toEqual([
      [4, "MONTH_UNREADABLE", "error"],
      [5, "MONTH_ANSWERED_EXCEEDS_RECEIVED", "error"],
      [7, "MONTH_DUPLICATE", "error"],
      [8, "MONTH_MISSING", "warning"],
      [9, "NEGATIVE_VALUE", "error"],
    ]);
    expect(reading.issues.every((issue) => issue.sheet === null && issue.cell === null)).toBe(true);
    expect(reading.monthly.months.map((m) => m.month)).toEqual(["2021-01", "2021-02", "2021-05", "2021-07"]);
    expect(reading.monthly.received).toBe(1520 + 1388 + 1310 + 1276);
    expect(reading.monthly.answered).toBe(1432 + 1310 + 1241 + 1205);
  });

  it("says in French what is wrong, naming the month and the figure", () => {
    const messages = parseTelephonyText(fixtureText("problems-2021.csv"), {}).issues.map((issue) => issue.message);
    expect(messages[0]).toBe("Le nombre d'appels aboutis de mars 2021 n'est pas lisible\u00a0: «\u00a01 49O\u00a0». Cette ligne est écartée du total.");
    expect(messages[1]).toContain("plus d'appels aboutis (1\u202f455) que d'appels reçus (1\u202f372)");
    expect(messages[3]).toBe("Juin 2021 manque entre mai 2021 et juillet 2021.");
  });
});

describe("parseTelephonyText on the shapes people paste", () => {
  it("takes blank lines, a title above the header, trailing separators and quoted fields in its stride", () => {
    const text = '\n\nExport "Accueil"\n\n"Mois";"Appels reçus";"Appels aboutis";\n\n"janvier";"1 520";"1 432";\n"février";"1 388";"1 310";;\n\n';
    const reading = parseTelephonyText(text, { year: 2021 });
    expect(reading.issues).toEqual([]);
    expect(reading.monthly.months.map((m) => [m.month, m.line])).toEqual([
      ["2021-01", 7],
      ["2021-02", 8],
    ]);
  });

  it("reads rows pasted without their header as month, received, answered", () => {
    const reading = parseTelephonyText("janvier 2021\t1520\t1432\nfévrier 2021\t1388\t1310", {});
    expect(reading.issues).toEqual([]);
    expect(reading.monthly.received).toBe(2908);
  });

  it.each([
    ["the option", "Mois;Reçus;Aboutis\nmars;100;90", { year: 2020 }, 2020],
    ["the labels", "Mois;Reçus;Aboutis\nmars 2019;100;90", {}, 2019],
    ["the title", "Téléphonie 2018\nMois;Reçus;Aboutis\nmars;100;90", {}, 2018],
  ])("takes the year from %s", (_source, text, options, year) => {
    const reading = parseTelephonyText(text, options);
    expect(reading.year).toBe(year);
    expect(reading.monthly.months[0]?.month).toBe(`${year}-03`);
  });

  it("keeps only the chosen year's months when the export spans two years", () => {
    const text = "Mois;Reçus;Aboutis\ndéc. 2020;100;90\njanv. 2021;200;190\nfévr. 2021;300;290";
    const reading = parseTelephonyText(text, { year: 2021 });
    expect(reading.monthly.months.map((m) => m.month)).toEqual(["2021-01", "2021-02"]);
    expect(reading.issues).toEqual([]);
  });

  it("counts no month and says to choose a year when nothing gives one", () => {
    const reading = parseTelephonyText("Mois;Reçus;Aboutis\nmars;100;90\navril;100;95", {});
    expect(reading.year).toBeNull();
    expect(reading.monthly.months).toEqual([]);
    expect(reading.issues).toHaveLength(1);
    expect(reading.issues[0]).toMatchObject({ code: "MONTH_UNREADABLE", line: 2 });
    expect(reading.issues[0].message).toContain("choisissez l'année");
  });

  it("says that no header was found in a text that is not an export, on its first written line", () => {
    const reading = parseTelephonyText("\nBonjour,\nvoici les chiffres demandés.", {});
    expect(reading.monthly.months).toEqual([]);
    expect(reading.issues).toEqual([expect.objectContaining({ code: "MONTH_UNREADABLE", line: 2 })]);
    expect(reading.issues[0].message).toContain("Aucun en-tête reconnu");
  });

  it("reads an empty text as no month and one problem", () => {
    const reading = parseTelephonyText("", {});
    expect(reading.monthly).toEqual({ sheet: null, months: [], received: 0, answered: 0, annualRate: null });
    expect(reading.issues).toHaveLength(1);
  });
});

describe("parseTelephonyText on other platforms' exports", () => {
  it("takes the date column rather than the weekday column as the months", () => {
    const text = "Jour;Date;Appels entrants;Appels traités;Appels perdus;Taux de service\nlundi;04/01/2021;90;85;5;94,4\nmardi;05/01/2021;100;96;4;96\n";
    const reading = parseTelephonyText(text, {});
    expect(reading.issues).toEqual([]);
    expect(reading.monthly.months).toEqual([{ month: "2021-01", received: 190, answered: 181, rate: 95.26, line: 2 }]);
  });

  it("reads ISO date-times, quoted headers and answered calls called « servis »", () => {
    const text = '"Date";"Appels présentés";"Appels servis"\n"2021-01-04 00:00:00";"90";"85"\n"2021-02-01 00:00:00";"100";"96"\n';
    const reading = parseTelephonyText(text, {});
    expect(reading.issues).toEqual([]);
    expect(reading.monthly.months.map((m) => [m.month, m.received, m.answered])).toEqual([
      ["2021-01", 90, 85],
      ["2021-02", 100, 96],
    ]);
  });
});
