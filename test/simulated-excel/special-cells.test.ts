/** Range.getSpecialCellsOrNullObject(formulas) as the simulator models it (src/simulated-excel/objects/special-cells.ts). */
import type { Cell, WorkbookSnapshot } from "../../src/domain/snapshot";
import { simulateWorkbook } from "../../src/simulated-excel";
import { sheetOf, workbookOf } from "./fixtures";

const formula = (value: number | string, text: string, source: string): Cell => ({ value, text, numberFormat: "General", formula: source });

/** A sheet whose cells hold a formula where `mask` says so (rows of "f" and "."). */
function sheetWithFormulas(mask: readonly string[]): WorkbookSnapshot {
  const sheet = sheetOf("S", mask.map((line) => [...line].map(() => 1)));
  const cells = sheet.cells.map((row, r) => row.map((cell, c) => (mask[r][c] === "f" ? formula(2, "2", "=1+1") : cell)));
  return workbookOf({ ...sheet, cells });
}

async function formulaAreas(workbook: WorkbookSnapshot, address: string) {
  const excel = simulateWorkbook(workbook);
  return excel.run(async (context) => {
    const areas = context.workbook.worksheets.getItem("S").getRange(address).getSpecialCellsOrNullObject("Formulas").load(["address", "areaCount", "cellCount", "areas/items/address"]);
    await context.sync();
    return areas.isNullObject ? null : { address: areas.address, areaCount: areas.areaCount, cellCount: areas.cellCount, items: areas.areas.items.map((area) => area.address) };
  });
}

describe("getSpecialCellsOrNullObject(formulas) on the simulated host", () => {
  it("gives the formula cells of the range as rectangles, with their count of cells", async () => {
    const workbook = sheetWithFormulas(["ff.f", "ff..", "....", "..ff"]);
    expect(await formulaAreas(workbook, "A1:D4")).toEqual({
      address: "S!A1:B2,S!D1,S!C4:D4",
      areaCount: 3,
      cellCount: 7,
      items: ["S!A1:B2", "S!D1", "S!C4:D4"],
    });
  });

  it("keeps to the range it is asked of", async () => {
    expect(await formulaAreas(sheetWithFormulas(["ff.f", "ff.."]), "B2:D2")).toMatchObject({ address: "S!B2", cellCount: 1 });
  });

  it("gives a null object when the range holds no formula (a text reading like one is not a formula)", async () => {
    const workbook = workbookOf(sheetOf("S", [["=HYPERLINK(\"x\")", 3]]));
    expect(await formulaAreas(workbook, "A1:B1")).toBeNull();
  });

  it("fails above 512 areas (GeneralException: undocumented, the harsher reading), and gives 512", async () => {
    const mask = Array.from({ length: 1025 }, (_, row) => (row % 2 === 0 ? "f" : "."));
    const excel = simulateWorkbook(sheetWithFormulas(mask));
    const context = excel.newContext();
    const sheet = context.workbook.worksheets.getItem("S");
    sheet.getRange("A1:A1025").getSpecialCellsOrNullObject("Formulas").load("areaCount");
    await expect(context.sync()).rejects.toMatchObject({ code: "GeneralException" });
    const fewer = sheet.getRange("A1:A1023").getSpecialCellsOrNullObject("Formulas").load("areaCount");
    await context.sync();
    expect(fewer.areaCount).toBe(512);
  });

  it("refuses a kind of special cells it does not model", () => {
    const context = simulateWorkbook(sheetWithFormulas(["f"])).newContext();
    expect(() => context.workbook.worksheets.getItem("S").getRange("A1").getSpecialCellsOrNullObject("Blanks" as "Formulas")).toThrow(/Formulas only/);
  });
});
