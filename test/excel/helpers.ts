/** Workbooks for the adapter's acceptance tests: the sample file, and the same with a 10,000-row sheet. */
import type { Cell, SheetSnapshot, WorkbookSnapshot } from "../../src/domain/snapshot";
import { readWorkbookFile } from "../../src/xlsx/read-workbook";
import { createWorkbookOperations } from "../../src/excel/workbook-operations";
import type { GenerateOutcome, GenerateResult, WorkbookOperations } from "../../src/port";
import { SimulatedExcel, simulateWorkbook } from "../../src/simulated-excel";
import { cellOf, textCell } from "../simulated-excel/fixtures";

export const SAMPLE_PATH = "samples/classeur-qualite-2021.xlsx";
export const FIXED_NOW = new Date(Date.UTC(2022, 0, 15, 9, 30));

let sample: Promise<WorkbookSnapshot> | null = null;

export function sampleSnapshot(): Promise<WorkbookSnapshot> {
  sample ??= readWorkbookFile(SAMPLE_PATH);
  return sample;
}

/** A user's log sheet of `rows` rows × 5 columns, nothing the analysis reads. */
export function logSheet(rows: number): SheetSnapshot {
  const header = ["Horodatage", "Agent", "Motif", "Durée", "Observation"].map(textCell);
  const lines: Cell[][] = [header];
  for (let index = 1; index < rows; index++) {
    lines.push([cellOf(44197 + index / 100), textCell(`Agent ${index % 17}`), textCell(`Motif ${index % 7}`), cellOf(index % 300), textCell(index % 5 === 0 ? "rappel" : "")].map((cell, column) =>
      column === 4 && cell.text === "" ? cellOf(null) : cell,
    ));
  }
  return { name: "Journal", origin: { row: 1, column: 1 }, cells: lines, merges: [], generatedTag: null, visible: true };
}

export async function sampleWithLog(rows: number): Promise<WorkbookSnapshot> {
  const base = await sampleSnapshot();
  return { sheets: [...base.sheets, logSheet(rows)] };
}

export async function simulatedSample(logRows = 0): Promise<SimulatedExcel> {
  return simulateWorkbook(logRows > 0 ? await sampleWithLog(logRows) : await sampleSnapshot());
}

export function operationsOn(excel: SimulatedExcel): WorkbookOperations {
  return createWorkbookOperations(excel.run, { now: () => FIXED_NOW, office: () => excel.office });
}

/** Syncs an operation takes on the simulated host. */
export async function syncsOf<T>(excel: SimulatedExcel, operation: () => Promise<T>): Promise<{ syncs: number; result: T }> {
  const before = excel.syncCount;
  const result = await operation();
  return { syncs: excel.syncCount - before, result };
}

/** The outcome of a generation that wrote its sheets (a test fails when it found annotations instead). */
export function written(result: GenerateResult): GenerateOutcome {
  if (result.kind === "annotated") throw new Error(`Nothing written: annotated sheets ${result.annotated.map((entry) => entry.sheet).join(", ")}`);
  return result;
}

/**
 * The fewest commands of an operation's `writeSync`-th sync after which `holds` is true of the workbook as the
 * refused batch left it (seen just before the next sync, so before any recovery): found by bisection over
 * fresh workbooks from `prepare`, the sync refused (Conflict) after that many commands.
 */
export async function firstCommandsWhere(
  prepare: () => Promise<SimulatedExcel>,
  operation: (excel: SimulatedExcel) => Promise<unknown>,
  writeSync: number,
  holds: (excel: SimulatedExcel) => boolean,
  upTo = 100_000,
): Promise<number> {
  const after = async (commands: number): Promise<boolean> => {
    const excel = await prepare();
    const refused = excel.syncCount + writeSync;
    let seen = false;
    excel.editBeforeSync(refused + 1, () => void (seen = holds(excel)));
    excel.failSync(refused, "Conflict", commands);
    await operation(excel).catch(() => undefined);
    return seen;
  };
  let low = 0;
  let high = upTo;
  if (!(await after(high))) throw new Error("Never holds");
  while (low < high) {
    const middle = Math.floor((low + high) / 2);
    if (await after(middle)) high = middle;
    else low = middle + 1;
  }
  return low;
}
