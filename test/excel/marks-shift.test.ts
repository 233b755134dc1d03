/**
 * Marks when rows or columns are inserted or deleted: each stored mark stays with its cell, a mark whose cell
 * was deleted is dropped, and a restore never paints a cell that does not wear a mark (a move no pane saw).
 */
import { MARKS_SETTING, MARKS_SHEET, marksWorkbook, paintUserFormats } from "./marks-fixture";
import type { Issue } from "../../src/domain/issues";
import { simSheet, simulateWorkbook, type SimulatedExcel } from "../../src/simulated-excel";
import { operationsOn, syncsOf } from "./helpers";
import { watched } from "./live-watch";
import { DEFAULT_SETTINGS } from "../../src/port";

/** The same workbook never marked, the same rows or columns moved: the formats every cell must have at the end. */
async function unmarkedTwin(move: (excel: SimulatedExcel) => void): Promise<Map<number, string>> {
  const twin = await paintUserFormats(simulateWorkbook(marksWorkbook()));
  move(twin);
  return formats(twin);
}

/** Every cell's fill and font, by its key in the sheet. */
function formats(excel: SimulatedExcel): Map<number, string> {
  return new Map([...simSheet(excel, MARKS_SHEET).cells].map(([key, cell]) => [key, JSON.stringify(cell.format)]));
}

const storedCells = (excel: SimulatedExcel): string[] =>
  excel.model.settings.has(MARKS_SETTING) ? (JSON.parse(String(excel.model.settings.get(MARKS_SETTING))) as { cell: string }[]).map((mark) => mark.cell).sort() : [];

/** Watched as the pane does, marks on over C3 (« Marquer les cellules ») and D4 (a live check after an edit). */
async function markedWatch() {
  const excel = await paintUserFormats(simulateWorkbook(marksWorkbook()));
  const live = await watched({ excel });
  await live.operations.markIssues((await live.operations.analyze(DEFAULT_SETTINGS)).issues);
  live.clock.advance(500);
  live.excel.userEdit(MARKS_SHEET, "D4", [["cinq jours environ"]]);
  await live.settle();
  expect(storedCells(excel)).toEqual(["C3", "D4"]);
  return live;
}

