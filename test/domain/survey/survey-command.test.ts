import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import ExcelJS from "exceljs";
import { captureIo } from "../../../src/cli/io";
import { main } from "../../../src/cli/main";

const FIXTURES = join(__dirname, "../../fixtures/survey");

async function runCli(...argv: string[]) {
  const io = captureIo();
  const code = await main(["survey", ...argv], io);
  return { code, out: io.out(), err: io.err() };
}

const scratch = (): string => mkdtempSync(join(tmpdir(), "survey-cli-"));

async function writeWorkbook(path: string, sheets: Record<string, (string | number)[][]>): Promise<void> {
  const book = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) book.addWorksheet(name).addRows(rows);
  await book.xlsx.writeFile(path);
}

describe("bilan-qualite survey", () => {
  it("prints the survey in French with each problem's line, and exits 0", async () => {
    const { code, out, err } = await runCli(join(FIXTURES, "enquete-2021.csv"));
    expect(code).toBe(0);
    expect(err).toBe("");
    expect(out).toContain("Enquête de satisfaction 2021");
    expect(out).toContain("Répondants\u00a0: 3");
    expect(out).toContain("- 100\u00a0% des usagers sont satisfaits de l'accueil téléphonique (2\u00a0réponses)\n");
    expect(out).toContain("- 67\u00a0% des usagers ont répondu «\u00a0Oui\u00a0» à «\u00a0L'agent s'est-il présenté\u00a0?\u00a0»");
    expect(out).toContain("- Avertissement, ligne 7\u00a0: La réponse «\u00a0Bof\u00a0»");
  });

  it("prints with --json the survey block and its issues carrying their line", async () => {
    const { code, out } = await runCli(join(FIXTURES, "enquete-2021.csv"), "--json");
    expect(code).toBe(0);
    const json = JSON.parse(out);
    expect(json).toMatchObject({ sheet: null, year: 2021, respondents: 3, sites: [{ name: "PAN", respondents: 2 }, { name: "Préfecture", respondents: 1 }] });
    expect(json.questions[1]).toEqual({
      question: "L'agent s'est-il présenté ?",
      column: "D",
      scale: "yes_no",
      n: 3,
      counts: { Oui: 2, Non: 1 },
      satisfactionRate: 66.67,
      netRate: 33.33,
      margin: 53.34,
      mean: null,
      previous: null,
      change: null,
    });
    expect(json.issues[2]).toEqual(expect.objectContaining({ code: "SURVEY_ANSWER_UNREADABLE", line: 7 }));
  });

  it("takes the year from --year when the export gives none", async () => {
    const file = join(scratch(), "reponses.tsv");
    writeFileSync(file, "Êtes-vous satisfait ?\tNote\nTrès satisfait\t5\nSatisfait\t4\n");
    const { out } = await runCli(file, "--year", "2023", "--json");
    expect(JSON.parse(out)).toMatchObject({ year: 2023, respondents: 2, overallRate: 100 });
  });

  it.each<[string, string | Buffer]>([
    ["an empty file", ""],
    ["a file of blank lines", "\n\n  \n"],
    ["a text with no answer on a known scale", "Nom;Ville\nMartin;Aurillac\n"],
    ["bytes that are no text", Buffer.from([0x00, 0x01, 0x02, 0xff, 0xfe, 0x00])],
  ])("exits 1 with one French line for %s", async (_case, content) => {
    const file = join(scratch(), "export.csv");
    writeFileSync(file, content);
    const { code, out, err } = await runCli(file);
    expect(code).toBe(1);
    expect(out).toBe("");
    expect(err.trimEnd().split("\n")).toHaveLength(1);
    expect(err).toMatch(/^(Le fichier|L'enquête) «\u00a0.*export\.csv\u00a0»/);
  });

  it("reports an export's column of answers on no known scale at its header's line, and does not count it as a question", async () => {
    const file = join(scratch(), "reponses.tsv");
    writeFileSync(file, "Êtes-vous satisfait de l'accueil ?\tQualité de l'information\nTrès satisfait\tExcellente\nSatisfait\tBonne\nPeu satisfait\tMoyenne\n");
    const json = JSON.parse((await runCli(file, "--year", "2021", "--json")).out);
    expect(json.questions.map((question: { question: string }) => question.question)).toEqual(["Êtes-vous satisfait de l'accueil ?"]);
    expect(json.issues).toContainEqual(expect.objectContaining({ code: "SURVEY_ANSWER_UNREADABLE", line: 1, message: expect.stringContaining("Qualité de l'information") }));
    const { code, out } = await runCli(file, "--year", "2021");
    expect(code).toBe(0);
    // The text report wraps its lines at 80 characters, continuing them indented.
    expect(out.replace(/\n {2}/g, " ")).toContain("ligne 1\u00a0: Les réponses à la question «\u00a0Qualité de l'information\u00a0» («\u00a0Excellente\u00a0», «\u00a0Bonne\u00a0», «\u00a0Moyenne\u00a0»…) ne sont sur aucune échelle connue");
  });

  it.each<[string, Buffer, RegExp]>([
    ["a truncated workbook", Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00]), /incomplet ou endommagé/],
    // An OLE compound file: what Excel writes for a workbook protected by a password, or an old .xls.
    ["a protected workbook or old .xls", Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]), /protégé par mot de passe.*\.xls/],
  ])("exits 1 with one French line naming the file for %s", async (_case, content, message) => {
    const file = join(scratch(), "enquete.xlsx");
    writeFileSync(file, content);
    const { code, out, err } = await runCli(file);
    expect(code).toBe(1);
    expect(out).toBe("");
    expect(err.trimEnd().split("\n")).toHaveLength(1);
    expect(err).toMatch(/^Le fichier «\u00a0.*enquete\.xlsx\u00a0»/);
    expect(err.trimEnd()).toMatch(message);
  });

  it("exits 1 with one French line when the file does not exist", async () => {
    const { code, err } = await runCli(join(scratch(), "absent.csv"));
    expect(code).toBe(1);
    expect(err).toMatch(/^Le fichier «\u00a0.*absent\.csv\u00a0» est introuvable\.\n$/);
  });

  describe("on a workbook", () => {
    const header = ["Site", "Êtes-vous satisfait de l'accueil ?", "Globalement, êtes-vous satisfait ?"];
    const book = async (): Promise<string> => {
      const file = join(scratch(), "classeur.xlsx");
      await writeWorkbook(file, {
        "Indicateurs 2021": [["Indicateur", "Résultat", "Cible"], ["Taux d'appels aboutis", "94 %", "> 90 %"]],
        "Enquête 2020": [header, ["PAN", "Satisfait", "Pas satisfait"], ["PAN", "Insatisfait", "Pas satisfait"]],
        "Enquête 2021": [header, ["PAN", "Très satisfait", "Satisfait"], ["BMI", "Satisfait", "Peu satisfait"]],
      });
      return file;
    };

    it("takes the latest year's survey and its change against the year before", async () => {
      const { code, out } = await runCli(await book(), "--json");
      expect(code).toBe(0);
      const json = JSON.parse(out);
      expect(json).toMatchObject({ sheet: "Enquête 2021", year: 2021, previousYear: 2020, overallRate: 50 });
      expect(json.questions[0]).toMatchObject({ column: "B", satisfactionRate: 100, previous: 50, change: 50 });
      expect(json.issues[0]).toMatchObject({ code: "SURVEY_SMALL_SAMPLE", sheet: "Enquête 2021", cell: "B1" });
    });

    it("takes the year asked for", async () => {
      const { out } = await runCli(await book(), "--year", "2020", "--json");
      expect(JSON.parse(out)).toMatchObject({ sheet: "Enquête 2020", overallRate: 0 });
    });

    it("exits 1 listing the years found when --year names a year without a survey", async () => {
      const { code, err } = await runCli(await book(), "--year", "2019");
      expect(code).toBe(1);
      expect(err).toContain("aucune enquête de satisfaction pour l'année 2019 (années trouvées\u00a0: 2020, 2021).");
    });

    it("exits 1 when the workbook holds no survey", async () => {
      const file = join(scratch(), "sans-enquete.xlsx");
      await writeWorkbook(file, { "Indicateurs 2021": [["Indicateur", "Résultat"], ["Taux", "94 %"]] });
      const { code, err } = await runCli(file);
      expect(code).toBe(1);
      expect(err).toMatch(/^L'enquête «\u00a0.*sans-enquete\.xlsx\u00a0» ne peut pas être lue\u00a0: aucune enquête de satisfaction trouvée/);
    });
  });

  it("is written by generate as « Enquête 2021 », its charts native, beside the summary that names the overall rate", async () => {
    const out = join(scratch(), "rapport.xlsx");
    const io = captureIo();
    expect(await main(["generate", "samples/enquete-satisfaction-2021.xlsx", "--out", out], io)).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    expect(book.worksheets.map((sheet) => sheet.name)).toEqual(["Synthèse 2021", "Contrôles 2021", "Enquête 2021", "Affichage 2021", "Plan d'actions", "Données graphiques 2021"]);
    expect(book.getWorksheet("Enquête 2021")?.getCell("A1").value).toBe("Enquête de satisfaction 2021");
    const summaryTexts: string[] = [];
    book.getWorksheet("Synthèse 2021")?.eachRow((row) => row.eachCell((cell) => summaryTexts.push(String(cell.value))));
    expect(summaryTexts.some((text) => text.includes("97\u00a0% des usagers satisfaits dans l'ensemble"))).toBe(true);
  });
});
