/**
 * The built command line end to end: `node bin/bilan-qualite.js …` as a user runs it
 * (npm test builds dist/ first with `npm run build:cli`).
 */
import { spawnSync } from "child_process";
import { promises as fs } from "fs";
import os from "os";
import path from "path";
import { readWorkbookFile } from "../../src/xlsx/read-workbook";
import { oleFile, textFile, truncatedWorkbook } from "../fixtures/workbooks";

const ROOT = path.join(__dirname, "..", "..");
const BIN = path.join(ROOT, "bin", "bilan-qualite.js");
const SAMPLE = path.join(ROOT, "samples", "classeur-qualite-2021.xlsx");

function cli(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: "utf8", timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("bilan-qualite, the built command line", () => {
  let folder: string;
  beforeAll(async () => {
    folder = await fs.mkdtemp(path.join(os.tmpdir(), "bq-cli-"));
  });
  afterAll(async () => {
    await fs.rm(folder, { recursive: true, force: true });
  });

  it("prints the French usage on stdout and exits 0 with --help", () => {
    const { code, stdout, stderr } = cli("--help");
    expect(code).toBe(0);
    expect(stdout).toContain("bilan-qualite analyze <classeur.xlsx> [--year N] [--json]");
    expect(stderr).toBe("");
  });

  it.each([
    ["no arguments", [], "Aucune commande indiquée."],
    ["an unknown command", ["analyser", "x.xlsx"], "Commande inconnue\u00a0: «\u00a0analyser\u00a0»."],
    ["an unknown flag", ["analyze", SAMPLE, "--csv"], "Option inconnue\u00a0: «\u00a0--csv\u00a0»."],
    ["a bad --year", ["analyze", SAMPLE, "--year", "vingt"], "L'option --year attend une année sur quatre chiffres"],
  ])("exits 2 with a French usage error for %s", (_label, args, message) => {
    const { code, stdout, stderr } = cli(...args);
    expect(code).toBe(2);
    expect(stderr.startsWith(message)).toBe(true);
    expect(stderr).toContain("Usage\u00a0:");
    expect(stdout).toBe("");
  });

  it("analyses the sample as DOMAIN.md says, in JSON, and leaves the sample untouched", async () => {
    const before = await fs.readFile(SAMPLE);
    const { code, stdout, stderr } = cli("analyze", SAMPLE, "--json");
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(json).toMatchObject({
      year: 2021,
      previousYear: 2020,
      summary: { met: 6, not_met: 0, no_target: 2, not_measured: 1, invalid: 1 },
      monthly: { sheet: "Téléphonie 2021", received: 15860, answered: 14921, annualRate: 94.08 },
    });
    expect(json.indicators[0]).toMatchObject({ row: 4, name: "Taux d'appels aboutis", status: "met", gap: 4, change: -1 });
    expect(json.issues).toEqual([expect.objectContaining({ code: "TARGET_IMPLAUSIBLE", sheet: "Indicateurs 2021", cell: "D11" })]);
    expect((await fs.readFile(SAMPLE)).equals(before)).toBe(true);
  });

  it("stops quietly when nothing reads its output (analyze | true)", () => {
    const result = spawnSync("sh", ["-c", `"${process.execPath}" "${BIN}" analyze "${SAMPLE}" | true`], {
      cwd: ROOT,
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(result.status).toBe(0);
    expect(result.stderr).toBe("");
  });

  it("generates a report workbook from the sample that reads back, and leaves the sample untouched", async () => {
    const before = await fs.readFile(SAMPLE);
    const report = path.join(folder, "rapport.xlsx");
    const { code, stderr } = cli("generate", SAMPLE, "--out", report);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const names = (await readWorkbookFile(report)).sheets.map((sheet) => sheet.name);
    expect(names).toEqual(expect.arrayContaining(["Synthèse 2021", "Contrôles 2021"]));
    expect((await fs.readFile(SAMPLE)).equals(before)).toBe(true);
  });

  it("prints the French text report of the sample", () => {
    const { code, stdout } = cli("analyze", SAMPLE);
    expect(code).toBe(0);
    expect(stdout).toContain("Taux d'appels aboutis");
    expect(stdout).toContain("Atteint");
    expect(stdout).toContain("D11");
  });

  const unusable: [string, () => Promise<Buffer> | Buffer, RegExp][] = [
    ["a text file", textFile, /n'est pas un classeur Excel \(\.xlsx\)\.$/],
    ["a protected workbook or old .xls", oleFile, /protégé par mot de passe.*\.xls/],
    ["a truncated workbook", truncatedWorkbook, /incomplet ou endommagé/],
  ];

  it.each(unusable)("exits 1 with one French line naming the file for %s", async (_label, build, message) => {
    const file = path.join(folder, "bilan.xlsx");
    await fs.writeFile(file, await build());
    const { code, stdout, stderr } = cli("analyze", file);
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr.endsWith("\n")).toBe(true);
    expect(stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(stderr.trimEnd()).toMatch(message);
    expect(stderr).toContain(file);
  });

  it("exits 1 with one French line for a missing file, without a stack trace", () => {
    const missing = path.join(folder, "absent.xlsx");
    const { code, stderr } = cli("analyze", missing);
    expect(code).toBe(1);
    expect(stderr).toBe(`Le fichier «\u00a0${missing}\u00a0» est introuvable.\n`);
  });
});
