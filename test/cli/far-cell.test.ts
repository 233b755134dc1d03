/**
 * One value typed far from the table (XFD1048576) makes a sheet's used range billions of cells: the built
 * command line reports it as a problem of that sheet, in French, and analyses the rest, quickly and
 * without a stack trace (before, it died of a V8 out-of-memory).
 */
import { spawnSync } from "child_process";
import { promises as fs } from "fs";
import os from "os";
import path from "path";
import { farCellWorkbook } from "../fixtures/workbooks";

const ROOT = path.join(__dirname, "..", "..");
const BIN = path.join(ROOT, "bin", "bilan-qualite.js");
const NBSP = "\u00a0";

function cli(...args: string[]): { code: number | null; stdout: string; stderr: string; seconds: number } {
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: "utf8", timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr, seconds: Number(process.hrtime.bigint() - started) / 1e9 };
}

describe("a sheet with one value far from its table, on the command line", () => {
  let folder: string;
  beforeAll(async () => {
    folder = await fs.mkdtemp(path.join(os.tmpdir(), "bq-far-cell-"));
  });
  afterAll(async () => {
    await fs.rm(folder, { recursive: true, force: true });
  });

  it("reports the far sheet as an error naming its stray cell and analyses the other sheets (exit 0)", async () => {
    const file = path.join(folder, "notes-xfd.xlsx");
    await fs.writeFile(file, await farCellWorkbook("XFD1048576"));
    const text = cli("analyze", file);
    expect(text.stderr).toBe("");
    expect(text.code).toBe(0);
    expect(text.stdout).toContain("Bilan qualité 2021");
    expect(text.stdout).toContain(`feuille «${NBSP}Notes${NBSP}», cellule XFD1048576`);
    expect(text.stdout.replace(/[ \n]+/g, " ")).toContain(
      `La feuille «${NBSP}Notes${NBSP}» n'a pas été lue${NBSP}: la valeur en XFD1048576, isolée loin du reste, l'étend à plus de 17${NBSP}milliards de cellules. Effacez-la dans Excel, puis relancez l'analyse.`,
    );
    expect(text.seconds).toBeLessThan(15);

    const json = cli("analyze", file, "--json");
    expect(json.code).toBe(0);
    const { issues, summary } = JSON.parse(json.stdout);
    expect(issues[0]).toMatchObject({ severity: "error", code: "SHEET_TOO_LARGE", sheet: "Notes", cell: "XFD1048576" });
    expect(summary).toEqual({ met: 6, not_met: 0, no_target: 2, not_measured: 1, invalid: 1 });
  });

  it("exits 1 with one French line naming the sheet and the cell when the far value is in the only table's sheet", async () => {
    const file = path.join(folder, "table-z.xlsx");
    await fs.writeFile(file, await farCellWorkbook("Z900000", { inTable: true }));
    const { code, stdout, stderr } = cli("analyze", file);
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr.trim().split("\n")).toHaveLength(1);
    expect(stderr).toContain(`La feuille «${NBSP}Indicateurs 2021${NBSP}» n'a pas été lue${NBSP}: la valeur en Z900000, isolée loin du reste`);
    expect(stderr).not.toMatch(/\bat \S+ \(|FATAL|heap/);
  });
});
