import { SimulatedExcel, simCell, simulateWorkbook, sheetNames, PAYLOAD_LIMIT_BYTES } from "../../src/simulated-excel";
import { sheetOf, workbookOf } from "./fixtures";

const bigColumn = (rows: number, text: string) => Array.from({ length: rows }, () => [text]);

describe("the simulator's limits and injected failures", () => {
  it("rejects a sync whose request passes 5 MB and applies none of it", async () => {
    const excel = simulateWorkbook(workbookOf(sheetOf("S", [["avant"]])));
    const context = excel.newContext();
    const sheet = context.workbook.worksheets.getItem("S");
    sheet.getRange("A1").values = [["après"]];
    sheet.getRange("B1:B60000").values = bigColumn(60000, "x".repeat(100));
    await expect(context.sync()).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(simCell(excel, "S", "A1").value).toBe("avant");
    expect(excel.syncLog[0].outcome).toBe("RequestPayloadSizeLimitExceeded");
  });

  it("records the largest payload of any sync", async () => {
    const excel = new SimulatedExcel();
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.add("S");
      sheet.getRange("A1:A1000").values = bigColumn(1000, "z".repeat(100));
      await context.sync();
      sheet.getRange("B1").values = [["petit"]];
    });
    expect(excel.largestPayload).toBeGreaterThan(100 * 1000);
    expect(excel.largestPayload).toBeLessThan(PAYLOAD_LIMIT_BYTES);
    expect(excel.syncLog[1].requestBytes).toBeLessThan(1000);
  });

  it("rejects writes to a protected sheet with AccessDenied, keeping what ran before, as Excel does", async () => {
    const excel = simulateWorkbook(workbookOf(sheetOf("Libre", [["a"]]), sheetOf("Verrouillée", [["b"]])));
    excel.protectSheet("Verrouillée");
    const context = excel.newContext();
    context.workbook.worksheets.getItem("Libre").getRange("A2").values = [["écrit"]];
    context.workbook.worksheets.getItem("Verrouillée").getRange("A2").values = [["refusé"]];
    await expect(context.sync()).rejects.toMatchObject({ code: "AccessDenied" });
    expect(simCell(excel, "Libre", "A2").value).toBe("écrit");
    expect(simCell(excel, "Verrouillée", "A2").value).toBeNull();
  });

  it("still lets a protected sheet be read", async () => {
    const excel = simulateWorkbook(workbookOf(sheetOf("Verrouillée", [["b"]])));
    excel.protectSheet("Verrouillée");
    const values = await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Verrouillée").getRange("A1").load("values");
      const protection = context.workbook.worksheets.getItem("Verrouillée").protection.load("protected");
      await context.sync();
      return [range.values[0][0], protection.protected];
    });
    expect(values).toEqual(["b", true]);
  });

  it("fails the chosen sync with a conflict and applies nothing of it", async () => {
    const excel = new SimulatedExcel();
    excel.failSync(2);
    const context = excel.newContext();
    context.workbook.worksheets.add("Un");
    await context.sync();
    context.workbook.worksheets.add("Deux");
    await expect(context.sync()).rejects.toMatchObject({ code: "Conflict" });
    context.workbook.worksheets.add("Trois");
    await context.sync();
    expect(sheetNames(excel)).toEqual(["Un", "Trois"]);
  });
});
