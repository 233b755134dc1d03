/**
 * The written report opened by a real spreadsheet program: LibreOffice converts it to PDF and the
 * PDF holds the summary's words and the charts' titles. Skipped where LibreOffice is not installed.
 */
import { spawnSync } from "node:child_process";
import { promises as fs } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { planReport } from "../../src/report";
import { writeReportFile } from "../../src/xlsx/write-report";
import { OPTIONS, seedAnalysis } from "../report/fixtures";

const has = (program: string): boolean => spawnSync("sh", ["-c", `command -v ${program}`]).status === 0;
const available = has("libreoffice") && has("pdftotext");

(available ? describe : describe.skip)("the report in LibreOffice", () => {
  it("opens, prints the summary and draws the three charts", async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), "bq-lo-"));
    try {
      const report = path.join(dir, "rapport.xlsx");
      await writeReportFile(planReport(seedAnalysis(), OPTIONS), report);
      const converted = spawnSync(
        "libreoffice",
        ["--headless", `-env:UserInstallation=file://${path.join(dir, "profile")}`, "--convert-to", "pdf", "--outdir", dir, report],
        { timeout: 120_000 },
      );
      expect(converted.status).toBe(0);
      const text = spawnSync("pdftotext", [path.join(dir, "rapport.pdf"), "-"], { encoding: "utf8" }).stdout;
      expect(text).toContain("Bilan qualité 2021");
      expect(text).toContain("Appréciation globale");
      expect(text).toContain("Résultats 2021 et cibles (indicateurs en %)");
      expect(text).toContain("Taux mensuel d'appels aboutis 2021");
      expect(text).toContain("Aucune cible non atteinte");
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  }, 150_000);
});
