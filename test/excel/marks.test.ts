import type { Issue } from "../../src/domain/issues";
import { sheetFingerprint, simCell, simulateWorkbook, type SimulatedExcel } from "../../src/simulated-excel";
import { sheetOf, workbookOf } from "../simulated-excel/fixtures";
import { operationsOn, syncsOf } from "./helpers";

const issue = (sheet: string, cell: string, severity: Issue["severity"] = "error"): Issue => ({
  severity,
  code: severity === "error" ? "RESULT_UNREADABLE" : "RESULT_MISSING",
  sheet,
  cell,
  message: "Résultat illisible",
});

/** A table where some cells already carry the user's own fills and font colours. */
async function formattedWorkbook() {
  const excel = simulateWorkbook(workbookOf(sheetOf("Indicateurs 2021", [["Indicateur", "Résultat", "Cible"], ["Taux", "abc", ">90 %"], ["Délai", "", "5 jours"]]), sheetOf("Autre", [["x"]])));
  await excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Indicateurs 2021");
    sheet.getRange("B2").format.fill.color = "#DDEBF7";
    sheet.getRange("B2").format.font.color = "#1F4E78";
    sheet.getRange("C3").format.font.color = "#00B050";
  });
  return excel;
}

/** Everything about a sheet but its id, which a reopen changes. */
function contentOf(excel: SimulatedExcel, sheet: string): unknown {
  const { id: _id, ...rest } = JSON.parse(sheetFingerprint(excel, sheet)) as Record<string, unknown>;
  return rest;
}