describe("marks follow rows and columns inserted or deleted while the pane watches", () => {
  it("moves the marks down with a row inserted above them; a later live check and « Effacer les marques » restore exactly the shifted cells", async () => {
    const live = await markedWatch();
    live.excel.insertRows(MARKS_SHEET, 3);
    // The whole read (3 syncs), then the moved marks written (1).
    expect(await live.settle()).toBe(4);
    expect(storedCells(live.excel)).toEqual(["C4", "D5"]);
    // The delay corrected where it now stands: its own fill and font come back at once.
    live.excel.userEdit(MARKS_SHEET, "D5", [["5 jours"]]);
    expect(await live.settle()).toBe(3);
    expect(storedCells(live.excel)).toEqual(["C4"]);
    expect(await live.operations.clearMarks()).toEqual({ restored: 1, notFound: 0 });
    expect(formats(live.excel)).toEqual(await unmarkedTwin((twin) => twin.insertRows(MARKS_SHEET, 3)));
  });

  it("drops the mark of a deleted row and moves the ones below it up", async () => {
    const live = await markedWatch();
    live.excel.deleteRows(MARKS_SHEET, 3);
    expect(await live.settle()).toBe(4);
    expect(storedCells(live.excel)).toEqual(["D3"]);
    expect(await live.operations.clearMarks()).toEqual({ restored: 1, notFound: 0 });
    expect(formats(live.excel)).toEqual(await unmarkedTwin((twin) => twin.deleteRows(MARKS_SHEET, 3)));
  });

  it("moves the marks right with a column inserted before them, and drops the mark of a deleted column", async () => {
    const live = await markedWatch();
    live.excel.insertColumns(MARKS_SHEET, "A");
    live.excel.deleteColumns(MARKS_SHEET, "D");
    // One burst, both moves followed in their order: C3 went to D3 and was deleted, D4 went to E4 then back to D4.
    expect(await live.settle()).toBe(4);
    expect(storedCells(live.excel)).toEqual(["D4"]);
    expect(await live.operations.clearMarks()).toEqual({ restored: 1, notFound: 0 });
    expect(formats(live.excel)).toEqual(
      await unmarkedTwin((twin) => {
        twin.insertColumns(MARKS_SHEET, "A");
        twin.deleteColumns(MARKS_SHEET, "D");
      }),
    );
  });

  it("follows each move once when the check that followed it failed and is retried with the next change", async () => {
    const live = await markedWatch();
    const header = ["Thématique", "Indicateurs", "Résultat", "Cible"];
    // The header row deleted: the marks move up, then the check fails (no table left).
    live.excel.deleteRows(MARKS_SHEET, 2);
    await live.settle();
    expect(live.updates.at(-1)?.kind).toBe("failed");
    expect(storedCells(live.excel)).toEqual(["C2", "D3"]);
    // Put back: the failed burst's deletion comes again with the insertion, and is not followed twice.
    live.excel.insertRows(MARKS_SHEET, 2);
    live.excel.userEdit(MARKS_SHEET, "A2:D2", [header]);
    await live.settle();
    expect(live.updates.at(-1)?.kind).toBe("full");
    expect(storedCells(live.excel)).toEqual(["C3", "D4"]);
    expect(await live.operations.clearMarks()).toEqual({ restored: 2, notFound: 0 });
    expect(formats(live.excel)).toEqual(
      await unmarkedTwin((twin) => {
        twin.deleteRows(MARKS_SHEET, 2);
        twin.insertRows(MARKS_SHEET, 2);
        twin.userEdit(MARKS_SHEET, "A2:D2", [header]);
      }),
    );
  });

  it("moves the marks below cells inserted shifting down within their columns only, as ExcelApi 1.14 tells the direction", async () => {
    const live = await markedWatch();
    live.excel.insertCells(MARKS_SHEET, "D1:D2");
    expect(await live.settle()).toBe(4);
    expect(storedCells(live.excel)).toEqual(["C3", "D6"]);
    live.excel.deleteCells(MARKS_SHEET, "C1");
    expect(await live.settle()).toBe(4);
    expect(storedCells(live.excel)).toEqual(["C2", "D6"]);
    expect(await live.operations.clearMarks()).toEqual({ restored: 2, notFound: 0 });
    expect(formats(live.excel)).toEqual(
      await unmarkedTwin((twin) => {
        twin.insertCells(MARKS_SHEET, "D1:D2");
        twin.deleteCells(MARKS_SHEET, "C1");
      }),
    );
  });

  it("moves nothing for cells inserted on a host before ExcelApi 1.14 (no direction), and the clear paints no unmarked cell", async () => {
    const live = await markedWatch();
    live.excel.office.excelApiVersion = "1.13";
    live.excel.insertCells(MARKS_SHEET, "D1:D2");
    expect(await live.settle()).toBe(3);
    expect(storedCells(live.excel)).toEqual(["C3", "D4"]);
    const before = formats(live.excel);
    // C3 is still marked and restored; D4 now holds the old D2, not marked: left as it is.
    expect(await live.operations.clearMarks()).toEqual({ restored: 1, notFound: 1 });
    const after = formats(live.excel);
    expect([...after].filter(([key, format]) => before.get(key) !== format).length).toBe(1);
  });

  it("takes the whole read's 3 syncs only when rows inserted below every mark move none", async () => {
    const live = await markedWatch();
    live.excel.insertRows(MARKS_SHEET, 6, 2);
    expect(await live.settle()).toBe(3);
    expect(storedCells(live.excel)).toEqual(["C3", "D4"]);
  });
});

describe("a move no pane saw (rows inserted while the pane was closed)", () => {
  const issue = (cell: string): Issue => ({ severity: "error", code: "TARGET_UNREADABLE", sheet: MARKS_SHEET, cell, message: "Cible illisible" });

  it("leaves every cell that does not wear a mark as it is when the marks are cleared", async () => {
    const excel = await paintUserFormats(simulateWorkbook(marksWorkbook()));
    await operationsOn(excel).markIssues([issue("D4")]);
    // No pane listens: the marked cell moves to D5, and D4 now holds the old D3.
    excel.insertRows(MARKS_SHEET, 1);
    const before = formats(excel);
    const { syncs, result } = await syncsOf(excel, () => operationsOn(excel).clearMarks());
    expect([syncs, result]).toEqual([3, { restored: 0, notFound: 1 }]);
    expect(formats(excel)).toEqual(before);
    expect(excel.model.settings.has(MARKS_SETTING)).toBe(false);
  });

  it("leaves the cell a stale mark names untouched when a live check in a pane opened again reaches its row", async () => {
    const earlier = await markedWatch();
    await earlier.tracker.dispose();
    earlier.excel.insertRows(MARKS_SHEET, 1);
    const before = formats(earlier.excel);
    const live = await watched({ excel: earlier.excel });
    // The stale mark D4 (the original #DDEBF7 of the cell now in D5) names D4, the old D3: its target typed again, no problem.
    live.excel.userEdit(MARKS_SHEET, "D4", [["> 91 %"]]);
    await live.settle();
    expect(formats(live.excel)).toEqual(before);
    expect(storedCells(live.excel)).not.toContain("D4");
  });
});
