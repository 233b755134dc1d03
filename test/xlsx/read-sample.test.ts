import path from "path";
import { cellAt, lastRow, type SheetSnapshot, type WorkbookSnapshot } from "../../src/domain/snapshot";
import { parseA1 } from "../../src/domain/address";
import { readWorkbookFile } from "../../src/xlsx/read-workbook";

const SAMPLE = path.join(__dirname, "..", "..", "samples", "classeur-qualite-2021.xlsx");

const at = (sheet: SheetSnapshot, address: string) => {
  const { row, column } = parseA1(address)!;
  return cellAt(sheet, row, column);
};

describe("the sample workbook samples/classeur-qualite-2021.xlsx", () => {
  let snapshot: WorkbookSnapshot;
  const sheet = (name: string): SheetSnapshot => snapshot.sheets.find((s) => s.name === name)!;
  beforeAll(async () => {
    snapshot = await readWorkbookFile(SAMPLE);
  });

  it("holds the 2021 and 2020 indicator sheets and the 2021 telephony sheet", () => {
    expect(snapshot.sheets.map((s) => s.name)).toEqual(["Indicateurs 2021", "Indicateurs 2020", "Téléphonie 2021"]);
  });

  it("puts the header on row 3 so that the seed's first indicator is row 4 and its 0,00 target is D11", () => {
    const indicators = sheet("Indicateurs 2021");
    expect(indicators.cells[2].map((c) => c.value)).toEqual(["Thématique", "Indicateurs", "Résultat", "Cible", "Commentaires"]);
    expect(at(indicators, "B4").value).toBe("Taux d'appels aboutis");
    expect(at(indicators, "B11").value).toBe("Délai d'information des élus en temps de crise");
    expect(at(indicators, "D11")).toMatchObject({ value: 0, text: "0,00" });
  });

  it.each([
    ["C4", "94 %"], ["D4", ">90 %"], ["C5", "18 %"], ["D5", "5 %"], ["C6", "5 %"], ["D6", "2 %"],
    ["C7", "6 usagers par jour"], ["C8", "100 %"], ["D8", "> 80 %"], ["C9", "1,5 jours"], ["D9", "5 jours"],
    ["C10", "14"], ["C11", "100 %"], ["C12", "4 exercices"], ["D12", "4 exercices/an"], ["C13", "/"], ["D13", "100 % en 1 h"],
  ])("shows the seed's value in %s as %p", (address, text) => {
    expect(at(sheet("Indicateurs 2021"), address).text).toBe(text);
  });

  it("closes the 2021 table with the seed's sentence two rows below it", () => {
    const indicators = sheet("Indicateurs 2021");
    expect(lastRow(indicators)).toBe(15);
    expect(at(indicators, "A15").value).toMatch(/^Globalement les cibles des indicateurs sont largement atteintes/);
  });

  it.each([["C4", "95 %"], ["C5", "19 %"], ["C6", "7 %"], ["C9", "1,4 jours"]])(
    "gives 2020's result in %s as %p",
    (address, text) => {
      expect(at(sheet("Indicateurs 2020"), address).text).toBe(text);
    },
  );

  it("has twelve months whose figures total 15 860 received and 14 921 answered, then a Total row", () => {
    const telephony = sheet("Téléphonie 2021");
    const months = telephony.cells.slice(1, 13);
    expect(months.map((row) => row[0].value)).toEqual([
      "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre",
    ]);
    const sum = (column: number) => months.reduce((total, row) => total + (row[column].value as number), 0);
    expect([sum(1), sum(2)]).toEqual([15860, 14921]);
    expect(months[0].map((c) => c.value).slice(1, 3)).toEqual([1520, 1432]);
    expect(telephony.cells[13].map((c) => c.formula)).toEqual([null, "=SUM(B2:B13)", "=SUM(C2:C13)", "=C14/B14"]);
    expect(telephony.cells[13].map((c) => c.value).slice(0, 3)).toEqual(["Total", 15860, 14921]);
  });

  it("computes each month's rate with a formula whose cached result is right", () => {
    const telephony = sheet("Téléphonie 2021");
    for (let row = 2; row <= 14; row++) {
      const rate = at(telephony, `D${row}`);
      expect(rate.formula).toBe(`=C${row}/B${row}`);
      expect(rate.value).toBeCloseTo((at(telephony, `C${row}`).value as number) / (at(telephony, `B${row}`).value as number), 12);
    }
    expect(at(telephony, "D2").text).toBe("94,2 %");
    expect(at(telephony, "D14").text).toBe("94,1 %");
  });
});

describe("the sample as saved by LibreOffice (test/fixtures/sample-saved-by-libreoffice.xlsx)", () => {
  const LIBREOFFICE_COPY = path.join(__dirname, "..", "fixtures", "sample-saved-by-libreoffice.xlsx");

  /**
   * Numbers rounded to 12 decimals: LibreOffice keeps 15 significant digits of a cached result. Its format
   * codes escape a literal space (`0\ %` where our writer writes `0 %`): the same format, read as written,
   * as Excel's `numberFormat` gives it; the displayed texts must be the same.
   */
  const comparable = (snapshot: WorkbookSnapshot) =>
    snapshot.sheets.map((sheet) => ({
      ...sheet,
      cells: sheet.cells.map((row) =>
        row.map((cell) => ({
          ...cell,
          numberFormat: cell.numberFormat.replace(/\\(.)/g, "$1"),
          value: typeof cell.value === "number" ? Number(cell.value.toFixed(12)) : cell.value,
        })),
      ),
    }));

  it("reads the same snapshot from another program's file (shared strings, its own styles)", async () => {
    const ours = await readWorkbookFile(SAMPLE);
    const theirs = await readWorkbookFile(LIBREOFFICE_COPY);
    expect(comparable(theirs)).toEqual(comparable(ours));
  });
});
