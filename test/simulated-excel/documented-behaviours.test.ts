import { SimulatedExcel, simCell, simulateWorkbook, sheetNames } from "../../src/simulated-excel";
import type { SimErrorCode } from "../../src/simulated-excel";
import { sheetOf, workbookOf } from "./fixtures";

const longRows = (count: number) => Array.from({ length: count }, (_, index) => [`ligne ${index} ${"y".repeat(60)}`]);

describe("the simulator follows Microsoft's documentation", () => {
  it("refuses a response over 5 MB with ResponsePayloadSizeLimitExceeded on the web, keeping the writes that ran", async () => {
    const excel = simulateWorkbook(workbookOf(sheetOf("S", longRows(80_000))));
    const context = excel.newContext();
    const sheet = context.workbook.worksheets.getItem("S");
    sheet.getRange("C1").values = [["écrit"]];
    sheet.getRange("A1:A80000").load("values, text, formulas");
    await expect(context.sync()).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
    expect(simCell(excel, "S", "C1").value).toBe("écrit");
  });

  it("has no 5 MB limit in desktop mode", async () => {
    const excel = simulateWorkbook(workbookOf(sheetOf("S", longRows(80_000))), undefined, { platform: "desktop" });
    const values = await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("S").getRange("A1:A80000").load("values, text, formulas");
      await context.sync();
      return range.values.length;
    });
    expect(values).toBe(80_000);
    expect(excel.largestPayload).toBeGreaterThan(5 * 1024 * 1024);
  });

  it.each(["web", "desktop"] as const)("refuses Range.values past 5,000,000 cells with RangeExceedsLimit (%s)", async (platform) => {
    const excel = new SimulatedExcel(undefined, { platform });
    const context = excel.newContext();
    context.workbook.worksheets.add("S");
    await context.sync();
    context.workbook.worksheets.getItem("S").getRange("A1:E1000001").load("values");
    await expect(context.sync()).rejects.toMatchObject({ code: "RangeExceedsLimit" });
  });

  it("fails getMergedAreasOrNullObject above 512 merged areas, and lists them under areas below it", async () => {
    const excel = simulateWorkbook(workbookOf(sheetOf("S", [["a"]])));
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("S");
      for (let row = 1; row <= 513; row++) sheet.getRange(`A${row}:B${row}`).merge();
    });
    const context = excel.newContext();
    const sheet = context.workbook.worksheets.getItem("S");
    sheet.getRange("A1:B513").getMergedAreasOrNullObject().load("address");
    await expect(context.sync()).rejects.toMatchObject({ code: "GeneralException" });
    const fewer = sheet.getRange("A1:B512").getMergedAreasOrNullObject();
    fewer.areas.load("items/rowIndex,items/columnIndex,items/rowCount,items/columnCount");
    await context.sync();
    expect(fewer.areas.items).toHaveLength(512);
    expect([fewer.areas.items[1].rowIndex, fewer.areas.items[1].columnIndex, fewer.areas.items[1].rowCount, fewer.areas.items[1].columnCount]).toEqual([1, 0, 1, 2]);
  });

  it("names only the top-left cell of each merged area in its address (office-js #1590)", async () => {
    const excel = simulateWorkbook(workbookOf(sheetOf("S", [["a", "b"], ["c", "d"]])));
    const address = await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("S");
      sheet.getRange("A1:B2").merge();
      const areas = sheet.getRange("A1:B2").getMergedAreasOrNullObject().load("address");
      await context.sync();
      return areas.address;
    });
    expect(address).toBe("S!A1");
  });

  it.each<SimErrorCode>(["Conflict", "InsertDeleteConflict"])("fails a sync with the co-authoring code %s", async (code) => {
    const excel = new SimulatedExcel();
    excel.failSync(1, code);
    const context = excel.newContext();
    context.workbook.worksheets.add("Un");
    await expect(context.sync()).rejects.toMatchObject({ code });
  });

  it("keeps the commands before the failing one applied (no rollback of a batch)", async () => {
    const excel = new SimulatedExcel();
    excel.failSync(1, "Conflict", 2);
    const context = excel.newContext();
    context.workbook.worksheets.add("Un");
    context.workbook.worksheets.add("Deux");
    context.workbook.worksheets.add("Trois");
    await expect(context.sync()).rejects.toMatchObject({ code: "Conflict" });
    expect(sheetNames(excel)).toEqual(["Un", "Deux"]);
  });

  it("gives Integer as the value type of a whole number, Double otherwise", async () => {
    const excel = simulateWorkbook(workbookOf(sheetOf("S", [[94, 0.5]])));
    const types = await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("S").getRange("A1:B1").load("valueTypes");
      await context.sync();
      return range.valueTypes;
    });
    expect(types).toEqual([["Integer", "Double"]]);
  });

  it("gives every sheet a new id when the workbook is reopened, keeping names and tags", async () => {
    const excel = simulateWorkbook(workbookOf(sheetOf("S", [["a"]], { generatedTag: "summary:2021" })));
    const readIds = () =>
      excel.run(async (context) => {
        const sheets = context.workbook.worksheets.load("items/id,items/name");
        await context.sync();
        return sheets.items.map((sheet) => [sheet.id, sheet.name]);
      });
    const before = await readIds();
    excel.reopen();
    const after = await readIds();
    expect(after[0][1]).toBe("S");
    expect(after[0][0]).not.toBe(before[0][0]);
  });

  it.each([
    ["undocumented", { horizontalFitToPages: 1, verticalFitToPages: 0 }, true],
    ["undocumented", { horizontalFitToPages: 1 }, false],
    ["undocumented", { scale: 80 }, false],
    ["undocumented", { scale: 5 }, true],
    ["any", { horizontalFitToPages: 1 }, true],
    ["never", { horizontalFitToPages: 1, verticalFitToPages: 0 }, false],
  ] as const)("asked to refuse %s print zooms, refuses %j: %s (PageLayoutZoomOptions documents page counts and scales 10–400)", async (mode, zoom, refused) => {
    const excel = simulateWorkbook(workbookOf(sheetOf("S", [["a"]])));
    excel.behaviour.refusePrintZoom = mode;
    const context = excel.newContext();
    context.workbook.worksheets.getItem("S").pageLayout.zoom = zoom;
    if (refused) await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    else await expect(context.sync()).resolves.toBeUndefined();
  });

  it("can take \"=…\" written to a text-formatted cell for a formula (undocumented: the harsher reading, on request)", async () => {
    const excel = simulateWorkbook(workbookOf(sheetOf("S", [["a"]])));
    excel.behaviour.textFormatKeepsText = false;
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("S").getRange("B1");
      range.numberFormat = [["@"]];
      range.values = [["=1+1"]];
    });
    expect(simCell(excel, "S", "B1").formula).toBe("=1+1");
  });
});
