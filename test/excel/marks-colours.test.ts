/**
 * The marks' own colours: a cell a person styled « Mauvais » or « Neutre » (Excel's built-in styles, whose
 * colours the marks of earlier versions wore) is never taken for a mark, while the marks those versions
 * stored are still cleared.
 */
import { MARKS_SETTING, MARKS_SHEET, marksWorkbook } from "./marks-fixture";
import type { Issue } from "../../src/domain/issues";
import { simCell, simSheet, simulateWorkbook, type SimulatedExcel } from "../../src/simulated-excel";
import { operationsOn } from "./helpers";
import { watched } from "./live-watch";

const MAUVAIS = { fill: "#FFC7CE", font: "#9C0006" };
const NEUTRE = { fill: "#FFEB9C", font: "#9C5700" };

const issue = (cell: string, severity: Issue["severity"] = "error"): Issue => ({ severity, code: "TARGET_UNREADABLE", sheet: MARKS_SHEET, cell, message: "Cible illisible" });

async function paint(excel: SimulatedExcel, cell: string, colours: { fill: string; font: string }): Promise<void> {
  await excel.run(async (context) => {
    const range = context.workbook.worksheets.getItem(MARKS_SHEET).getRange(cell);
    range.format.fill.color = colours.fill;
    range.format.font.color = colours.font;
  });
}

const formatOf = (excel: SimulatedExcel, cell: string) => JSON.stringify(simCell(excel, MARKS_SHEET, cell).format);

/** Every cell's format, by its key in the sheet. */
const formats = (excel: SimulatedExcel) => new Map([...simSheet(excel, MARKS_SHEET).cells].map(([key, cell]) => [key, JSON.stringify(cell.format)]));

describe("marks wear colours of their own", () => {
  it("paints colours no built-in style gives, and stores each mark as painted with them", async () => {
    const excel = simulateWorkbook(marksWorkbook("94 %"));
    await operationsOn(excel).markIssues([issue("D3"), issue("D4", "warning")]);
    expect(simCell(excel, MARKS_SHEET, "D3").format.fill).toEqual({ pattern: "Solid", color: "#FFC7CF" });
    expect(simCell(excel, MARKS_SHEET, "D3").format.font?.color).toBe("#9C0007");
    expect(simCell(excel, MARKS_SHEET, "D4").format.fill).toEqual({ pattern: "Solid", color: "#FFEB9D" });
    expect(simCell(excel, MARKS_SHEET, "D4").format.font?.color).toBe("#9C5701");
    expect((JSON.parse(String(excel.model.settings.get(MARKS_SETTING))) as { palette?: number }[]).map((mark) => mark.palette)).toEqual([2, 2]);
  });

  it("leaves untouched a cell a person styled « Mauvais » that a stale stored address now names", async () => {
    const excel = simulateWorkbook(marksWorkbook("94 %"));
    await operationsOn(excel).markIssues([issue("D4")]);
    // No pane listens: the marked cell moves to D5, and the stored D4 now names the old D3, which the user styles « Mauvais ».
    excel.insertRows(MARKS_SHEET, 1);
    await paint(excel, "D4", MAUVAIS);
    const mauvais = formatOf(excel, "D4");
    expect(await operationsOn(excel).clearMarks()).toEqual({ restored: 0, notFound: 1 });
    expect(formatOf(excel, "D4")).toBe(mauvais);
  });

  it("leaves untouched a « Neutre » cell a stale stored address names when a live check reaches its row", async () => {
    const excel = simulateWorkbook(marksWorkbook("94 %"));
    await operationsOn(excel).markIssues([issue("D4", "warning")]);
    excel.insertRows(MARKS_SHEET, 1);
    await paint(excel, "D4", NEUTRE);
    const before = formats(excel);
    const live = await watched({ excel });
    // D4's target typed again, no problem: its stale mark would be restored if its cell were taken for a mark.
    live.excel.userEdit(MARKS_SHEET, "D4", [["> 91 %"]]);
    await live.settle();
    const after = formats(live.excel);
    expect([...after].filter(([key, format]) => before.get(key) !== format)).toEqual([]);
  });
});

describe("marks stored by an earlier version, in the built-in styles' colours", () => {
  /** The setting and the cells as an earlier version left them: no palette, « Mauvais » and « Neutre » colours. */
  async function markedBefore(): Promise<{ excel: SimulatedExcel; before: Map<number, string> }> {
    const excel = simulateWorkbook(marksWorkbook("94 %"));
    await paint(excel, "C4", { fill: "#DDEBF7", font: "#1F4E78" });
    const before = formats(excel);
    const sheetId = simSheet(excel, MARKS_SHEET).id;
    excel.model.settings.set(
      MARKS_SETTING,
      JSON.stringify([
        { sheetId, sheet: MARKS_SHEET, cell: "C4", fill: { pattern: "Solid", color: "#DDEBF7" }, fontColor: "#1F4E78" },
        { sheetId, sheet: MARKS_SHEET, cell: "D5", fill: { pattern: "None", color: "#FFFFFF" }, fontColor: "#000000" },
      ]),
    );
    await paint(excel, "C4", MAUVAIS);
    await paint(excel, "D5", NEUTRE);
    return { excel, before };
  }

  it("restores them exactly with « Effacer les marques »", async () => {
    const { excel, before } = await markedBefore();
    expect(await operationsOn(excel).clearMarks()).toEqual({ restored: 2, notFound: 0 });
    expect(formats(excel)).toEqual(before);
  });

  it("restores one whose problem a live check finds gone", async () => {
    const { excel } = await markedBefore();
    const live = await watched({ excel });
    live.excel.userEdit(MARKS_SHEET, "D5", [["> 80 %"]]);
    await live.settle();
    expect(simCell(live.excel, MARKS_SHEET, "D5").format.fill?.pattern).toBe("None");
    expect(simCell(live.excel, MARKS_SHEET, "D5").format.font?.color).toBe("#000000");
    expect(formatOf(live.excel, "C4")).toContain(MAUVAIS.fill);
  });

  it("finishes one whose restore an earlier clear cut between its fill and its font", async () => {
    const { excel, before } = await markedBefore();
    // The original fill back, the built-in « Mauvais » font still on.
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem(MARKS_SHEET).getRange("C4").format.fill.color = "#DDEBF7";
    });
    expect(await operationsOn(excel).clearMarks()).toEqual({ restored: 2, notFound: 0 });
    expect(formats(excel)).toEqual(before);
  });

  it("restores one marked again since with the new colours", async () => {
    const { excel, before } = await markedBefore();
    await operationsOn(excel).markIssues([issue("C4")]);
    expect(simCell(excel, MARKS_SHEET, "C4").format.fill?.color).toBe("#FFC7CF");
    expect(await operationsOn(excel).clearMarks()).toEqual({ restored: 2, notFound: 0 });
    expect(formats(excel)).toEqual(before);
  });
});
