import { SimulatedExcel, simulateWorkbook, simCell } from "../../src/simulated-excel";
import { sheetOf, workbookOf } from "./fixtures";

const seeded = () => simulateWorkbook(workbookOf(sheetOf("Données", [["Indicateur", "Résultat"], ["Taux", 94]])));

describe("the simulator's load and sync", () => {
  it("throws PropertyNotLoaded when a property is read before load and sync", async () => {
    const excel = seeded();
    const context = excel.newContext();
    const range = context.workbook.worksheets.getItem("Données").getRange("A1:B2");
    expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    range.load("address");
    expect(() => range.address).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    await context.sync();
    expect(range.address).toBe("Données!A1:B2");
    expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
  });

  it("gives loaded values after the sync", async () => {
    const excel = seeded();
    const context = excel.newContext();
    const range = context.workbook.worksheets.getItem("Données").getRange("A1:B2").load("values, valueTypes, formulas");
    await context.sync();
    expect(range.values).toEqual([["Indicateur", "Résultat"], ["Taux", 94]]);
    expect(range.valueTypes).toEqual([["String", "String"], ["String", "Integer"]]);
  });

  it("queues writes and applies them only at sync, in order", async () => {
    const excel = seeded();
    const context = excel.newContext();
    const cell = context.workbook.worksheets.getItem("Données").getRange("C1");
    cell.values = [["premier"]];
    cell.values = [["second"]];
    expect(simCell(excel, "Données", "C1").value).toBeNull();
    await context.sync();
    expect(simCell(excel, "Données", "C1").value).toBe("second");
  });

  it("counts every sync the batch asks for, empty ones included, and the final flush of run when commands are left", async () => {
    const excel = seeded();
    await excel.run(async (context) => {
      await context.sync();
      await context.sync();
    });
    expect(excel.syncCount).toBe(2);
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Données").getRange("C1").values = [["x"]];
    });
    expect(excel.syncCount).toBe(3);
  });

  it("answers isNullObject for *OrNullObject after a load", async () => {
    const excel = seeded();
    const context = excel.newContext();
    const missing = context.workbook.worksheets.getItemOrNullObject("Absente").load("name");
    const present = context.workbook.worksheets.getItemOrNullObject("données").load("name");
    expect(() => missing.isNullObject).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    await context.sync();
    expect(missing.isNullObject).toBe(true);
    expect(present.isNullObject).toBe(false);
    expect(present.name).toBe("Données");
  });

  it("rejects a sync that uses a missing sheet with ItemNotFound", async () => {
    const excel = seeded();
    const context = excel.newContext();
    context.workbook.worksheets.getItem("Absente").load("name");
    await expect(context.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
  });

  it("keeps a worksheet proxy bound to its sheet after a rename", async () => {
    const excel = seeded();
    const context = excel.newContext();
    const sheet = context.workbook.worksheets.getItem("Données");
    sheet.load("id");
    await context.sync();
    sheet.name = "Renommée";
    sheet.getRange("A3").values = [["après"]];
    await context.sync();
    expect(simCell(excel, "Renommée", "A3").value).toBe("après");
  });

  it("loads collections with items and their properties", async () => {
    const excel = new SimulatedExcel();
    await excel.run(async (context) => {
      context.workbook.worksheets.add("Un");
      context.workbook.worksheets.add("Deux").visibility = "Hidden";
    });
    const names = await excel.run(async (context) => {
      const sheets = context.workbook.worksheets.load("items/name,items/visibility");
      await context.sync();
      return sheets.items.map((sheet) => `${sheet.name}:${sheet.visibility}`);
    });
    expect(names).toEqual(["Un:Visible", "Deux:Hidden"]);
  });
});
