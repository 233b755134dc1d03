import { SimulatedExcel, simCell } from "../../src/simulated-excel";
import { interpretWrite } from "../../src/simulated-excel/write-value";

async function writeOne(input: unknown, numberFormat?: string) {
  const excel = new SimulatedExcel();
  await excel.run(async (context) => {
    const range = context.workbook.worksheets.add("F").getRange("A1");
    if (numberFormat) range.numberFormat = [[numberFormat]];
    range.values = [[input]];
  });
  return simCell(excel, "F", "A1");
}

describe("what Excel makes of a written value", () => {
  it.each([
    ["=1+1", null, "=1+1"],
    ['=HYPERLINK("http://x")', null, '=HYPERLINK("http://x")'],
    ["+5", 5, null],
    ["-3", -3, null],
    ["-abc", { error: "#NAME?" }, "=-abc"],
    ["42", 42, null],
    ["94 %", 0.94, null],
    ["Taux d'appels", "Taux d'appels", null],
    ["-", "-", null],
    ["'=SOMME(A1)", "=SOMME(A1)", null],
    ["@SOMME(A1)", { error: "#NAME?" }, "=@SOMME(A1)"],
  ])("turns %j written to a General cell into value %j and formula %j", async (input, value, formula) => {
    const cell = await writeOne(input);
    expect(cell.value).toEqual(value);
    expect(cell.formula).toBe(formula);
  });

  it.each(["=HYPERLINK(\"http://x\")", "+5", "-3", "=1+1"])("keeps %j as text in a cell formatted as text (@)", async (input) => {
    const cell = await writeOne(input, "@");
    expect(cell.value).toBe(input);
    expect(cell.formula).toBeNull();
  });

  it("leaves a cell unchanged for null and empties it for an empty string", () => {
    expect(interpretWrite(null, "General")).toBe("unchanged");
    expect(interpretWrite("", "General")).toEqual({ value: null, formula: null });
  });

  it("rejects a values array that does not match the range's size", async () => {
    const excel = new SimulatedExcel();
    await expect(
      excel.run(async (context) => {
        context.workbook.worksheets.add("F").getRange("A1:B1").values = [["un"]];
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });
});
