/** The sheet's last column (XFD) and last row on the simulated host: a cell there is its own, and asking about it stays cheap. */
import { simCell, simulateWorkbook } from "../../src/simulated-excel";
import { sheetOf, workbookOf } from "./fixtures";

describe("the last column and row on the simulated host", () => {
  it("keeps XFD1 apart from A2, and XFD1048576 where it was typed", async () => {
    const excel = simulateWorkbook(workbookOf(sheetOf("S", [["a"], ["b"]])));
    excel.userEdit("S", "XFD1", [["far right"]]);
    excel.userEdit("S", "XFD1048576", [["far corner"]]);
    expect([simCell(excel, "S", "A2").value, simCell(excel, "S", "XFD1").value, simCell(excel, "S", "XFD1048576").value]).toEqual(["b", "far right", "far corner"]);
    const used = await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("S").getUsedRange(true).load("address");
      await context.sync();
      return range.address;
    });
    // Every column: Excel writes such a range as whole rows.
    expect(used).toBe("S!1:1048576");
  });

  it("finds the formula areas of a used range that reaches XFD1048576 from the cells held, not cell by cell", async () => {
    const excel = simulateWorkbook(workbookOf(sheetOf("S", [["=1+1"]])));
    excel.userEdit("S", "A1", [["=1+1"]]);
    excel.userEdit("S", "XFD1048576", [["=2+2"]]);
    const started = Date.now();
    const areas = await excel.run(async (context) => {
      const found = context.workbook.worksheets.getItem("S").getUsedRange(true).getSpecialCellsOrNullObject("Formulas").load("areas/items/address");
      await context.sync();
      return found.areas.items.map((area) => area.address);
    });
    expect(areas).toEqual(["S!A1", "S!XFD1048576"]);
    expect(Date.now() - started).toBeLessThan(2_000);
  });
});
