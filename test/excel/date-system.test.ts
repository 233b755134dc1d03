/**
 * A workbook in the 1904 date system (Excel for Mac's default until 2011) read through the Excel adapter:
 * Office.js gives its dates raw, 1 462 days lower; the snapshot holds them in the 1900 system.
 */
import { analyzeWorkbook } from "../../src/domain/analysis";
import { monthlyOfYear, telephonySheets } from "../../src/domain/analysis/monthly";
import type { DateSystem } from "../../src/domain/date-system";
import type { Cell, SheetSnapshot, WorkbookSnapshot } from "../../src/domain/snapshot";
import type { ChangeTracker } from "../../src/excel/change-tracker";
import { readWorkbookInOneSync } from "../../src/excel/read-in-one-sync";
import { createWorkbookOperations } from "../../src/excel/workbook-operations";
import { DEFAULT_SETTINGS, type LiveUpdate } from "../../src/port";
import { operationsOn } from "./helpers";
import { ManualClock } from "./manual-clock";
import { PayloadBudget } from "../../src/excel/payload-budget";
import { writeCells } from "../../src/excel/write-sheet";
import type { PlannedSheet } from "../../src/report/plan";
import { readWorkbook } from "../../src/excel/read-snapshot";
import { simCell, simulateWorkbook, type SimulatedExcel } from "../../src/simulated-excel";
import { displayText } from "../../src/xlsx/display-text";
import { readWorkbookBuffer } from "../../src/xlsx/read-workbook";
import { excelSavedWorkbook } from "../fixtures/excel-xml/workbooks";
import { valueKindsWorkbook } from "../fixtures/workbooks";
import { readSurveySheet } from "../../src/domain/survey";
import { grid, workbook } from "../helpers/cells";
import { SURVEY_HEADER, SURVEY_ROWS } from "../domain/survey/fixtures";
import { simulateWorkbookBuffer } from "../simulated-excel/seed-from-file";
import { textCell } from "../simulated-excel/fixtures";

const MODES = [
  ["Excel on the web", "web", true, 3],
  ["the desktop", "desktop", false, 2],
] as const;

function analysisOf(snapshot: WorkbookSnapshot) {
  const outcome = analyzeWorkbook(snapshot);
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.analysis;
}

async function readIn(excel: SimulatedExcel, payloadLimited: boolean) {
  const reading = await excel.run((context) => readWorkbook(context, { payloadLimited }));
  return { reading, syncs: excel.syncCount };
}

describe.each(MODES)("the workbook Excel saved in both date systems, read in %s", (_mode, platform, payloadLimited, syncs) => {
  it.each<[DateSystem]>([[1900], [1904]])("gives in the %d system the snapshot and the analysis the file reader gives, in as many syncs as before", async (system) => {
    const bytes = await excelSavedWorkbook({ date1904: system === 1904 });
    const fromFile = await readWorkbookBuffer(bytes);
    const { reading, syncs: counted } = await readIn(await simulateWorkbookBuffer(bytes, { platform }), payloadLimited);
    expect([reading.dateSystem, counted]).toEqual([system, syncs]);
    expect(reading.snapshot).toEqual(fromFile);
    expect(analysisOf(reading.snapshot)).toEqual(analysisOf(fromFile));
  });

  it("gives for a 1904 workbook holding a date and an elapsed time (36:00) what the file reader gives", async () => {
    const bytes = await valueKindsWorkbook({ date1904: true });
    const { reading } = await readIn(await simulateWorkbookBuffer(bytes, { platform }), payloadLimited);
    expect(reading.snapshot).toEqual(await readWorkbookBuffer(bytes));
  });

  it("reads the 1904 workbook's months as 2021's, each with its figures", async () => {
    const { reading } = await readIn(await simulateWorkbookBuffer(await excelSavedWorkbook({ date1904: true }), { platform }), payloadLimited);
    const monthly = analysisOf(reading.snapshot).monthly;
    expect([monthly?.months.length, monthly?.months[0]?.month, monthly?.received, monthly?.answered]).toEqual([12, "2021-01", 16230, 14434]);
  });
});

/** A cell as the file reader gives it: its text the French display of its (1900-system) value. */
function shown(value: number, numberFormat: string): Cell {
  return { value, text: displayText(value, numberFormat), numberFormat, formula: null };
}

