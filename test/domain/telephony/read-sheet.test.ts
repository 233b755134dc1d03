import { readTelephonySheet } from "../../../src/domain/telephony";
import { grid, serial } from "../../helpers/cells";

const monthCell = (month: number) => ({ value: serial(2021, month, 1), numberFormat: "mmm-yy", text: `${month}/21` });

describe("readTelephonySheet", () => {
  it("gives null for a sheet with no month column and received column", () => {
    const indicators = grid("Indicateurs 2021", [
      ["Thématique", "Indicateurs", "Résultat", "Cible"],
      ["Accueil téléphonique", "Taux d'appels aboutis", "94 %", ">90 %"],
    ]);
    expect(readTelephonySheet(indicators, {})).toBeNull();
  });

  it("reads real Excel dates, numbers and a Total row of formulas, with the year from the dates", () => {
    const sheet = grid("Appels", [
      ["Suivi mensuel de l'accueil téléphonique"],
      [null],
      ["Mois", "Appels reçus", "Appels aboutis", "Taux"],
      [monthCell(1), 1520, 1432, { value: 0.9421, numberFormat: "0.00%", formula: "=C4/B4" }],
      [monthCell(2), 1388, 1310, { value: 0.9438, numberFormat: "0.00%", formula: "=C5/B5" }],
      ["Total", { value: 2908, formula: "=SUM(B4:B5)" }, { value: 2742, formula: "=SUM(C4:C5)" }, null],
    ]);
    const reading = readTelephonySheet(sheet, {});
    expect(reading).not.toBeNull();
    expect(reading?.year).toBe(2021);
    expect(reading?.issues).toEqual([]);
    expect(reading?.monthly).toEqual({
      sheet: "Appels",
      months: [
        { month: "2021-01", received: 1520, answered: 1432, rate: 94.21, sheet: "Appels", row: 4 },
        { month: "2021-02", received: 1388, answered: 1310, rate: 94.38, sheet: "Appels", row: 5 },
      ],
      received: 2908,
      answered: 2742,
      annualRate: 94.29,
    });
  });

  it("takes the year from the sheet name when the labels have none", () => {
    const sheet = grid("Téléphonie 2020", [
      ["Mois", "Reçus", "Décrochés"],
      ["janvier", 100, 90],
    ]);
    expect(readTelephonySheet(sheet, {})?.monthly.months.map((m) => m.month)).toEqual(["2020-01"]);
  });

  it("locates each problem by sheet and cell, counting from the used range's origin", () => {
    const sheet = grid(
      "Téléphonie 2021",
      [
        ["Mois", "Appels reçus", "Appels aboutis"],
        ["janvier", 100, 90],
        ["février", 100, { value: { error: "#N/A" } }],
        ["mars", 100, 120],
        ["mai", 100, 90],
      ],
      { origin: { row: 3, column: 2 } },
    );
    const issues = readTelephonySheet(sheet, {})?.issues ?? [];
    expect(issues.map((i) => [i.code, i.sheet, i.cell])).toEqual([
      ["MONTH_UNREADABLE", "Téléphonie 2021", "D5"],
      ["MONTH_ANSWERED_EXCEEDS_RECEIVED", "Téléphonie 2021", "D6"],
      ["MONTH_MISSING", "Téléphonie 2021", "B7"],
    ]);
    expect(issues[0].message).toContain("#N/A");
  });

  it("reads lost calls from a sheet that has no answered column", () => {
    const sheet = grid("Téléphonie 2021", [
      ["Période", "Appels entrants", "Appels perdus", "Taux de perte"],
      ["01/2021", 200, 20, 0.1],
    ]);
    expect(readTelephonySheet(sheet, {})?.monthly.months[0]).toMatchObject({ received: 200, answered: 180, rate: 90 });
  });

  it("reports once, on the header, a sheet with received calls but neither answered nor lost ones", () => {
    const sheet = grid("Téléphonie 2021", [
      ["Mois", "Appels reçus"],
      ["janvier", 100],
    ]);
    const reading = readTelephonySheet(sheet, {});
    expect(reading?.monthly.months).toEqual([]);
    expect(reading?.issues.map((i) => [i.code, i.cell])).toEqual([["MONTH_UNREADABLE", "B1"]]);
  });
});
