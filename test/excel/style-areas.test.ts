import { rangeA1 } from "../../src/domain/address";
import { applyStyle, edgesOf, styleCommandCount } from "../../src/excel/apply-style";
import { MAX_ADDRESS_CHARACTERS, MAX_AREAS, styleAreas } from "../../src/excel/style-areas";
import type { StyleBlock } from "../../src/excel/style-runs";
import type { CellStyle } from "../../src/report/plan";
import { SimulatedExcel } from "../../src/simulated-excel";

const styles: Record<string, CellStyle> = {
  header: { bold: true, fill: "#1F4E79", fontColor: "#FFFFFF", border: "#BFBFBF", horizontal: "center", wrap: true },
  note: { italic: true, fontColor: "#595959" },
};

const block = (style: string, top: number, left: number, bottom = top, right = left): StyleBlock => ({ style, range: { top, left, bottom, right } });

describe("styleAreas", () => {
  it("puts every block of an unbordered style in one address list, in block order", () => {
    expect(styleAreas([block("note", 1, 1), block("note", 3, 2, 5, 2), block("note", 9, 1, 9, 4)], styles)).toEqual([
      { style: "note", edges: [], address: "A1,B3:B5,A9:D9", areaCount: 3 },
    ]);
  });

  it.each([
    ["a single cell", block("header", 1, 1), ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"]],
    ["a row", block("header", 1, 1, 1, 3), ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideVertical"]],
    ["a column", block("header", 1, 1, 3, 1), ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideHorizontal"]],
    ["a rectangle", block("header", 1, 1, 2, 2), ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideHorizontal", "InsideVertical"]],
  ])("gives a bordered %s the edges block-by-block styling gave it", (_shape, styled, edges) => {
    expect(styleAreas([styled], styles)[0].edges).toEqual(edges);
  });

  it("keeps bordered blocks that need different edges in different lists", () => {
    const lists = styleAreas([block("header", 1, 1), block("header", 2, 1, 2, 3), block("header", 4, 1)], styles);
    expect(lists.map((list) => list.address)).toEqual(["A1,A4", "A2:C2"]);
  });

  it("leaves out blocks whose style the plan does not define", () => {
    expect(styleAreas([block("inconnu", 1, 1), block("note", 2, 1)], styles).map((list) => list.style)).toEqual(["note"]);
  });

  it(`splits a list beyond ${MAX_AREAS} areas`, () => {
    const lists = styleAreas(Array.from({ length: 250 }, (_, index) => block("note", 2 * index + 1, 1)), styles);
    expect(lists.map((list) => list.areaCount)).toEqual([100, 100, 50]);
    expect(lists.map((list) => list.address.split(",").length)).toEqual([100, 100, 50]);
  });

  it(`splits a list beyond ${MAX_ADDRESS_CHARACTERS} characters and loses no area`, () => {
    const blocks = Array.from({ length: 99 }, (_, index) => block("note", 1_000_000 + 2 * index, 1_000, 1_000_000 + 2 * index, 10_000));
    const lists = styleAreas(blocks, styles);
    expect(lists.length).toBeGreaterThan(1);
    for (const list of lists) expect(list.address.length).toBeLessThanOrEqual(MAX_ADDRESS_CHARACTERS);
    expect(lists.flatMap((list) => list.address.split(","))).toEqual(blocks.map(({ range }) => rangeA1(range.top, range.left, range.bottom, range.right)));
  });
});

describe("styleCommandCount", () => {
  it.each([
    ["a style without borders, on one area", styles.note, "A1"],
    ["a bordered style, on one area", styles.header, "A1:C3"],
    ["a bordered style, on forty areas", styles.header, Array.from({ length: 40 }, (_, index) => `A${2 * index + 1}:C${2 * index + 2}`).join(",")],
  ])("is the number of commands applyStyle queues for %s", async (_case, style, address) => {
    const excel = new SimulatedExcel();
    const context = excel.newContext();
    const sheet = context.workbook.worksheets.add("S") as unknown as Excel.Worksheet;
    const areas = sheet.getRanges(address);
    const before = context.pendingCount;
    applyStyle(areas.format, style, edgesOf(2, 3));
    expect(context.pendingCount - before).toBe(styleCommandCount(style, edgesOf(2, 3)));
  });
});
