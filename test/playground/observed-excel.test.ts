import { observedWorkbook } from "../../src/playground/observed-excel";
import { sheetOf, workbookOf } from "../simulated-excel/fixtures";
import { readCell } from "../../src/simulated-excel/sheet-ops";

describe("the simulated host the playground observes", () => {
  const seed = () => observedWorkbook(workbookOf(sheetOf("Indicateurs 2021", [["Indicateur", "Résultat"]])), "classeur-qualite-2021.xlsx");

  it("names the workbook after the sample file and opens it on its first sheet, as Excel does", () => {
    const { model } = seed().excel;
    expect(model.name).toBe("classeur-qualite-2021.xlsx");
    expect(model.activeSheetId).toBe(model.sheets[0].id);
  });

  it("tells its listeners after each run, and a listener that unsubscribed no more", async () => {
    const observed = seed();
    const heard: number[] = [];
    const stop = observed.subscribe(() => heard.push(observed.version()));
    await observed.run(async (context) => {
      context.workbook.worksheets.getItem("Indicateurs 2021").activate();
      await context.sync();
    });
    stop();
    await observed.run(async () => undefined);
    expect(heard).toEqual([1]);
    expect(observed.version()).toBe(2);
  });

  it("tells its listeners after a run that failed too, and passes the failure on", async () => {
    const observed = seed();
    let told = 0;
    observed.subscribe(() => told++);
    await expect(
      observed.run(async (context) => {
        context.workbook.worksheets.getItem("Absente").activate();
        await context.sync();
      }),
    ).rejects.toThrow();
    expect(told).toBe(1);
  });
});

describe("a value typed in the playground's grid", () => {
  const seed = () => observedWorkbook(workbookOf(sheetOf("Indicateurs 2021", [["Indicateur", "Résultat"], ["Taux d'appels aboutis", "94 %"]])), "classeur-qualite-2021.xlsx");

  it("is the user's edit: read as typed text, onChanged raised with source Local, listeners told", async () => {
    const observed = seed();
    const raised: unknown[] = [];
    observed.excel.events.register({ type: "WorksheetChanged", sheetId: null, handler: (args: unknown) => void raised.push(args) });
    let told = 0;
    observed.subscribe(() => told++);
    observed.edit("Indicateurs 2021", "B2", "120 %");
    await Promise.resolve();
    const sheet = observed.excel.model.sheets[0];
    expect(readCell(sheet, 2, 2).value).toBe(1.2);
    expect(raised).toEqual([{ type: "WorksheetChanged", address: "B2", changeType: "RangeEdited", source: "Local", worksheetId: sheet.id, triggerSource: "Unknown" }]);
    expect([told, observed.version()]).toEqual([1, 1]);
  });

  it("on a protected sheet is refused with the simulator's AccessDenied, nothing written, listeners still told", () => {
    const observed = seed();
    const sheet = observed.excel.model.sheets[0];
    sheet.protected = true;
    let told = 0;
    observed.subscribe(() => told++);
    expect(() => observed.edit("Indicateurs 2021", "B2", "abc")).toThrow(expect.objectContaining({ code: "AccessDenied" }));
    expect(readCell(sheet, 2, 2).value).toBe("94 %");
    expect(told).toBe(1);
  });
});
