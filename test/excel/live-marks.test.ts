/** Live checks with marks on: the changed rows' marks added and removed, each cell's original restored exactly. */
import { MARKS_SETTING, MARKS_SHEET, marksWorkbook, paintUserFormats } from "./marks-fixture";
import { simCell, simSheet, simulateWorkbook, type SimulatedExcel } from "../../src/simulated-excel";
import { DEFAULT_SETTINGS } from "../../src/port";
import { watched } from "./live-watch";
import { workbookBytes } from "./workbook-bytes";

/** Every cell's fill and font colour, by address. */
function formats(excel: SimulatedExcel): Record<string, unknown> {
  return Object.fromEntries([...simSheet(excel, MARKS_SHEET).cells.keys()].sort((a, b) => a - b).map((key) => [key, simSheet(excel, MARKS_SHEET).cells.get(key)?.format]));
}

const fill = (excel: SimulatedExcel, cell: string) => simCell(excel, MARKS_SHEET, cell).format.fill;
const storedCells = (excel: SimulatedExcel) => (JSON.parse(String(excel.model.settings.get(MARKS_SETTING))) as { cell: string }[]).map((mark) => mark.cell).sort();

/** Watched as the pane does, the user's formats in place, Analyser run, and « Marquer les cellules » pressed. */
async function markedWatch() {
  const excel = simulateWorkbook(marksWorkbook());
  await paintUserFormats(excel);
  const original = formats(excel);
  const live = await watched({ excel });
  await live.operations.markIssues((await live.operations.analyze(DEFAULT_SETTINGS)).issues);
  // The person types after the marking's own changes have come and gone.
  live.clock.advance(500);
  expect(storedCells(excel)).toEqual(["C3"]);
  return { ...live, original };
}

describe("live checks with marks off", () => {
  it.each([
    ["a typed row (1 sync)", "D4", 1],
    ["a header, read whole (3 syncs)", "D2", 3],
  ])("leave the workbook byte for byte as the person left it after %s", async (_, cell, syncs) => {
    const live = await watched({ workbook: () => marksWorkbook() });
    live.excel.userEdit(MARKS_SHEET, cell, [["cinq jours environ"]]);
    const typed = workbookBytes(live.excel);
    expect(await live.settle()).toBe(syncs);
    expect(live.updates).toHaveLength(1);
    expect(live.updates[0].kind !== "failed" && live.updates[0].analysis.issues.length).toBeGreaterThan(0);
    expect(workbookBytes(live.excel)).toBe(typed);
  });
});

