import { SimulatedExcel, simCell, simulateWorkbook } from "../../src/simulated-excel";
import { sheetOf, workbookOf } from "./fixtures";

const source = () => simulateWorkbook(workbookOf(sheetOf("S", [["a", "b", "c"], ["d", "e", "f"], ["g", "h", "i"]]), sheetOf("Autre", [["x"]])));

async function styleAreas(excel: SimulatedExcel, address: string): Promise<void> {
  const context = excel.newContext();
  const format = context.workbook.worksheets.getItem("S").getRanges(address).format;
  format.fill.color = "#ddebf7";
  format.font.bold = true;
  format.horizontalAlignment = "Center";
  await context.sync();
}

describe("the simulator's worksheet.getRanges and RangeAreas.format", () => {
  it("queues format writes and applies them at sync only, to every area and nothing else", async () => {
    const excel = source();
    const context = excel.newContext();
    context.workbook.worksheets.getItem("S").getRanges("A1:B1, C3").format.fill.color = "#ddebf7";
    expect(simCell(excel, "S", "A1").format.fill.pattern).toBe("None");
    await context.sync();
    expect(simCell(excel, "S", "A1").format.fill).toEqual({ pattern: "Solid", color: "#DDEBF7" });
    expect(simCell(excel, "S", "B1").format.fill.color).toBe("#DDEBF7");
    expect(simCell(excel, "S", "C3").format.fill.color).toBe("#DDEBF7");
    expect(simCell(excel, "S", "C1").format.fill.pattern).toBe("None");
    expect(simCell(excel, "S", "B2").format.fill.pattern).toBe("None");
  });

  it.each([
    ["areaCount", (areas: Excel.RangeAreas) => areas.areaCount],
    ["address", (areas: Excel.RangeAreas) => areas.address],
    ["format.fill.color", (areas: Excel.RangeAreas) => areas.format.fill.color],
    ["format.font.bold", (areas: Excel.RangeAreas) => areas.format.font.bold],
  ])("throws PropertyNotLoaded when %s is read before load and sync", async (_name, read) => {
    const context = source().newContext();
    const areas = context.workbook.worksheets.getItem("S").getRanges("A1, B2") as unknown as Excel.RangeAreas;
    expect(() => read(areas)).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
  });

  it("reads back its areas and a format value shared by all of them, null when they differ", async () => {
    const excel = source();
    await styleAreas(excel, "A1,C3");
    const context = excel.newContext();
    const sheet = context.workbook.worksheets.getItem("S");
    const same = sheet.getRanges("A1,C3").load("address, areaCount, format/fill/color, format/font/bold");
    const mixed = sheet.getRanges("A1,B2").load("format/fill/color");
    await context.sync();
    expect([same.address, same.areaCount, same.format.fill.color, same.format.font.bold]).toEqual(["S!A1,S!C3", 2, "#DDEBF7", true]);
    expect(mixed.format.fill.color).toBeNull();
  });

  it("borders each area on its own: outline around each, inner lines inside each", async () => {
    const excel = source();
    const context = excel.newContext();
    const borders = context.workbook.worksheets.getItem("S").getRanges("A1:A2,C1:C2").format.borders;
    for (const edge of ["EdgeTop", "EdgeBottom", "InsideHorizontal"] as const) borders.getItem(edge).style = "Continuous";
    await context.sync();
    expect(Object.keys(simCell(excel, "S", "A1").format.borders).sort()).toEqual(["bottom", "top"]);
    expect(Object.keys(simCell(excel, "S", "C2").format.borders).sort()).toEqual(["bottom", "top"]);
    expect(simCell(excel, "S", "B1").format.borders).toEqual({});
    expect(simCell(excel, "S", "A3").format.borders).toEqual({});
  });

  it("counts the address list once in the request, and each property set once whatever the number of areas", async () => {
    const few = source();
    const many = source();
    await styleAreas(few, "A1");
    await styleAreas(many, "A1,B2,C3,A3,C1");
    const extra = ",B2,C3,A3,C1".length;
    expect(many.syncLog[0].requestBytes - few.syncLog[0].requestBytes).toBe(extra);
  });

  it("rejects writes on a protected sheet and changes none of its areas", async () => {
    const excel = source();
    excel.protectSheet("S");
    await expect(styleAreas(excel, "A1,C3")).rejects.toMatchObject({ code: "AccessDenied" });
    expect(simCell(excel, "S", "A1").format.fill.pattern).toBe("None");
    expect(simCell(excel, "S", "C3").format.font.bold).toBe(false);
  });

  it.each([
    ["an address that is not one", "A1,pas une adresse"],
    ["an empty area", "A1,,B2"],
    ["an area of another sheet", "A1,Autre!B2"],
  ])("fails the sync with InvalidArgument on %s", async (_case, address) => {
    const excel = source();
    await expect(styleAreas(excel, address)).rejects.toMatchObject({ code: "InvalidArgument" });
    expect(simCell(excel, "S", "A1").format.fill.pattern).toBe("None");
  });

  it("accepts areas prefixed with the sheet's own name", async () => {
    const excel = source();
    await styleAreas(excel, "S!A1,'S'!C3");
    expect(simCell(excel, "S", "C3").format.font.bold).toBe(true);
  });
});
