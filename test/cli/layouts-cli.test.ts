import { promises as fs } from "fs";
import os from "os";
import path from "path";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import { captureIo } from "../../src/cli/io";

/** Workbooks laid out as prefectures lay them out, saved to files, through the whole command line. */
describe("bilan-qualite analyze on the layouts of real workbooks", () => {
  let dir: string;
  const files: Record<"long" | "pairs", string> = { long: "", pairs: "" };

  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), "bq-layouts-"));
    const long = new ExcelJS.Workbook();
    const history = long.addWorksheet("Historique");
    history.addRow(["Exercice", "Thématique", "Indicateur", "Résultat", "Cible"]);
    for (const [year, result] of [[2019, "92 %"], [2020, "95 %"], [2021, "94 %"]] as const) {
      history.addRow([year, "Accueil", "Taux d'appels aboutis", result, "> 90 %"]);
      history.addRow([year, "Courriels", "Délai de réponse", "1,5 jours", "5 jours"]);
    }
    files.long = path.join(dir, "long.xlsx");
    await long.xlsx.writeFile(files.long);

    const pairs = new ExcelJS.Workbook();
    const suivi = pairs.addWorksheet("Suivi");
    suivi.addRow(["Indicateur", 2020, "", 2021, ""]);
    suivi.addRow(["", "Résultat", "Cible", "Résultat", "Cible"]);
    suivi.addRow(["Taux d'appels aboutis", 0.95, "> 90 %", 0.89, "> 90 %"]);
    suivi.getCell("B3").numFmt = "0%";
    suivi.getCell("D3").numFmt = "0%";
    suivi.mergeCells("A1:A2");
    suivi.mergeCells("B1:C1");
    suivi.mergeCells("D1:E1");
    files.pairs = path.join(dir, "pairs.xlsx");
    await pairs.xlsx.writeFile(files.pairs);
  });

  afterAll(() => fs.rm(dir, { recursive: true, force: true }));

  const analyze = async (...argv: string[]) => {
    const io = captureIo();
    const code = await main(["analyze", ...argv], io);
    return { code, out: io.out(), err: io.err() };
  };

  it("analyses a long table's latest year and lists every year in availableYears", async () => {
    const { code, out, err } = await analyze(files.long, "--json");
    expect([code, err]).toEqual([0, ""]);
    const json = JSON.parse(out);
    expect(json).toMatchObject({ year: 2021, previousYear: 2020, availableYears: [2019, 2020, 2021], issues: [] });
    expect(json.indicators[0]).toMatchObject({ name: "Taux d'appels aboutis", status: "met", previous: { year: 2020, value: 95 }, change: -1 });
  });

  it("analyses years over pairs of columns, each year against its own target", async () => {
    const { code, out } = await analyze(files.pairs, "--json");
    const json = JSON.parse(out);
    expect(code).toBe(0);
    expect(json).toMatchObject({ year: 2021, previousYear: 2020, availableYears: [2020, 2021] });
    expect(json.indicators[0]).toMatchObject({ status: "not_met", gap: -1, previous: { year: 2020, value: 95 }, change: -6 });
  });

  it.each(["2011", "2099"])("exits 1 for --year %s with one French line listing the years present and naming --year", async (year) => {
    const { code, out, err } = await analyze(files.long, "--year", year);
    expect(code).toBe(1);
    expect(out).toBe("");
    expect(err).toBe(
      `Le classeur «\u00a0${files.long}\u00a0» ne peut pas être analysé\u00a0: aucun tableau d'indicateurs pour ${year}\u00a0; ` +
        "années présentes\u00a0: 2019, 2020, 2021. Choisissez l'une d'elles (option --year, ou l'année du volet).\n",
    );
  });

  it("exits 2 for --year 1899 saying it is out of range, not that it lacks digits", async () => {
    const { code, err } = await analyze(files.long, "--year", "1899");
    expect(code).toBe(2);
    expect(err.split("\n")[0]).toBe("L'option --year attend une année de 2000 à 2099\u00a0; 1899 est hors de cette plage.");
  });
});
