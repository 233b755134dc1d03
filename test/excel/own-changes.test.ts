/**
 * The live checks tell the add-in's own changes from a person's: from ExcelApi 1.14 by onChanged's triggerSource,
 * before it by a time window after each write of the add-in's (own-writes.ts).
 */
import type { Issue } from "../../src/domain/issues";
import { simulateWorkbook, type SimulatedExcel } from "../../src/simulated-excel";
import { sheetOf, workbookOf } from "../simulated-excel/fixtures";
import { TABLE, watched } from "./live-watch";

const SHEET = "Indicateurs 2021";
const TELEPHONY = "Téléphonie 2021";
const MARKS = "BilanQualite.marks";
const HEADER = "Mois\tAppels reçus\tAppels aboutis";

const storedCells = (excel: SimulatedExcel): string[] => (JSON.parse(String(excel.model.settings.get(MARKS))) as { cell: string }[]).map((mark) => mark.cell).sort();
const issue = (sheet: string, cell: string): Issue => ({ severity: "error", code: "TARGET_UNREADABLE", sheet, cell, message: "x" });

/** A host with the given ExcelApi version, its indicator table's D4 and its telephony sheet's C4 (avril) marked, watched as the pane does. */
async function markedOn(version: string) {
  const excel = simulateWorkbook(
    workbookOf(
      TABLE(),
      sheetOf(TELEPHONY, [
        ["Mois", "Appels reçus", "Appels aboutis"],
        ["janvier 2021", 1520, 1432],
        ["février 2021", 1390, 1302],
        ["avril 2021", 1310, 1231],
      ]),
    ),
  );
  excel.office.excelApiVersion = version;
  const live = await watched({ excel });
  await live.operations.markIssues([issue(SHEET, "D4"), issue(TELEPHONY, "C4")]);
  live.clock.advance(500);
  await live.settle();
  expect(storedCells(excel)).toEqual(["C4", "D4"]);
  return live;
}

/** The stored marks of one sheet. */
const marksOf = (excel: SimulatedExcel, sheet: string): string[] =>
  (JSON.parse(String(excel.model.settings.get(MARKS))) as { sheet: string; cell: string }[]).filter((mark) => mark.sheet === sheet).map((mark) => mark.cell);

describe("ExcelApi 1.14: triggerSource tells the add-in's changes from a person's", () => {
  it("follows a row a person inserts just after a write of the add-in's, within its grace period", async () => {
    const live = await markedOn("1.14");
    // « Marquer les cellules » again: a write, whose grace period a person's insertion falls into.
    await live.operations.markIssues([issue(SHEET, "D4")]);
    live.excel.insertRows(SHEET, 3);
    // The whole read (3 syncs), then the moved marks written (1), as without a write before it.
    expect(await live.settle()).toBe(4);
    expect(marksOf(live.excel, SHEET)).toEqual(["D5"]);
  });

  it("never moves the marks twice for the add-in's own row insertion, however late its event comes", async () => {
    const live = await markedOn("1.14");
    const release = live.excel.events.hold();
    await live.operations.applyTelephony(await live.operations.previewTelephony(`${HEADER}\nmars 2021\t1480\t1397`, 2021));
    // The fold moved the mark below its new row with its own write.
    expect(marksOf(live.excel, TELEPHONY)).toEqual(["C5"]);
    live.clock.advance(1000);
    release();
    await live.settle();
    expect(marksOf(live.excel, TELEPHONY)).toEqual(["C5"]);
  });
});

describe("below ExcelApi 1.14: the add-in's writes and their grace period, as before", () => {
  it("misses a row a person inserts within the grace period of a write of the add-in's", async () => {
    const live = await markedOn("1.13");
    await live.operations.markIssues([issue(SHEET, "D4")]);
    live.excel.insertRows(SHEET, 3);
    expect(await live.settle()).toBe(0);
    expect(marksOf(live.excel, SHEET)).toEqual(["D4"]);
  });

  it("follows a row a person inserts once the grace period is over", async () => {
    const live = await markedOn("1.13");
    await live.operations.markIssues([issue(SHEET, "D4")]);
    live.clock.advance(500);
    live.excel.insertRows(SHEET, 3);
    expect(await live.settle()).toBe(4);
    expect(marksOf(live.excel, SHEET)).toEqual(["D5"]);
  });

  it("moves the marks once for the add-in's own row insertion whose event comes within the grace period", async () => {
    const live = await markedOn("1.13");
    await live.operations.applyTelephony(await live.operations.previewTelephony(`${HEADER}\nmars 2021\t1480\t1397`, 2021));
    await live.settle();
    expect(marksOf(live.excel, TELEPHONY)).toEqual(["C5"]);
  });

  it("moves them a second time when that event comes after the grace period (the window's limit)", async () => {
    const live = await markedOn("1.13");
    const release = live.excel.events.hold();
    await live.operations.applyTelephony(await live.operations.previewTelephony(`${HEADER}\nmars 2021\t1480\t1397`, 2021));
    live.clock.advance(1000);
    release();
    await live.settle();
    expect(marksOf(live.excel, TELEPHONY)).toEqual(["C6"]);
  });
});
