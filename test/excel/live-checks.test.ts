/** Live checks on the simulated host: each burst of edits re-checked from its changed rows, in one sync. */
import { createWorkbookOperations } from "../../src/excel/workbook-operations";
import type { ChangeTracker } from "../../src/excel/change-tracker";
import { simulateWorkbook, type SimulatedExcel } from "../../src/simulated-excel";
import { DEFAULT_SETTINGS, type LiveUpdate } from "../../src/port";
import { sheetOf, workbookOf } from "../simulated-excel/fixtures";
import { ManualClock } from "./manual-clock";

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

const TABLE = () =>
  sheetOf("Indicateurs 2021", [
    ["BILAN QUALITE 2021"],
    ["Thématique", "Indicateurs", "Résultat", "Cible"],
    ["Accueil", "Taux d'appels aboutis", "94 %", "> 90 %"],
    ["Courriels", "Délai de réponse", "1,5 jours", "5 jours"],
  ]);

interface Watched {
  excel: SimulatedExcel;
  clock: ManualClock;
  updates: LiveUpdate[];
  tracker: ChangeTracker;
  operations: ReturnType<typeof createWorkbookOperations>;
  /** Delivers the events, lets the burst end, waits for its check; gives the syncs it took. */
  settle(): Promise<number>;
}

async function watched(): Promise<Watched> {
  const excel = simulateWorkbook(workbookOf(TABLE(), sheetOf("Notes", [["libre"]])));
  const clock = new ManualClock();
  const operations = createWorkbookOperations(excel.run, { clock, quietMs: 500 });
  const updates: LiveUpdate[] = [];
  const tracker = (await operations.watchChanges?.(DEFAULT_SETTINGS, (update) => updates.push(update))) as ChangeTracker;
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

const brief = (update: LiveUpdate | undefined) =>
  update === undefined ? undefined : update.kind === "rows" ? { kind: update.kind, added: update.added.map((issue) => `${issue.code} ${issue.cell}`), removed: update.removed.map((issue) => issue.cell), fromCoAuthor: update.fromCoAuthor } : { kind: update.kind };

describe("live checks", () => {
  it("finds a wrong target typed in D4 by reading only that row, in one sync", async () => {
    const live = await watched();
    live.excel.userEdit("Indicateurs 2021", "D4", [["cinq jours environ"]]);
    expect(await live.settle()).toBe(1);
    expect(live.updates.map(brief)).toEqual([{ kind: "rows", added: ["TARGET_UNREADABLE D4"], removed: [], fromCoAuthor: false }]);
  });

  it("says the problem is gone once it is fixed", async () => {
    const live = await watched();
    live.excel.userEdit("Indicateurs 2021", "D4", [["cinq jours environ"]]);
    await live.settle();
    live.excel.userEdit("Indicateurs 2021", "D4", [["5 jours"]]);
    await live.settle();
    expect(brief(live.updates[1])).toEqual({ kind: "rows", added: [], removed: ["D4"], fromCoAuthor: false });
    expect(live.updates[1].kind === "rows" && live.updates[1].analysis.issues).toEqual([]);
  });

  it("checks a pasted block of 5,000 rows once, in one sync, and a burst of typed cells once", async () => {
    const live = await watched();
    const block = Array.from({ length: 5000 }, (_, index) => ["Accueil", `Indicateur ${index}`, index === 4321 ? "150 %" : "50 %", "> 40 %"]);
    live.excel.userEdit("Indicateurs 2021", "A5:D5004", block);
    expect(await live.settle()).toBe(1);
    expect(live.updates.map(brief)).toEqual([{ kind: "rows", added: ["PERCENT_OUT_OF_RANGE C4326"], removed: [], fromCoAuthor: false }]);
    live.excel.userEdit("Indicateurs 2021", "C3", [["95 %"]]);
    await flush();
    live.clock.advance(300);
    live.excel.userEdit("Indicateurs 2021", "C4", [["2 jours"]]);
    expect(await live.settle()).toBe(1);
    expect(live.updates).toHaveLength(2);
  }, 30_000);

  it("reads the workbook again whole when a row is deleted", async () => {
    const live = await watched();
    live.excel.deleteRows("Indicateurs 2021", 3);
    const syncs = await live.settle();
    expect(brief(live.updates[0])).toEqual({ kind: "full" });
    expect(live.updates[0].kind === "full" && live.updates[0].analysis.indicators.map((indicator) => indicator.row)).toEqual([3]);
    // A whole read on the web: sheet list, shapes, content.
    expect(syncs).toBe(3);
  });

  it("reads the workbook again whole when the header is edited", async () => {
    const live = await watched();
    live.excel.userEdit("Indicateurs 2021", "D2", [["Objectif"]]);
    await live.settle();
    expect(brief(live.updates[0])).toEqual({ kind: "full" });
  });

  it("says a co-author's edit comes from a co-author", async () => {
    const live = await watched();
    live.excel.userEdit("Indicateurs 2021", "C3", [["-4"]], "Remote");
    await live.settle();
    expect(brief(live.updates[0])).toEqual({ kind: "rows", added: ["PERCENT_OUT_OF_RANGE C3"], removed: [], fromCoAuthor: true });
  });

  it("does not check the add-in's own writes (marks)", async () => {
    const live = await watched();
    const analysis = await live.operations.analyze(DEFAULT_SETTINGS);
    await live.operations.markIssues([{ severity: "error", code: "TARGET_UNREADABLE", sheet: "Indicateurs 2021", cell: "D4", message: "x" }, ...analysis.issues]);
    const syncs = await live.settle();
    expect(live.updates).toEqual([]);
    expect(syncs).toBe(0);
  });

  it("says a failed check once and retries it with the next change", async () => {
    const live = await watched();
    live.excel.failSync(live.excel.syncCount + 1);
    live.excel.failSync(live.excel.syncCount + 2);
    live.excel.userEdit("Indicateurs 2021", "D4", [["cinq jours environ"]]);
    await live.settle();
    live.excel.userEdit("Indicateurs 2021", "C3", [["95 %"]]);
    await live.settle();
    expect(live.updates.map((update) => update.kind)).toEqual(["failed"]);
    live.excel.userEdit("Indicateurs 2021", "C3", [["96 %"]]);
    await live.settle();
    expect(live.updates.map(brief)).toEqual([{ kind: "failed" }, { kind: "rows", added: ["TARGET_UNREADABLE D4"], removed: [], fromCoAuthor: false }]);
    expect(live.updates[0].kind === "failed" && live.updates[0].message).toMatch(/^[A-ZÀ-Ü]/);
  });

  it("removes its handler when disposed and checks nothing after", async () => {
    const live = await watched();
    expect(live.excel.events.handlerCount).toBe(1);
    await live.tracker.dispose();
    expect(live.excel.events.handlerCount).toBe(0);
    live.excel.userEdit("Indicateurs 2021", "D4", [["x"]]);
    expect(await live.settle()).toBe(0);
    expect(live.updates).toEqual([]);
  });
});
