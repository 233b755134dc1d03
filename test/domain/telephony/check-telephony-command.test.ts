import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { main } from "../../../src/cli/main";
import { captureIo } from "../../../src/cli/io";
import { FIXTURES } from "./fixtures";

async function runCli(...argv: string[]) {
  const io = captureIo();
  const code = await main(["check-telephony", ...argv], io);
  return { code, out: io.out(), err: io.err() };
}

describe("bilan-qualite check-telephony", () => {
  it("prints the months, their total, the annual rate and each problem with its line, in French, and exits 0", async () => {
    const { code, out, err } = await runCli(join(FIXTURES, "problems-2021.csv"));
    expect(code).toBe(0);
    expect(err).toBe("");
    expect(out).toContain("Relevé téléphonique\u00a0: problems-2021.csv");
    expect(out).toContain("Année\u00a0: 2021");
    expect(out).toMatch(/janvier 2021 +1\u202f520 +1\u202f432 +94,21\u00a0%/);
    expect(out).toMatch(/Total +5\u202f494 +5\u202f188 +94,43\u00a0%/);
    expect(out).toContain("Problèmes relevés (5)\u00a0:");
    expect(out).toContain("- Erreur, ligne 4\u00a0: Le nombre d'appels aboutis de mars 2021 n'est pas lisible");
    expect(out).toContain("- Avertissement, ligne 8\u00a0: Juin 2021 manque entre mai 2021 et juillet 2021.");
    expect(out).toContain("- Erreur, ligne 9\u00a0: Le nombre d'appels reçus d'août 2021 est négatif");
  });

  it("prints with --json the months, sums, annual rate and issues carrying their line", async () => {
    const { code, out } = await runCli(join(FIXTURES, "daily-2021-comma.csv"), "--json");
    expect(code).toBe(0);
    expect(JSON.parse(out)).toEqual({
      months: [
        { month: "2021-01", received: 280, answered: 263, rate: 93.93 },
        { month: "2021-02", received: 206, answered: 192, rate: 93.2 },
        { month: "2021-03", received: 70, answered: 70, rate: 100 },
      ],
      received: 556,
      answered: 525,
      annualRate: 94.42,
      issues: [],
    });
  });

  it("gives each JSON issue its severity, code, line and French message", async () => {
    const { out } = await runCli(join(FIXTURES, "problems-2021.csv"), "--json");
    const issues = JSON.parse(out).issues as { line: number; code: string; severity: string; message: string }[];
    expect(issues[1]).toEqual({
      severity: "error",
      code: "MONTH_ANSWERED_EXCEEDS_RECEIVED",
      line: 5,
      message: expect.stringContaining("plus d'appels aboutis"),
    });
  });

  it("reads a Windows-1252 export the same as its UTF-8 twin", async () => {
    const utf8 = await runCli(join(FIXTURES, "monthly-2021-semicolon.csv"), "--json");
    const ansi = await runCli(join(FIXTURES, "monthly-2021-windows-1252.csv"), "--json");
    expect(ansi.out).toBe(utf8.out);
    expect(JSON.parse(ansi.out).annualRate).toBe(94.43);
  });

  it("gives labels without a year the year of --year", async () => {
    const dir = mkdtempSync(join(tmpdir(), "bq-tel-"));
    const path = join(dir, "export.txt");
    writeFileSync(path, "Mois\tAppels reçus\tAppels aboutis\nmars\t100\t90\n");
    const { out } = await runCli(path, "--year", "2019", "--json");
    expect(JSON.parse(out).months).toEqual([{ month: "2019-03", received: 100, answered: 90, rate: 90 }]);
  });

  it.each([
    ["a missing file", () => join(FIXTURES, "absent.csv"), "est introuvable"],
    ["a directory", () => FIXTURES, "n'est pas un fichier"],
    [
      "an Excel workbook",
      () => {
        const path = join(mkdtempSync(join(tmpdir(), "bq-tel-")), "classeur.xlsx");
        writeFileSync(path, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]));
        return path;
      },
      "est un classeur Excel",
    ],
  ])("exits 1 with one French line on stderr for %s", async (_case, pathOf, words) => {
    const { code, out, err } = await runCli(pathOf());
    expect(code).toBe(1);
    expect(out).toBe("");
    expect(err).toContain(words);
    expect(err.trim().split("\n")).toHaveLength(1);
  });
});
