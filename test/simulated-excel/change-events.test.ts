/** worksheet.onChanged and worksheets.onChanged in the simulated host, as Office.js raises them. */
import { simulateWorkbook, type SimChangedEventArgs, type SimSheetEventArgs } from "../../src/simulated-excel";
import { cellKey } from "../../src/simulated-excel/model";
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
    expect(seen).toEqual([{ type: "WorksheetChanged", address: "B2", changeType: "RangeEdited", source: "Local", worksheetId: excel.model.sheets[0].id, triggerSource: "Unknown" }]);
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
    expect(excel.model.sheets[0].cells.get(cellKey(1, 1))?.value).toBe("Taux");
  });

  it("raises ColumnInserted and ColumnDeleted for whole columns and moves the columns right of them", async () => {
    const excel = twoSheets();
    const { seen } = await listen(excel);
    excel.insertColumns("Indicateurs 2021", "A", 2);
    excel.deleteColumns("Indicateurs 2021", "B");
    await flush();
    expect(seen.map(({ address, changeType }) => ({ address, changeType }))).toEqual([
      { address: "A:B", changeType: "ColumnInserted" },
      { address: "B:B", changeType: "ColumnDeleted" },
    ]);
    // "Taux" went from A2 to C2, then to B2.
    expect(excel.model.sheets[0].cells.get(cellKey(2, 2))?.value).toBe("Taux");
    expect(excel.model.sheets[0].cells.get(cellKey(2, 3))?.value).toBe("94 %");
  });

  it("raises CellInserted and CellDeleted with the shift's direction on ExcelApi 1.14, without it before", async () => {
    const excel = twoSheets();
    const { seen } = await listen(excel);
    excel.insertCells("Indicateurs 2021", "B1:B2");
    excel.deleteCells("Indicateurs 2021", "A1");
    excel.office.excelApiVersion = "1.13";
    excel.insertCells("Indicateurs 2021", "A1");
    await flush();
    expect(seen.map(({ address, changeType, changeDirectionState }) => ({ address, changeType, changeDirectionState }))).toEqual([
      { address: "B1:B2", changeType: "CellInserted", changeDirectionState: { insertShiftDirection: "Down" } },
      { address: "A1", changeType: "CellDeleted", changeDirectionState: { deleteShiftDirection: "Up" } },
      { address: "A1", changeType: "CellInserted", changeDirectionState: undefined },
    ]);
    // "94 %" went from B2 to B4; "Taux" from A2 up to A1, then down to A2.
    expect(excel.model.sheets[0].cells.get(cellKey(4, 2))?.value).toBe("94 %");
    expect(excel.model.sheets[0].cells.get(cellKey(2, 1))?.value).toBe("Taux");
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

  it("says from ExcelApi 1.14 who triggered each change: the add-in's own writes, insertions and deletions, or anyone else", async () => {
    const excel = twoSheets();
    const { seen } = await listen(excel);
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Indicateurs 2021");
      sheet.getRange("A5").values = [["x"]];
      sheet.getRange("3:4").insert("Down" as Excel.InsertShiftDirection);
      sheet.getRange("B1:B2").insert("Down" as Excel.InsertShiftDirection);
      sheet.getRange("1:1").delete("Up" as Excel.DeleteShiftDirection);
      await context.sync();
    });
    excel.insertRows("Indicateurs 2021", 2);
    excel.userEdit("Indicateurs 2021", "A1", [["y"]], "Remote");
    await flush();
    expect(seen.map(({ address, changeType, source, triggerSource, changeDirectionState }) => ({ address, changeType, source, triggerSource, changeDirectionState }))).toEqual([
      { address: "A5", changeType: "RangeEdited", source: "Local", triggerSource: "ThisLocalAddin", changeDirectionState: undefined },
      { address: "3:4", changeType: "RowInserted", source: "Local", triggerSource: "ThisLocalAddin", changeDirectionState: undefined },
      { address: "B1:B2", changeType: "CellInserted", source: "Local", triggerSource: "ThisLocalAddin", changeDirectionState: { insertShiftDirection: "Down" } },
      { address: "1:1", changeType: "RowDeleted", source: "Local", triggerSource: "ThisLocalAddin", changeDirectionState: undefined },
      { address: "2:2", changeType: "RowInserted", source: "Local", triggerSource: "Unknown", changeDirectionState: undefined },
      { address: "A1", changeType: "RangeEdited", source: "Remote", triggerSource: "Unknown", changeDirectionState: undefined },
    ]);
  });

  it("gives no triggerSource below ExcelApi 1.14, for the add-in's changes as for a person's", async () => {
    const excel = twoSheets();
    excel.office.excelApiVersion = "1.13";
    const { seen } = await listen(excel);
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Indicateurs 2021").getRange("3:3").insert("Down" as Excel.InsertShiftDirection);
    });
    excel.insertRows("Indicateurs 2021", 2);
    await flush();
    expect(seen.map((args) => [args.changeType, "triggerSource" in args])).toEqual([
      ["RowInserted", false],
      ["RowInserted", false],
    ]);
  });

  it("delivers held events only when released, in their order", async () => {
    const excel = twoSheets();
    const { seen } = await listen(excel);
    const release = excel.events.hold();
    excel.userEdit("Notes", "A1", [["1"]]);
    excel.userEdit("Notes", "A2", [["2"]]);
    await flush();
    expect(seen).toEqual([]);
    release();
    excel.userEdit("Notes", "A3", [["3"]]);
    await flush();
    expect(seen.map(({ address }) => address)).toEqual(["A1", "A2", "A3"]);
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

/** The worksheets collection's onAdded, onDeleted and onNameChanged, each registered as the add-in does. */
async function listenToSheets(excel: ReturnType<typeof twoSheets>): Promise<SimSheetEventArgs[]> {
  const seen: SimSheetEventArgs[] = [];
  const context = excel.newContext() as unknown as Excel.RequestContext;
  const record = async (args: unknown) => {
    seen.push(args as SimSheetEventArgs);
  };
  context.workbook.worksheets.onAdded.add(record);
  context.workbook.worksheets.onDeleted.add(record);
  context.workbook.worksheets.onNameChanged.add(record);
  await context.sync();
  return seen;
}

describe("sheet events of the simulated host", () => {
  it("raises onAdded, onNameChanged and onDeleted for a person's sheet changes, with the sheet's id and the names before and after", async () => {
    const excel = twoSheets();
    const seen = await listenToSheets(excel);
    excel.userAddSheet("Indicateurs 2022", [], "Remote");
    const added = excel.model.sheets[2].id;
    excel.userRenameSheet("Notes", "Notes 2021");
    excel.userDeleteSheet("Indicateurs 2022");
    await flush();
    expect(seen).toEqual([
      { type: "WorksheetAdded", source: "Remote", worksheetId: added },
      { type: "WorksheetNameChanged", source: "Local", worksheetId: excel.model.sheets[1].id, nameBefore: "Notes", nameAfter: "Notes 2021" },
      { type: "WorksheetDeleted", source: "Local", worksheetId: added },
    ]);
  });

  it("raises them with source Local for the add-in's own add, rename and delete, once the sync succeeded", async () => {
    const excel = twoSheets();
    const seen = await listenToSheets(excel);
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.add("Temporaire");
      sheet.name = "Temporaire 2";
      sheet.delete();
      await context.sync();
    });
    await flush();
    expect(seen.map(({ type, source }) => `${type} ${source}`)).toEqual(["WorksheetAdded Local", "WorksheetNameChanged Local", "WorksheetDeleted Local"]);
  });

  it("does not raise onChanged for a sheet's events, nor onAdded for a cell edit", async () => {
    const excel = twoSheets();
    const seen = await listenToSheets(excel);
    const { seen: changes } = await listen(excel);
    excel.userEdit("Notes", "A1", [["2"]]);
    excel.userRenameSheet("Notes", "Autres notes");
    await flush();
    expect(seen.map(({ type }) => type)).toEqual(["WorksheetNameChanged"]);
    expect(changes.map(({ type }) => type)).toEqual(["WorksheetChanged"]);
  });
});
