/**
 * The simulated Excel host wrapped so that the workbook view can follow it: after every `run` and every
 * edit typed in the grid (done or failed) listeners are told, and the view re-reads the model.
 */
import type { WorkbookSnapshot } from "../domain/snapshot";
import type { ExcelRun } from "../port";
import { SimulatedExcel, simulateWorkbook } from "../simulated-excel";

export interface ObservedExcel {
  readonly excel: SimulatedExcel;
  readonly run: ExcelRun;
  /**
   * The user types `text` into one cell and presses Enter, as in Excel: the simulator reads it as typed text
   * and raises onChanged (RangeEdited, source Local). Throws the simulator's error (a protected sheet…).
   */
  edit(sheetName: string, address: string, text: string): void;
  /** How many runs and edits have finished; changes after each one. */
  version(): number;
  subscribe(listener: () => void): () => void;
}

export function observeExcel(excel: SimulatedExcel): ObservedExcel {
  const listeners = new Set<() => void>();
  let finished = 0;
  const notify = () => {
    finished++;
    listeners.forEach((listener) => listener());
  };
  const run: ExcelRun = async (batch) => {
    try {
      return await excel.run(batch);
    } finally {
      notify();
    }
  };
  return {
    excel,
    run,
    edit(sheetName, address, text) {
      try {
        excel.userEdit(sheetName, address, [[text]]);
      } finally {
        notify();
      }
    },
    version: () => finished,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export function observedWorkbook(snapshot: WorkbookSnapshot, fileName: string): ObservedExcel {
  const excel = simulateWorkbook(snapshot);
  excel.model.name = fileName;
  // Excel always has an active sheet: the first one when a file opens.
  excel.model.activeSheetId = excel.model.sheets[0]?.id ?? null;
  return observeExcel(excel);
}
