/**
 * A simulated `Office.context` for the compatibility check: diagnostics (host, platform, version) and
 * `requirements.isSetSupported(name, minVersion)`, true when the host supports that set at that version or
 * later (https://learn.microsoft.com/en-us/javascript/api/office/office.requirementsetsupport).
 * `Office.context.diagnostics` is an Office.ContextInformation (host, platform, version)
 * (https://learn.microsoft.com/en-us/javascript/api/office/office.contextinformation); a test sets it to
 * null to see the check report its absence.
 */
import type { OfficeEnvironment } from "../port";

export class SimulatedOfficeContext implements OfficeEnvironment {
  diagnostics: { host: string; platform: string; version: string } | null = { host: "Excel", platform: "OfficeOnline", version: "16.0.18025.40500" };
  /** The highest ExcelApi version this host supports, as "1.n". */
  excelApiVersion = "1.17";

  readonly requirements = {
    isSetSupported: (name: string, minVersion = "1.1"): boolean => name === "ExcelApi" && compareVersions(minVersion, this.excelApiVersion) <= 0,
  };
}

function compareVersions(a: string, b: string): number {
  const [aMajor, aMinor = 0] = a.split(".").map(Number);
  const [bMajor, bMinor = 0] = b.split(".").map(Number);
  return aMajor - bMajor || aMinor - bMinor;
}
