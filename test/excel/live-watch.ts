/** A simulated workbook watched as the pane does: the handlers registered, then Analyser's read as the baseline. */
import { createWorkbookOperations } from "../../src/excel/workbook-operations";
import type { ChangeTracker } from "../../src/excel/change-tracker";
import type { WorkbookSnapshot } from "../../src/domain/snapshot";
import { simulateWorkbook, type SimulatedExcel } from "../../src/simulated-excel";
import { DEFAULT_SETTINGS, type LiveUpdate } from "../../src/port";
import { sheetOf, workbookOf } from "../simulated-excel/fixtures";
import { ManualClock } from "./manual-clock";

export const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

export const TABLE = () =>
  sheetOf("Indicateurs 2021", [
    ["BILAN QUALITE 2021"],
    ["Thématique", "Indicateurs", "Résultat", "Cible"],
    ["Accueil", "Taux d'appels aboutis", "94 %", "> 90 %"],
    ["Courriels", "Délai de réponse", "1,5 jours", "5 jours"],
  ]);

export interface Watched {
  excel: SimulatedExcel;
  clock: ManualClock;
  updates: LiveUpdate[];
  tracker: ChangeTracker;
  operations: ReturnType<typeof createWorkbookOperations>;
  /** Delivers the events, lets the burst end, waits for its check; gives the syncs it took. */
  settle(): Promise<number>;
}

export interface WatchOptions {
  /** Analyser has read the workbook (the baseline); true unless said. */
  readonly analyzed?: boolean;
  /** An existing host (a pane opened again over the same workbook). */
  readonly excel?: SimulatedExcel;
  readonly workbook?: () => WorkbookSnapshot;
}

export async function watched(options: WatchOptions = {}): Promise<Watched> {
  const excel = options.excel ?? simulateWorkbook((options.workbook ?? (() => workbookOf(TABLE(), sheetOf("Notes", [["libre"]]))))());
  const clock = new ManualClock();
  const operations = createWorkbookOperations(excel.run, { clock, quietMs: 500, office: () => excel.office });
  const updates: LiveUpdate[] = [];
  const tracker = (await operations.watchChanges?.(DEFAULT_SETTINGS, (update) => updates.push(update))) as ChangeTracker;
  if (options.analyzed ?? true) await operations.analyze(DEFAULT_SETTINGS);
  return {
    excel,
    clock,
    updates,
    tracker,
    operations,
    settle: async () => {
      await flush();
      const before = excel.syncCount;
      clock.advance(500);
      await tracker.idle();
      await flush();
      await tracker.idle();
      return excel.syncCount - before;
    },
  };
}
