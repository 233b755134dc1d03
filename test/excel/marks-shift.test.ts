/** Marks when rows or columns are inserted or deleted: each mark stays with its cell, and a restore never paints a cell that does not wear the mark. */
import type { Issue } from "../../src/domain/issues";
import { simSheet, simulateWorkbook, type SimulatedExcel } from "../../src/simulated-excel";
import { sheetOf, workbookOf } from "../simulated-excel/fixtures";
import { operationsOn, syncsOf } from "./helpers";

const SHEET = "Indicateurs 2021";

const issue = (cell: string): Issue => ({ severity: "error", code: "RESULT_UNREADABLE", sheet: SHEET, cell, message: "Résultat illisible" });

/** B2 and B3 carry the user's own fills and font colours, B4 none. */
async function formattedWorkbook(): Promise<SimulatedExcel> {
  const excel = simulateWorkbook(workbookOf(sheetOf(SHEET, [["Indicateur", "Résultat", "Cible"], ["Taux", "abc", ">90 %"], ["Délai", "", "5 jours"], ["Accueil", "?", "> 75 %"]])));
  await excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(SHEET);
    sheet.getRange("B2").format.fill.color = "#DDEBF7";
    sheet.getRange("B2").format.font.color = "#1F4E78";
    sheet.getRange("B3").format.fill.color = "#E2EFDA";
  });
  return excel;
}

/** Every cell's format, by its key in the sheet. */
function formats(excel: SimulatedExcel): Map<number, unknown> {
  return new Map([...simSheet(excel, SHEET).cells].map(([key, cell]) => [key, JSON.stringify(cell.format)]));
}

describe("a shift the add-in did not see (rows inserted while the pane was closed)", () => {
  it("leaves every cell that does not wear a mark as it is when the marks are cleared", async () => {
    const excel = await formattedWorkbook();
    await operationsOn(excel).markIssues([issue("B2")]);
    // No pane listens: the marked cell moves to B3, and B2 now holds the header's old B1.
    excel.insertRows(SHEET, 1);
    const before = formats(excel);
    const { syncs, result } = await syncsOf(excel, () => operationsOn(excel).clearMarks());
    expect([syncs, result]).toEqual([3, 0]);
    expect(formats(excel)).toEqual(before);
    expect(excel.model.settings.has("BilanQualite.marks")).toBe(false);
  });
});
