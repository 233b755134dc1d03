import {
  isBareYear,
  isPlausibleYear,
  MONTH_ABBREVIATIONS,
  MONTH_NAMES,
  PLAUSIBLE_YEARS,
  quoted,
  withoutAccents,
  yearsIn,
} from "../../../src/domain/text/french";

describe("years", () => {
  it.each([
    [1999, false],
    [2000, true],
    [2021, true],
    [2099, true],
    [2100, false],
    [2021.5, false],
  ])("says whether %p is a year a quality workbook can be about", (year, plausible) => {
    expect(isPlausibleYear(year)).toBe(plausible);
  });

  it("states the range once, from 2000 to 2099", () => {
    expect(PLAUSIBLE_YEARS).toEqual({ first: 2000, last: 2099 });
  });

  it.each([
    ["BILAN QUALITE 2021", [2021]],
    ["Bilan 2020-2021", [2020, 2021]],
    ["Résultat au 31/12/2021", [2021]],
    ["12021 ou 20215", []],
    ["1500 appels en 2021", [2021]],
  ])("finds the years in %p", (text, years) => {
    expect(yearsIn(text)).toEqual(years);
  });

  it.each([["2021", true], [" 2021 ", true], ["2021 bis", false], ["1850", false]])("says whether %p is a bare year", (text, bare) => {
    expect(isBareYear(text)).toBe(bare);
  });
});

describe("words", () => {
  it("names the twelve months and abbreviates them as Excel's French formats do", () => {
    expect(MONTH_NAMES).toHaveLength(12);
    expect(MONTH_ABBREVIATIONS.map((short, index) => [short, MONTH_NAMES[index]])).toContainEqual(["févr.", "février"]);
    expect(MONTH_ABBREVIATIONS[7]).toBe("août");
  });

  it("quotes between guillemets held by no-break spaces", () => {
    expect(quoted("Téléphonie 2021")).toBe("«\u00a0Téléphonie 2021\u00a0»");
  });

  it.each([
    ["Délai de réponse", "Delai de reponse"],
    ["ÉCHÉANCE août", "ECHEANCE aout"],
    ["Œuvre", "Œuvre"],
  ])("folds the accents of %p", (text, folded) => {
    expect(withoutAccents(text)).toBe(folded);
  });
});