/** Dates in every shape the add-in reads, beside times, durations and plain numbers that no date system moves. */
function datesAndTimes(): WorkbookSnapshot {
  const months = [44562, 44593, 44621];
  const telephony: SheetSnapshot = {
    name: "Téléphonie 2022",
    origin: { row: 1, column: 1 },
    cells: [
      [textCell("Mois"), textCell("Appels reçus"), textCell("Appels aboutis"), textCell("Durée moyenne"), textCell("Relevé le")],
      ...months.map((serial, index) => [
        shown(serial, "mmmm yyyy"),
        shown(1200 + index, "#,##0"),
        shown(1100 + index, "#,##0"),
        shown(0.0035 + index / 1000, "mm:ss"),
        shown(serial + 40.375, "dd/mm/yyyy hh:mm"),
      ]),
    ],
    merges: [],
    generatedTag: null,
    visible: true,
  };
  const log: SheetSnapshot = {
    name: "Journal",
    origin: { row: 1, column: 1 },
    cells: [
      [textCell("Jour"), textCell("Mois"), textCell("Heure"), textCell("Cumul"), textCell("Nombre")],
      [shown(44565, "dd/mm/yyyy"), shown(44565, "mmm-yy"), shown(0.5, "hh:mm"), shown(1.5, "[h]:mm"), shown(44565, "0")],
    ],
    merges: [],
    generatedTag: null,
    visible: true,
  };
  return { sheets: [telephony, log] };
}

describe("dates, times and durations in a 1904 workbook", () => {
  it.each(MODES)("are read in %s as the same workbook in the 1900 system gives them, displays included", async (_mode, platform, payloadLimited) => {
    const snapshot = datesAndTimes();
    const mac = await readIn(simulateWorkbook(snapshot, undefined, { platform, dateSystem: 1904 }), payloadLimited);
    const windows = await readIn(simulateWorkbook(snapshot, undefined, { platform }), payloadLimited);
    expect(mac.reading.snapshot).toEqual(snapshot);
    expect(windows.reading.snapshot).toEqual(snapshot);
  });

  it("are held 1 462 days lower by Excel: the date cells only", () => {
    const excel = simulateWorkbook(datesAndTimes(), undefined, { dateSystem: 1904 });
    const log = excel.model.sheets[1];
    expect([...log.cells.values()].slice(5).map((cell) => cell.value)).toEqual([44565 - 1462, 44565 - 1462, 0.5, 1.5, 44565]);
  });

  it("are read alike in the one sync before a write", async () => {
    const snapshot = datesAndTimes();
    const excel = simulateWorkbook(snapshot, undefined, { dateSystem: 1904 });
    const once = await excel.run((context) => readWorkbookInOneSync(context, snapshot.sheets.map((sheet) => sheet.name)));
    expect([once?.dateSystem, once?.snapshot, excel.syncCount]).toEqual([1904, snapshot, 1]);
  });

  it("give the telephony months of 2022, not of 2018", async () => {
    const { reading } = await readIn(simulateWorkbook(datesAndTimes(), undefined, { dateSystem: 1904 }), true);
    const { monthly } = monthlyOfYear(telephonySheets(reading.snapshot), 2022);
    expect(monthly?.months.map((month) => [month.month, month.received])).toEqual([["2022-01", 1200], ["2022-02", 1201], ["2022-03", 1202]]);
  });
});

describe("the date system when Excel cannot tell it", () => {
  it("is taken for 1900 when workbook.functions cannot be reached, and the read goes on", async () => {
    const excel = simulateWorkbook(datesAndTimes(), undefined, { dateSystem: 1904 });
    const reading = await excel.run((context) => {
      Object.defineProperty(context.workbook, "functions", { get: () => { throw new Error("ApiNotFound"); } });
      return readWorkbook(context, { payloadLimited: true });
    });
    expect([reading.dateSystem, reading.snapshot.sheets.map((sheet) => sheet.name)]).toEqual([1900, ["Téléphonie 2022", "Journal"]]);
  });
});

describe("live checks in a 1904 workbook", () => {
  it("re-reads a changed telephony row with its month still 2021's", async () => {
    const excel = await simulateWorkbookBuffer(await excelSavedWorkbook({ date1904: true }));
    const clock = new ManualClock();
    const operations = createWorkbookOperations(excel.run, { clock, quietMs: 500, office: () => excel.office });
    const updates: LiveUpdate[] = [];
    const tracker = (await operations.watchChanges?.(DEFAULT_SETTINGS, (update) => updates.push(update))) as ChangeTracker;
    await operations.analyze(DEFAULT_SETTINGS);
    excel.userEdit("Téléphonie 2021", "B3", [[1411]]);
    await new Promise((resolve) => setTimeout(resolve, 0));
    const before = excel.syncCount;
    clock.advance(500);
    await tracker.idle();
    const update = updates[0];
    const monthly = update !== undefined && "analysis" in update ? update.analysis.monthly : null;
    expect([update?.kind, excel.syncCount - before, monthly?.months.length, monthly?.months[1]?.month, monthly?.received]).toEqual(["rows", 1, 12, "2021-02", 16231]);
  });
});

