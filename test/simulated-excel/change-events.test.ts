/** worksheet.onChanged and worksheets.onChanged in the simulated host, as Office.js raises them. */
import { simulateWorkbook, type SimChangedEventArgs } from "../../src/simulated-excel";
import { sheetOf, workbookOf } from "./fixtures";

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

function twoSheets() {
  return simulateWorkbook(workbookOf(sheetOf("Indicateurs 2021", [["Indicateurs", "Résultat"], ["Taux", "94 %"]]), sheetOf("Notes", [["x"]])));
}

async function listen(excel: ReturnType<typeof twoSheets>, sheet?: string): Promise<{ seen: SimChangedEventArgs[]; remove: () => Promise<void> }> {
  const seen: SimChangedEventArgs[] = [];
  const context = excel.newContext() as unknown as Excel.RequestContext;
  const event = sheet === undefined ? context.workbook.worksheets.onChanged : context.workbook.worksheets.getItem(sheet).onChanged;
  const result = event.add(async (args) => {
    seen.push(args as unknown as SimChangedEventArgs);
  });
  await context.sync();
  return {
    seen,
    remove: async () => {
      result.remove();
      await result.context.sync();
    },
  };
}

describe("change events of the simulated host", () => {
  it("raises RangeEdited with the address, Local source and sheet id when a user types into a cell", async () => {
    const excel = twoSheets();
    const { seen } = await listen(excel);
    excel.userEdit("Indicateurs 2021", "B2", [["80 %"]]);
    await flush();
    expect(seen).toEqual([{ type: "WorksheetChanged", address: "B2", changeType: "RangeEdited", source: "Local", worksheetId: excel.model.sheets[0].id }]);
    expect(excel.model.sheets[0].cells.size).toBeGreaterThan(0);
  });

  it("says Remote for a co-author's paste and gives the block's address", async () => {
    const excel = twoSheets();
    const { seen } = await listen(excel);
    excel.userEdit("Indicateurs 2021", "A3:B4", [["a", 1], ["b", 2]], "Remote");
    await flush();
    expect(seen.map(({ address, source }) => ({ address, source }))).toEqual([{ address: "A3:B4", source: "Remote" }]);
  });

  it("raises RowDeleted for deleted rows and moves the rows below up", async () => {
    const excel = twoSheets();
    const { seen } = await listen(excel);
    excel.deleteRows("Indicateurs 2021", 1);
    await flush();
    expect(seen.map(({ address, changeType }) => ({ address, changeType }))).toEqual([{ address: "1:1", changeType: "RowDeleted" }]);
    expect(excel.model.sheets[0].cells.get(1 * 16384 + 1)?.value).toBe("Taux");
  });

  it("raises Local RangeEdited for the add-in's own writes, once the sync succeeded", async () => {
    const excel = twoSheets();
    const { seen } = await listen(excel);
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Notes").getRange("B1:C1").values = [["y", "z"]];
      await context.sync();
    });
    await flush();
    expect(seen.map(({ address, source, changeType }) => ({ address, source, changeType }))).toEqual([{ address: "B1:C1", source: "Local", changeType: "RangeEdited" }]);
  });

  it("delivers a worksheet's own onChanged only for that sheet", async () => {
    const excel = twoSheets();
    const { seen } = await listen(excel, "Notes");
    excel.userEdit("Indicateurs 2021", "B2", [["1"]]);
    excel.userEdit("Notes", "A1", [["2"]]);
    await flush();
    expect(seen.map(({ worksheetId }) => worksheetId)).toEqual([excel.model.sheets[1].id]);
  });

  it("stops delivering once the handler is removed and its context synced", async () => {
    const excel = twoSheets();
    const { seen, remove } = await listen(excel);
    await remove();
    excel.userEdit("Indicateurs 2021", "B2", [["1"]]);
    await flush();
    expect(seen).toEqual([]);
    expect(excel.events.handlerCount).toBe(0);
  });
});
