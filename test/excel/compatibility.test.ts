import { checkCompatibility } from "../../src/excel/compatibility/check-compatibility";
import type { CompatibilityItem, CompatibilityReport } from "../../src/port";
import type { SimErrorCode, SimulatedExcel } from "../../src/simulated-excel";
import { simulatedSample } from "./helpers";

const SHEET = "BQ vérification test01";
const ROUND_TRIP = ["temporarySheet", "textStaysText", "rangeAreasFormat", "customProperty", "printZoom", "cleanup"];

function byId(report: CompatibilityReport, id: string): CompatibilityItem {
  const found = report.items.find((item) => item.id === id);
  if (!found) throw new Error(`No item ${id}`);
  return found;
}

async function check(excel: SimulatedExcel): Promise<CompatibilityReport> {
  return checkCompatibility(excel.run, excel.office, SHEET);
}

function sheetNames(excel: SimulatedExcel): string[] {
  return excel.model.sheets.map((sheet) => sheet.name);
}

describe("the compatibility check on the simulated host", () => {
  it("reports every item OK, in 7 syncs, and leaves no sheet behind", async () => {
    const excel = await simulatedSample();
    const before = sheetNames(excel);
    const report = await check(excel);
    expect(report.items.map((item) => item.id)).toEqual([
      "application",
      ...[9, 10, 11, 12, 13, 14, 15, 16, 17].map((minor) => `requirementSet:ExcelApi 1.${minor}`),
      ...ROUND_TRIP,
    ]);
    expect(report.items.filter((item) => item.outcome !== "ok")).toEqual([]);
    expect(byId(report, "application").detail).toBe("Excel, Excel sur le web, version 16.0.18025.40500");
    expect(excel.syncCount).toBe(7);
    expect(sheetNames(excel)).toEqual(before);
  });

  it("says in French that Office gave no diagnostics", async () => {
    const excel = await simulatedSample();
    excel.office.diagnostics = null;
    const item = byId(await check(excel), "application");
    expect(item).toMatchObject({ outcome: "failed", detail: expect.stringContaining("Office ne donne ni l’application") });
  });

  it("fails the sets the add-in needs past the host's version, and only notes the newer ones", async () => {
    const excel = await simulatedSample();
    excel.office.excelApiVersion = "1.12";
    const report = await check(excel);
    expect(byId(report, "requirementSet:ExcelApi 1.12")).toMatchObject({ outcome: "ok", detail: "OK" });
    expect(byId(report, "requirementSet:ExcelApi 1.13")).toMatchObject({ outcome: "failed", label: "Ensemble d’API ExcelApi 1.13 (requis)", detail: "non pris en charge" });
    expect(byId(report, "requirementSet:ExcelApi 1.14")).toMatchObject({ outcome: "info", detail: "non pris en charge" });
  });

  // Syncs on a fresh host: 1 creates the hidden sheet, 2–5 one probe each, 6 finds the sheet, 7 deletes it.
  it.each<[string, number, SimErrorCode]>([
    ["temporarySheet", 1, "AccessDenied"],
    ["textStaysText", 2, "InvalidArgument"],
    ["rangeAreasFormat", 3, "ApiNotFound"],
    ["customProperty", 4, "ApiNotFound"],
    ["printZoom", 5, "InvalidArgument"],
  ])("reports %s failed in French when its sync is refused (sync %i, %s), and still deletes the sheet", async (id, sync, code) => {
    const excel = await simulatedSample();
    const before = sheetNames(excel);
    excel.failSync(sync, code);
    const report = await check(excel);
    expect(byId(report, id)).toMatchObject({ outcome: "failed", detail: expect.stringMatching(new RegExp(`^Excel a refusé\u00a0: ${code}`)) });
    expect(report.items.filter((item) => item.outcome === "failed").map((item) => item.id)).toEqual(
      id === "temporarySheet" ? ["temporarySheet", "textStaysText", "rangeAreasFormat", "customProperty", "printZoom"] : [id],
    );
    expect(byId(report, "cleanup").outcome).toBe("ok");
    expect(sheetNames(excel)).toEqual(before);
  });

  // The two assumptions the documentation leaves open, in the simulator's harsher readings (host-behaviour.ts):
  // the check must show them, not only a refused sync.
  it("reports the text probe failed, with what Excel read back, where a Text-format cell still takes =1+1 for a formula", async () => {
    const excel = await simulatedSample();
    excel.behaviour.textFormatKeepsText = false;
    const report = await check(excel);
    // What Excel gives back for the formula (its result, here the simulator's) is reported as read, with its value type.
    expect(byId(report, "textStaysText")).toMatchObject({ outcome: "failed", detail: expect.stringMatching(/^relu .* \((?!String)\w+\) au lieu de "=1\+1" \(String\)$/) });
    expect(report.items.filter((item) => item.outcome === "failed").map((item) => item.id)).toEqual(["textStaysText"]);
  });

  it("reports the print zoom failed in French where Excel refuses any zoom, and still deletes the sheet", async () => {
    const excel = await simulatedSample();
    const before = sheetNames(excel);
    excel.behaviour.refusePrintZoom = "any";
    const report = await check(excel);
    expect(byId(report, "printZoom")).toMatchObject({ outcome: "failed", detail: expect.stringMatching(/^Excel a refusé\u00a0: /) });
    expect(report.items.filter((item) => item.outcome === "failed").map((item) => item.id)).toEqual(["printZoom"]);
    expect(sheetNames(excel)).toEqual(before);
  });

  it("marks the probes not tried when the temporary sheet cannot be created", async () => {
    const excel = await simulatedSample();
    excel.failSync(1, "AccessDenied");
    expect(byId(await check(excel), "printZoom").detail).toBe("non testé (la feuille temporaire n’a pas pu être créée)");
  });

  it("names the hidden sheet left behind when Excel refuses to delete it", async () => {
    const excel = await simulatedSample();
    excel.failSync(7, "Conflict");
    const report = await check(excel);
    expect(byId(report, "cleanup")).toMatchObject({ outcome: "failed", detail: expect.stringContaining(`la feuille masquée «\u00a0${SHEET}\u00a0» est restée dans le classeur`) });
    expect(excel.model.sheets.find((sheet) => sheet.name === SHEET)?.visibility).toBe("Hidden");
  });
});
