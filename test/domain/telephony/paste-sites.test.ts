import { sitesOfYear, telephonySheets } from "../../../src/domain/analysis/monthly";
import { annualRateAfterFold, matchSite } from "../../../src/domain/analysis/site-fold";
import { parseTelephonySites } from "../../../src/domain/telephony/read-text";
import { grid, workbook } from "../../helpers/cells";

const sheetPerSite = workbook(
  grid("Standard préfecture 2022", [
    ["Mois", "Appels reçus", "Appels aboutis"],
    ["janvier", 1000, 900],
    ["février", 1000, 950],
  ]),
  grid("Téléphonie Mauriac 2022", [
    ["Mois", "Appels reçus", "Appels aboutis"],
    ["janvier", 100, 50],
  ]),
);
const siteColumn = workbook(
  grid("Téléphonie 2022", [
    ["Site", "Mois", "Appels reçus", "Appels aboutis"],
    ["Préfecture", "janvier 2022", 1000, 900],
    ["Mauriac", "janvier 2022", 100, 50],
  ]),
);

describe("the year's telephony sites, for a paste", () => {
  it("names a sheet per site by its sheet, a site column's sites by their value", () => {
    expect(sitesOfYear(telephonySheets(sheetPerSite), 2022).map(({ name, sheet, siteValue }) => [name, sheet, siteValue])).toEqual([
      ["Standard préfecture 2022", "Standard préfecture 2022", null],
      ["Téléphonie Mauriac 2022", "Téléphonie Mauriac 2022", null],
    ]);
    expect(sitesOfYear(telephonySheets(siteColumn), 2022).map(({ name, siteValue }) => [name, siteValue])).toEqual([
      ["Préfecture", "Préfecture"],
      ["Mauriac", "Mauriac"],
    ]);
  });

  it("matches an export's site by value, sheet name or the sheet's name without its generic words, ignoring case and accents", () => {
    const sites = sitesOfYear(telephonySheets(sheetPerSite), 2022);
    expect(matchSite(sites, "MAURIAC")?.sheet).toBe("Téléphonie Mauriac 2022");
    expect(matchSite(sites, "prefecture")?.sheet).toBe("Standard préfecture 2022");
    expect(matchSite(sites, "Saint-Flour")).toBeNull();
    expect(matchSite(sitesOfYear(telephonySheets(siteColumn), 2022), "mauriac")?.name).toBe("Mauriac");
  });

  it("computes the year's rate over every site once the months are in: a pasted month replaces the site's own", () => {
    const sites = sitesOfYear(telephonySheets(sheetPerSite), 2022);
    expect(annualRateAfterFold(sites, [])).toBe(net(1900, 2100));
    const folded = annualRateAfterFold(sites, [{ site: "Téléphonie Mauriac 2022", months: [{ month: "2022-01", received: 100, answered: 100, rate: 100 }, { month: "2022-02", received: 100, answered: 90, rate: 90 }] }]);
    expect(folded).toBe(net(900 + 950 + 100 + 90, 2200));
  });

  it("reads an export with a site column as one reading per site, each with its own months", () => {
    const sites = parseTelephonySites("Site;Mois;Reçus;Aboutis\nPréfecture;janvier 2022;1000;900\nMauriac;janvier 2022;100;50\nMauriac;février 2022;110;60", {});
    expect(sites?.map(({ site, reading }) => [site, reading.monthly.months.map((month) => month.month), reading.issues.length])).toEqual([
      ["Préfecture", ["2022-01"], 0],
      ["Mauriac", ["2022-01", "2022-02"], 0],
    ]);
    expect(parseTelephonySites("Mois;Reçus;Aboutis\njanvier 2022;1000;900", {})).toBeNull();
  });
});

function net(answered: number, received: number): number {
  return Math.round((answered / received) * 10000) / 100;
}