describe("live checks with marks on", () => {
  it("marks a cell that now has a problem, keeping its own fill and font, in 3 syncs", async () => {
    const live = await markedWatch();
    live.excel.userEdit(MARKS_SHEET, "D4", [["cinq jours environ"]]);
    // The row and the marks setting, the cell's fill and font, the mark.
    expect(await live.settle()).toBe(3);
    expect(fill(live.excel, "D4")).toEqual({ pattern: "Solid", color: "#FFC7CF" });
    expect(storedCells(live.excel)).toEqual(["C3", "D4"]);
    expect(JSON.parse(String(live.excel.model.settings.get(MARKS_SETTING)))[1]).toMatchObject({ cell: "D4", fill: { pattern: "Solid", color: "#DDEBF7" }, fontColor: "#1F4E78" });
  });

  it("restores exactly the cells whose problem is gone, and keeps marks on when none is left", async () => {
    const live = await markedWatch();
    live.excel.userEdit(MARKS_SHEET, "D4", [["cinq jours environ"]]);
    await live.settle();
    live.excel.userEdit(MARKS_SHEET, "D4", [["5 jours"]]);
    expect(await live.settle()).toBe(3);
    live.excel.userEdit(MARKS_SHEET, "C3", [["95 %"]]);
    expect(await live.settle()).toBe(3);
    expect(formats(live.excel)).toEqual(live.original);
    expect(storedCells(live.excel)).toEqual([]);
    live.excel.userEdit(MARKS_SHEET, "D5", [["???"]]);
    await live.settle();
    expect(fill(live.excel, "D5")).toEqual({ pattern: "Solid", color: "#FFC7CF" });
    expect(await live.operations.clearMarks()).toEqual({ restored: 1, notFound: 0 });
    expect(formats(live.excel)).toEqual(live.original);
  });

  it("takes the same 3 syncs for a pasted block of 5,000 rows, marking only its problem cells", async () => {
    const live = await markedWatch();
    const block = Array.from({ length: 5000 }, (_, index) => ["Accueil", `Indicateur ${index}`, index % 1000 === 7 ? "150 %" : "50 %", "> 40 %"]);
    live.excel.userEdit(MARKS_SHEET, "A6:D5005", block);
    expect(await live.settle()).toBe(3);
    expect(storedCells(live.excel)).toEqual(["C1013", "C13", "C2013", "C3", "C3013", "C4013"]);
    expect(fill(live.excel, "C13")).toEqual({ pattern: "Solid", color: "#FFC7CF" });
    expect(fill(live.excel, "C14")).toEqual({ pattern: "None", color: "#FFFFFF" });
  }, 30_000);

  it("reads the cells once and writes nothing when the changed row's marks are already right", async () => {
    const live = await markedWatch();
    live.excel.userEdit(MARKS_SHEET, "C3", [["encore illisible"]]);
    const typed = workbookBytes(live.excel);
    expect(await live.settle()).toBe(2);
    expect(workbookBytes(live.excel)).toBe(typed);
  });

  it("leaves a marked cell a person formatted over: its problem gone, the person's fill stays and the mark is forgotten", async () => {
    const live = await markedWatch();
    await live.excel.run(async (context) => {
      context.workbook.worksheets.getItem(MARKS_SHEET).getRange("C3").format.fill.color = "#E2EFDA";
    });
    live.excel.userEdit(MARKS_SHEET, "C3", [["95 %"]]);
    await live.settle();
    expect(fill(live.excel, "C3")).toEqual({ pattern: "Solid", color: "#E2EFDA" });
    expect(storedCells(live.excel)).toEqual([]);
  });

  it("leaves the cells of a sheet protected since as they are, and still gives the problems", async () => {
    const live = await markedWatch();
    live.excel.userEdit(MARKS_SHEET, "D4", [["cinq jours environ"]]);
    live.excel.protectSheet(MARKS_SHEET);
    await live.settle();
    expect(live.updates.map((update) => update.kind)).toEqual(["rows"]);
    expect(fill(live.excel, "D4")).toEqual({ pattern: "Solid", color: "#DDEBF7" });
    expect(storedCells(live.excel)).toEqual(["C3"]);
  });

  it("says once that a sheet protected during the check refused the marks, then marks at the next change and still restores exactly", async () => {
    const live = await markedWatch();
    // The check's third sync, its write, meets the sheet just protected.
    live.excel.editBeforeSync(live.excel.syncCount + 3, (model) => {
      model.sheets[0].protected = true;
    });
    live.excel.userEdit(MARKS_SHEET, "D4", [["cinq jours environ"]]);
    await live.settle();
    expect(live.updates).toEqual([{ kind: "failed", message: expect.stringContaining("protégé") }]);
    expect(fill(live.excel, "D4")).toEqual({ pattern: "Solid", color: "#DDEBF7" });
    live.excel.protectSheet(MARKS_SHEET, false);
    live.excel.userEdit(MARKS_SHEET, "D5", [["sans cible"]]);
    expect(await live.settle()).toBe(3);
    expect(live.updates.map((update) => update.kind)).toEqual(["failed", "rows"]);
    expect([fill(live.excel, "D4"), fill(live.excel, "D5")]).toEqual([{ pattern: "Solid", color: "#FFC7CF" }, { pattern: "Solid", color: "#FFC7CF" }]);
    expect(await live.operations.clearMarks()).toEqual({ restored: 3, notFound: 0 });
    expect(formats(live.excel)).toEqual(live.original);
  });

  it("marks the first edit in a pane opened again over marks left on, after its whole read (3 + 2 syncs)", async () => {
    const earlier = await markedWatch();
    await earlier.tracker.dispose();
    const live = await watched({ excel: earlier.excel, analyzed: false });
    live.excel.userEdit(MARKS_SHEET, "D5", [["sans cible"]]);
    expect(await live.settle()).toBe(5);
    expect(fill(live.excel, "D5")).toEqual({ pattern: "Solid", color: "#FFC7CF" });
    expect(storedCells(live.excel)).toEqual(["C3", "D5"]);
  });
});
