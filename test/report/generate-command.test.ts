/** `bilan-qualite generate` run in-process with a captured io: it writes a new report and never touches the input. */
import { promises as fs } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import { captureIo } from "../../src/cli/io";

const SAMPLE = path.join(__dirname, "..", "..", "samples", "classeur-qualite-2021.xlsx");

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "bq-generate-"));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe("generate", () => {
  it("writes the report workbook and says where, in French", async () => {
    const out = path.join(dir, "rapport.xlsx");
    const before = await fs.readFile(SAMPLE);
    const io = captureIo();
    expect(await main(["generate", SAMPLE, "--out", out], io)).toBe(0);
    expect(io.out()).toBe(`Rapport écrit\u00a0: ${out}\nFeuilles\u00a0: Synthèse 2021, Contrôles 2021, Affichage 2021, Plan d'actions, Données graphiques 2021\n`);
    expect(io.err()).toBe("");
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    expect(book.worksheets.map((sheet) => sheet.name)).toEqual(["Synthèse 2021", "Contrôles 2021", "Affichage 2021", "Plan d'actions", "Données graphiques 2021"]);
    expect(book.getWorksheet("Synthèse 2021")?.getCell("A2").value).toEqual(expect.stringContaining("classeur-qualite-2021.xlsx"));
    expect((await fs.readFile(SAMPLE)).equals(before)).toBe(true);
  });

  it("writes « Plan d'actions » fresh, with the states' drop-down list on each row and a date format for the due date", async () => {
    const out = path.join(dir, "rapport-plan.xlsx");
    expect(await main(["generate", SAMPLE, "--out", out], captureIo())).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    const sheet = book.getWorksheet("Plan d'actions");
    expect(sheet?.getCell("B6").value).toBe("Délai d'information des élus en temps de crise");
    expect(sheet?.getCell("H6").value).toBe("À lancer");
    expect(sheet?.getCell("G6").numFmt).toBe("dd/mm/yyyy");
    expect(sheet?.getCell("H6").dataValidation).toMatchObject({ type: "list", formulae: ['"À lancer,En cours,Réalisée,Abandonnée"'] });
  });

  it("analyses the year asked for", async () => {
    const out = path.join(dir, "rapport-2020.xlsx");
    const io = captureIo();
    expect(await main(["generate", SAMPLE, "--out", out, "--year", "2020"], io)).toBe(0);
    expect(io.out()).toContain("Synthèse 2020");
  });

  it.each([
    ["the input itself", () => SAMPLE, /ne peut pas remplacer le classeur lu/],
    ["the input by another path", () => path.join(path.dirname(SAMPLE), ".", "..", "samples", path.basename(SAMPLE)), /ne peut pas remplacer/],
    ["a file that is not .xlsx", () => path.join(dir, "rapport.pdf"), /doit être un fichier \.xlsx/],
  ])("refuses to write over %s, with exit code 2", async (_label, out, message) => {
    const io = captureIo();
    expect(await main(["generate", SAMPLE, "--out", out()], io)).toBe(2);
    expect(io.err()).toMatch(message);
    expect(io.out()).toBe("");
  });

  it("says in French why it cannot write, with exit code 1", async () => {
    const io = captureIo();
    expect(await main(["generate", SAMPLE, "--out", path.join(dir, "absent", "r.xlsx")], io)).toBe(1);
    expect(io.err().replace(/\u00a0/g, " ")).toMatch(/^Impossible d'écrire le rapport « .*r\.xlsx » : le dossier n'existe pas\.\n$/u);
  });

  it("reports an unusable input in one French line, with exit code 1", async () => {
    const notAWorkbook = path.join(dir, "faux.xlsx");
    await fs.writeFile(notAWorkbook, "ceci n'est pas un classeur");
    const io = captureIo();
    expect(await main(["generate", notAWorkbook, "--out", path.join(dir, "r.xlsx")], io)).toBe(1);
    expect(io.err().trim().split("\n")).toHaveLength(1);
    await expect(fs.access(path.join(dir, "r.xlsx"))).rejects.toMatchObject({ code: "ENOENT" });
  });
});