describe("markIssues and clearMarks", () => {
  it("highlights each problem cell, errors in red and warnings in yellow", async () => {
    const excel = await formattedWorkbook();
    const count = await operationsOn(excel).markIssues([issue("Indicateurs 2021", "B2"), issue("Indicateurs 2021", "B3", "warning")]);
    expect(count).toBe(2);
    expect(simCell(excel, "Indicateurs 2021", "B2").format.fill).toEqual({ pattern: "Solid", color: "#FFC7CF" });
    expect(simCell(excel, "Indicateurs 2021", "B3").format.fill).toEqual({ pattern: "Solid", color: "#FFEB9D" });
  });

  it("restores every marked cell's fill and font exactly, no fill included", async () => {
    const excel = await formattedWorkbook();
    const before = sheetFingerprint(excel, "Indicateurs 2021");
    const operations = operationsOn(excel);
    await operations.markIssues([issue("Indicateurs 2021", "B2"), issue("Indicateurs 2021", "B3"), issue("Indicateurs 2021", "C3", "warning")]);
    expect(sheetFingerprint(excel, "Indicateurs 2021")).not.toBe(before);
    expect(await operations.clearMarks()).toEqual({ restored: 3, notFound: 0 });
    expect(sheetFingerprint(excel, "Indicateurs 2021")).toBe(before);
    expect(excel.model.settings.has("BilanQualite.marks")).toBe(false);
  });

  it("keeps the first original when a cell is marked twice, so clearing still restores it", async () => {
    const excel = await formattedWorkbook();
    const before = sheetFingerprint(excel, "Indicateurs 2021");
    const operations = operationsOn(excel);
    await operations.markIssues([issue("Indicateurs 2021", "B2", "warning")]);
    await operations.markIssues([issue("Indicateurs 2021", "B2")]);
    await operations.clearMarks();
    expect(sheetFingerprint(excel, "Indicateurs 2021")).toBe(before);
  });

  it("leaves a marked cell a person formatted over since as the person left it, and restores the others", async () => {
    const excel = await formattedWorkbook();
    const operations = operationsOn(excel);
    await operations.markIssues([issue("Indicateurs 2021", "B2"), issue("Indicateurs 2021", "B3")]);
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Indicateurs 2021").getRange("B2").format.fill.color = "#E2EFDA";
    });
    expect(await operations.clearMarks()).toEqual({ restored: 1, notFound: 1 });
    expect(simCell(excel, "Indicateurs 2021", "B2").format.fill).toEqual({ pattern: "Solid", color: "#E2EFDA" });
    expect(simCell(excel, "Indicateurs 2021", "B3").format.fill).toEqual({ pattern: "None", color: "#FFFFFF" });
  });

  it("restores after the marked sheet was renamed", async () => {
    const excel = await formattedWorkbook();
    const operations = operationsOn(excel);
    await operations.markIssues([issue("Indicateurs 2021", "B2")]);
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Indicateurs 2021").name = "Indicateurs";
    });
    await operations.clearMarks();
    expect(simCell(excel, "Indicateurs", "B2").format.fill).toEqual({ pattern: "Solid", color: "#DDEBF7" });
  });

  it("restores exactly after the workbook was closed and reopened (every sheet has a new id)", async () => {
    const excel = await formattedWorkbook();
    const before = contentOf(excel, "Indicateurs 2021");
    await operationsOn(excel).markIssues([issue("Indicateurs 2021", "B2"), issue("Indicateurs 2021", "C3", "warning")]);
    excel.reopen();
    const { syncs, result } = await syncsOf(excel, () => operationsOn(excel).clearMarks());
    expect([syncs, result]).toEqual([3, { restored: 2, notFound: 0 }]);
    expect(contentOf(excel, "Indicateurs 2021")).toEqual(before);
    expect(excel.model.settings.has("BilanQualite.marks")).toBe(false);
  });

  it("keeps the first original when a cell marked before a reopen is marked again after it", async () => {
    const excel = await formattedWorkbook();
    const before = contentOf(excel, "Indicateurs 2021");
    await operationsOn(excel).markIssues([issue("Indicateurs 2021", "B2", "warning")]);
    excel.reopen();
    const operations = operationsOn(excel);
    await operations.markIssues([issue("Indicateurs 2021", "B2")]);
    await operations.clearMarks();
    expect(contentOf(excel, "Indicateurs 2021")).toEqual(before);
  });

  it("restores a sheet renamed in this session, then reopened, by the name it bears now", async () => {
    const excel = await formattedWorkbook();
    const before = simCell(excel, "Indicateurs 2021", "B2").format;
    const operations = operationsOn(excel);
    await operations.markIssues([issue("Indicateurs 2021", "B2")]);
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Indicateurs 2021").name = "Indicateurs";
    });
    await operations.markIssues([issue("Indicateurs", "C3", "warning")]);
    excel.reopen();
    expect(await operationsOn(excel).clearMarks()).toEqual({ restored: 2, notFound: 0 });
    expect(simCell(excel, "Indicateurs", "B2").format).toEqual(before);
  });

  it("skips cells on a protected sheet and on a sheet that no longer exists", async () => {
    const excel = await formattedWorkbook();
    excel.protectSheet("Autre");
    const before = sheetFingerprint(excel, "Autre");
    const count = await operationsOn(excel).markIssues([issue("Autre", "A1"), issue("Disparue", "A1"), issue("Indicateurs 2021", "B2")]);
    expect(count).toBe(1);
    expect(sheetFingerprint(excel, "Autre")).toBe(before);
  });

  it.each([1, 40])("takes 3 syncs to mark and 3 to clear for %i cells", async (cells) => {
    const rows = Array.from({ length: cells }, (_, index) => [`Indicateur ${index}`, "abc"]);
    const excel = simulateWorkbook(workbookOf(sheetOf("T", rows)));
    const operations = operationsOn(excel);
    const issues = rows.map((_, index) => issue("T", `B${index + 1}`));
    expect((await syncsOf(excel, () => operations.markIssues(issues))).syncs).toBe(3);
    expect((await syncsOf(excel, () => operations.clearMarks())).syncs).toBe(3);
  });

  it("ignores problems that have no cell (a line of pasted text)", async () => {
    const excel = await formattedWorkbook();
    const { syncs, result } = await syncsOf(excel, () => operationsOn(excel).markIssues([{ ...issue("x", "A1"), sheet: null, cell: null, line: 3 }]));
    expect([syncs, result]).toEqual([0, 0]);
  });
});