/** A 2022 telephony sheet whose months are Excel dates shown as « janv.-22 », January to March. */
function monthsAsDates(): WorkbookSnapshot {
  const rows: Cell[][] = [[textCell("Mois"), textCell("Appels reçus"), textCell("Appels aboutis")]];
  [44562, 44593, 44621].forEach((serial, index) => rows.push([shown(serial, "mmm-yy"), shown(1200 + index, "0"), shown(1100 + index, "0")]));
  return { sheets: [{ name: "Téléphonie 2022", origin: { row: 1, column: 1 }, cells: rows, merges: [], generatedTag: null, visible: true }] };
}

describe("folding telephony figures into a 1904 workbook", () => {
  it.each<[DateSystem, number]>([
    [1904, 44652 - 1462],
    [1900, 44652],
  ])("writes April's first day in the %d system's count (%d), shown as « avr.-22 », and reads the year back whole", async (system, serial) => {
    const excel = simulateWorkbook(monthsAsDates(), undefined, { dateSystem: system });
    const operations = operationsOn(excel);
    const preview = await operations.previewTelephony("Mois\tAppels reçus\tAppels aboutis\navril 2022\t1300\t1250\nfévrier 2022\t1210\t1150", 2022);
    const outcome = await operations.applyTelephony(preview);
    const april = simCell(excel, "Téléphonie 2022", "A5");
    expect([april.value, april.text, simCell(excel, "Téléphonie 2022", "A3").value]).toEqual([serial, "avr.-22", 44593 - (system === 1904 ? 1462 : 0)]);
    expect([outcome.addedMonths, outcome.replacedMonths]).toEqual([["2022-04"], ["2022-02"]]);
    const read = await excel.run((context) => readWorkbook(context, { payloadLimited: true }));
    const { monthly } = monthlyOfYear(telephonySheets(read.snapshot), 2022);
    expect(monthly?.months.map((month) => [month.month, month.received])).toEqual([["2022-01", 1200], ["2022-02", 1210], ["2022-03", 1202], ["2022-04", 1300]]);
  });
});

describe("a report sheet holding a date, written into a 1904 workbook", () => {
  it("is written 1 462 days lower and shown as the planned day; the counts beside it as planned", async () => {
    const excel = simulateWorkbook({ sheets: [] }, undefined, { dateSystem: 1904 });
    const sheet: PlannedSheet = {
      name: "Plan d'actions",
      role: "action-plan",
      year: 2021,
      cells: [
        { row: 1, column: 1, value: { kind: "number", number: 44561 }, style: "action-date" },
        { row: 1, column: 2, value: { kind: "number", number: 12 }, style: "count" },
      ],
      merges: [],
      columnWidths: [],
      print: { orientation: "portrait", paper: "A4", fitToOnePageWide: true },
      charts: [],
      showGridlines: true,
    };
    const styles = { "action-date": { numberFormat: "dd/mm/yyyy" }, count: { numberFormat: "0" } };
    await excel.run(async (context) => {
      const worksheet = context.workbook.worksheets.add("Plan d'actions");
      await writeCells(worksheet, sheet, { styles, finalName: (name) => name, dateSystem: 1904 }, new PayloadBudget(context));
      await context.sync();
    });
    const [date, count] = [simCell(excel, "Plan d'actions", "A1"), simCell(excel, "Plan d'actions", "B1")];
    expect([date.value, date.text, count.value]).toEqual([44561 - 1462, "31/12/2021", 12]);
  });
});

describe("a fold into a 1904 workbook that Excel refuses once every command ran", () => {
  it("counts its month rows written, as in a 1900 workbook: a date read back is compared in the 1900 system", async () => {
    const refused = async (system: DateSystem) => {
      const excel = simulateWorkbook(monthsAsDates(), undefined, { dateSystem: system });
      const operations = operationsOn(excel);
      // Once the pane has opened (its settings read lists the sheets), the fold reads in one sync and writes in the next.
      await operations.loadSettings();
      const preview = await operations.previewTelephony("Mois\tAppels reçus\tAppels aboutis\navril 2022\t1300\t1250\nfévrier 2022\t1210\t1150", 2022);
      excel.failSync(excel.syncCount + 2, "Conflict", 1000);
      return operations.applyTelephony(preview).then(
        () => "no failure",
        (error: Error) => error.message,
      );
    };
    const [mac, windows] = [await refused(1904), await refused(1900)];
    expect(windows).toContain("lignes écrites\u00a0: 3 et 5.");
    expect(mac).toBe(windows);
  });
});

describe("a satisfaction survey in a 1904 workbook", () => {
  it.each(MODES)("takes its year from its answers' dates, read in %s", async (_mode, platform, payloadLimited) => {
    const answers = workbook(grid("Réponses", [SURVEY_HEADER, ...SURVEY_ROWS]));
    const years = [];
    for (const dateSystem of [1904, 1900] as const) {
      const { reading } = await readIn(simulateWorkbook(answers, undefined, { platform, dateSystem }), payloadLimited);
      years.push(readSurveySheet(reading.snapshot.sheets[0])?.year);
    }
    expect(years).toEqual([2021, 2021]);
  });
});
