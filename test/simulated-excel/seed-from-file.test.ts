import { readWorkbookFile } from "../../src/xlsx/read-workbook";
import { modelSnapshot, sheetNames, simCell } from "../../src/simulated-excel";
import { simulateWorkbookFile } from "./seed-from-file";

describe("seeding the simulator from an .xlsx file", () => {
  it("holds what the file reader read, sheet by sheet and cell by cell", async () => {
    const path = "samples/classeur-qualite-2021.xlsx";
    const excel = await simulateWorkbookFile(path);
    expect(sheetNames(excel)).toEqual(["Indicateurs 2021", "Indicateurs 2020", "Téléphonie 2021"]);
    expect(modelSnapshot(excel)).toEqual(await readWorkbookFile(path));
    expect(simCell(excel, "Téléphonie 2021", "A2").text).toBe("janvier");
  });

  it("gives the active worksheet: the first visible one until another is activated", async () => {
    const excel = await simulateWorkbookFile("samples/classeur-qualite-2021.xlsx");
    const names = await excel.run(async (context) => {
      const first = context.workbook.worksheets.getActiveWorksheet().load("name");
      await context.sync();
      context.workbook.worksheets.getItem("Téléphonie 2021").activate();
      const then = context.workbook.worksheets.getActiveWorksheet().load("name");
      await context.sync();
      return [first.name, then.name];
    });
    expect(names).toEqual(["Indicateurs 2021", "Téléphonie 2021"]);
  });
});
