import { observedWorkbook } from "../../src/playground/observed-excel";
import { sheetOf, workbookOf } from "../simulated-excel/fixtures";

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
