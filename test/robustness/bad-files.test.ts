/**
 * Issue 8, point 6 — bad files on the command line, end to end through the built binary
 * (`node bin/bilan-qualite.js`, built into dist/ by `npm run build:cli`, which `npm test` runs first):
 * each kind of unusable input exits 1 with one French line naming the file and no stack trace, for
 * `analyze` and for `generate` (which then writes nothing); no arguments exits 2 with the usage.
 */
import { spawnSync } from "child_process";
import ExcelJS from "exceljs";
import { existsSync, promises as fs } from "fs";
import os from "os";
import path from "path";
import { excelLockFile } from "../fixtures/excel-xml/lock-file";
import { excelSavedWorkbook } from "../fixtures/excel-xml/workbooks";
import { corruptWorkbook, emptyFile, oleFile, textFile, truncatedWorkbook, zipWithoutWorkbook } from "../fixtures/workbooks";

const ROOT = path.join(__dirname, "..", "..");
const BIN = path.join(ROOT, "bin", "bilan-qualite.js");

function cli(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: "utf8", timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A valid workbook holding only prose: no indicator table. */
async function proseOnlyWorkbook(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Compte rendu");
  sheet.getCell("A1").value = "Compte rendu du comité de pilotage du 12 janvier 2022";
  sheet.getCell("A3").value = "Les participants ont échangé sur la démarche qualité et sur l'accueil du public.";
  sheet.getCell("A4").value = "Prochaine réunion en juin.";
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const BAD_FILES: [string, () => Buffer | Promise<Buffer>, RegExp][] = [
  ["an empty file", emptyFile, /vide/],
  ["a text file", textFile, /n'est pas un classeur Excel/],
  ["a truncated workbook", truncatedWorkbook, /incomplet ou endommagé/],
  ["a password-protected workbook (an OLE compound file)", oleFile, /protégé par mot de passe/],
  ["a zip that holds no workbook", zipWithoutWorkbook, /classeur/],
  ["a workbook whose parts are corrupt", corruptWorkbook, /endommagé|illisible|classeur/],
  ["a valid workbook with no indicator table", proseOnlyWorkbook, /indicateur/i],
];

const STACK_FRAME = /^\s+at .+:\d+(:\d+)?\)?$/m;

function expectOneFrenchLine(stderr: string, message: RegExp, file: string): void {
  expect(stderr.endsWith("\n")).toBe(true);
  expect(stderr.trimEnd().split("\n")).toHaveLength(1);
  expect(stderr).toMatch(message);
  expect(stderr).toContain(file);
  expect(stderr).not.toMatch(STACK_FRAME);
  expect(stderr).not.toMatch(/\b(Error|TypeError|ENOENT|undefined)\b/);
}

describe("bad files through the built command line", () => {
  let folder: string;
  beforeAll(async () => {
    folder = await fs.mkdtemp(path.join(os.tmpdir(), "bq-bad-files-"));
  });
  afterAll(async () => {
    await fs.rm(folder, { recursive: true, force: true });
  });

  async function badFile(build: () => Buffer | Promise<Buffer>): Promise<string> {
    const file = path.join(folder, `classeur-${Math.random().toString(36).slice(2)}.xlsx`);
    await fs.writeFile(file, await build());
    return file;
  }

  it.each(BAD_FILES)("analyze exits 1 with one French line naming the file for %s", async (_label, build, message) => {
    const file = await badFile(build);
    const { code, stdout, stderr } = cli("analyze", file);
    expect({ code, stdout }).toEqual({ code: 1, stdout: "" });
    expectOneFrenchLine(stderr, message, file);
  });

  it.each(BAD_FILES)("generate exits 1, writes no report and says so in one French line for %s", async (_label, build, message) => {
    const file = await badFile(build);
    const out = path.join(folder, "rapport.xlsx");
    const { code, stdout, stderr } = cli("generate", file, "--out", out);
    expect({ code, stdout }).toEqual({ code: 1, stdout: "" });
    expectOneFrenchLine(stderr, message, file);
    expect(existsSync(out)).toBe(false);
  });

  it.each([["analyze"], ["generate"]])("%s exits 1 with one French line for a path that does not exist", (command) => {
    const missing = path.join(folder, "absent", "classeur.xlsx");
    const { code, stdout, stderr } = cli(command, missing, ...(command === "generate" ? ["--out", path.join(folder, "r.xlsx")] : []));
    expect({ code, stdout }).toEqual({ code: 1, stdout: "" });
    expectOneFrenchLine(stderr, /introuvable/, missing);
  });

  it.each([["analyze"], ["generate"]])("%s exits 1 naming the workbook when given the `~$` lock file Excel keeps beside it", async (command) => {
    await fs.writeFile(path.join(folder, "bilan-2021.xlsx"), await excelSavedWorkbook());
    const lock = path.join(folder, "~$bilan-2021.xlsx");
    await fs.writeFile(lock, excelLockFile("Responsable qualité"));
    const { code, stdout, stderr } = cli(command, lock, ...(command === "generate" ? ["--out", path.join(folder, "r.xlsx")] : []));
    expect({ code, stdout }).toEqual({ code: 1, stdout: "" });
    expectOneFrenchLine(stderr, /fichier de verrouillage qu'Excel crée pendant qu'un classeur est ouvert/, lock);
    expect(stderr).toContain("«\u00a0bilan-2021.xlsx\u00a0»");
  });

  it("exits 1 in French when the path is a folder, not a file", () => {
    const { code, stderr } = cli("analyze", folder);
    expect(code).toBe(1);
    expect(stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(stderr).not.toMatch(STACK_FRAME);
    expect(stderr).toContain(folder);
  });

  it("exits 2 with the French usage when given no arguments", () => {
    const { code, stdout, stderr } = cli();
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toContain("Usage\u00a0:");
    expect(stderr).toContain("bilan-qualite analyze <classeur.xlsx>");
    expect(stderr).not.toMatch(STACK_FRAME);
  });
});
