/**
 * Excel on the web's read loads `text` only where the display cannot be derived from value and number
 * format: the snapshot is the one a read of every cell's text gives (the desktop's read loads it).
 */
import type { Cell, WorkbookSnapshot } from "../../src/domain/snapshot";
import { derivedText } from "../../src/excel/derived-text";
import { readWorkbook } from "../../src/excel/read-snapshot";
import { simulateWorkbook } from "../../src/simulated-excel";
import { readWorkbookBuffer, readWorkbookFile } from "../../src/xlsx/read-workbook";
import { excelSavedWorkbook } from "../fixtures/excel-xml/workbooks";
import { sampleWithLog, SAMPLE_PATH } from "./helpers";
import { cellOf, sheetOf, workbookOf } from "../simulated-excel/fixtures";

const NNBSP = "\u202f";

async function webAndDesktop(workbook: WorkbookSnapshot) {
  const web = simulateWorkbook(workbook);
  const desktop = simulateWorkbook(workbook, undefined, { platform: "desktop" });
  return {
    web: await web.run((context) => readWorkbook(context, { payloadLimited: true })),
    webSyncs: web.syncCount,
    desktop: await desktop.run((context) => readWorkbook(context, { payloadLimited: false })),
  };
}

describe("derivedText", () => {
  it.each<[string, unknown, string, string, string | null]>([
    ["an empty cell", "", "Empty", "General", ""],
    ["a text", "Accueil", "String", "General", "Accueil"],
    ["a text under @", "0042", "String", "@", "0042"],
    ["a formula's empty text", "", "String", "General", ""],
    ["a rate", 0.94, "Double", "0%", "94%"],
    ["a rate in a French format", 0.94, "Double", "0 %", "94 %"],
    ["thousands", 12500, "Integer", "# ##0", `12${NNBSP}500`],
    ["a whole number", 1500, "Integer", "General", "1500"],
    ["a decimal", 1.5, "Double", "General", "1,5"],
    ["a date", 44256, "Double", "dd/mm/yyyy", "01/03/2021"],
    ["a delay with literal text", 12, "Double", '0" jours"', "12 jours"],
    ["TRUE", true, "Boolean", "General", "VRAI"],
    ["an error", "#DIV/0!", "Error", "General", "#DIV/0!"],
    ["a number under a conditional format", 0.5, "Double", "[<1]0.00;0", null],
    ["a number under a fraction format", 1.5, "Double", "# ?/?", null],
    ["a number in a hidden section", -3, "Double", "0;;0", null],
    ["a text under a text section", "A12", "String", '0;-0;0;"Réf. "@', null],
    ["a rich value", "Paris", "RichValue", "General", null],
    ["an unknown value", "?", "Unknown", "General", null],
  ])("derives the display of %s (%j, %s, %s) as %j", (_case, raw, type, format, expected) => {
    expect(derivedText(raw, type, format)).toBe(expected);
  });
});

describe("readWorkbook on Excel on the web, text loaded only where it cannot be derived", () => {
  it.each<[string, () => Promise<WorkbookSnapshot>]>([
    ["the sample workbook", () => readWorkbookFile(SAMPLE_PATH)],
    ["the sample with a 2,000-row log sheet", () => sampleWithLog(2000)],
    ["the workbook saved by Excel (falsy cached results, 1900 dates)", async () => readWorkbookBuffer(await excelSavedWorkbook())],
    ["the workbook saved by Excel in the 1904 date system", async () => readWorkbookBuffer(await excelSavedWorkbook({ date1904: true }))],
  ])("gives for %s the snapshot a read of every cell's text gives, in 3 syncs", async (_case, workbook) => {
    const { web, webSyncs, desktop } = await webAndDesktop(await workbook());
    expect(web.snapshot).toEqual(desktop.snapshot);
    expect(webSyncs).toBe(3);
  });

  it("reads Excel's own text, in one more sync, for the cells whose display it cannot derive", async () => {
    const shown = (value: number | string, text: string, numberFormat: string): Cell => ({ value, text, numberFormat, formula: null });
    const sheet = sheetOf("Suivi", [["Indicateur", "Résultat"], ["Accueil", 0.94], ["Délai", 12]]);
    const cells = sheet.cells.map((row) => [...row]);
    cells[1][1] = shown(0.94, "0,94 (bas)", '[<1]0.00" (bas)";0');
    cells[2][0] = shown("Délai", "Réf. Délai", '0;-0;0;"Réf. "@');
    const workbook = workbookOf({ ...sheet, cells });
    const { web, webSyncs, desktop } = await webAndDesktop(workbook);
    expect(web.snapshot).toEqual(desktop.snapshot);
    expect([web.snapshot.sheets[0].cells[1][1].text, web.snapshot.sheets[0].cells[2][0].text, webSyncs]).toEqual(["0,94 (bas)", "Réf. Délai", 4]);
  });

  it("sends no cell's text when every display can be derived: the response is smaller than with text", async () => {
    const workbook = await sampleWithLog(2000);
    const web = simulateWorkbook(workbook);
    await web.run((context) => readWorkbook(context, { payloadLimited: true }));
    const desktop = simulateWorkbook(workbook, undefined, { platform: "desktop" });
    await desktop.run((context) => readWorkbook(context, { payloadLimited: false }));
    expect(web.largestPayload).toBeLessThan(desktop.largestPayload * 0.85);
  });

  it("keeps a text cell's value and display apart from a number's", async () => {
    const { web } = await webAndDesktop(workbookOf(sheetOf("S", [["1500", 1500, true]])));
    expect(web.snapshot.sheets[0].cells[0].map((cell) => [cell.value, cell.text])).toEqual([cellOf("1500"), cellOf(1500), cellOf(true)].map((cell) => [cell.value, cell.text]));
  });
});
