/** Live checks on the simulated host: each burst of edits re-checked from its changed rows, in one sync. */
import type { SimulatedExcel } from "../../src/simulated-excel";
import { DEFAULT_SETTINGS, type LiveUpdate } from "../../src/port";
import { flush, TABLE, watched } from "./live-watch";
import { sheetOf, workbookOf } from "../simulated-excel/fixtures";

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

  it("checks 5,000 row edits that come one by one within the quiet time once, in one sync", async () => {
    const live = await watched();
    for (let row = 5; row < 5005; row++) live.excel.userEdit("Indicateurs 2021", `A${row}:D${row}`, [["Accueil", `Indicateur ${row}`, row === 4321 ? "150 %" : "50 %", "> 40 %"]]);
    expect(await live.settle()).toBe(1);
    expect(live.updates.map(brief)).toEqual([{ kind: "rows", added: ["PERCENT_OUT_OF_RANGE C4321"], removed: [], fromCoAuthor: false }]);
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
    // Known from the kept header before reading anything: the whole read only.
    expect(await live.settle()).toBe(3);
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

  it("does not check the add-in's own writes of values: a report generated, telephony figures folded in", async () => {
    const live = await watched({ workbook: () => workbookOf(TABLE(), sheetOf("Téléphonie 2021", [["Mois", "Appels reçus", "Appels aboutis"], ["janvier 2021", 1520, 1432]])) });
    const before = live.excel.syncCount;
    await live.operations.generateReport(DEFAULT_SETTINGS);
    const preview = await live.operations.previewTelephony("Mois\tAppels reçus\tAppels aboutis\nfévrier 2021\t1500\t1400", 2021);
    await live.operations.applyTelephony(preview);
    const written = live.excel.syncCount - before;
    expect(await live.settle()).toBe(0);
    expect(live.excel.syncCount - before).toBe(written);
    expect(live.updates).toEqual([]);
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

  it("removes its handlers when disposed and checks nothing after", async () => {
    const live = await watched();
    // onChanged, onAdded, onDeleted, and onNameChanged on this ExcelApi 1.17 host.
    expect(live.excel.events.handlerCount).toBe(4);
    await live.tracker.dispose();
    expect(live.excel.events.handlerCount).toBe(0);
    live.excel.userEdit("Indicateurs 2021", "D4", [["x"]]);
    expect(await live.settle()).toBe(0);
    expect(live.updates).toEqual([]);
  });

  it("reads nothing to start, and Analyser's one full read is the baseline the next edit is checked against", async () => {
    const live = await watched({ analyzed: false });
    // The handlers' registration only.
    expect(live.excel.syncCount).toBe(1);
    const before = live.excel.syncCount;
    await live.operations.analyze(DEFAULT_SETTINGS);
    // One whole read on the web: sheet list, shapes, content.
    expect(live.excel.syncCount - before).toBe(3);
    live.excel.userEdit("Indicateurs 2021", "D4", [["cinq jours environ"]]);
    expect(await live.settle()).toBe(1);
    expect(live.updates.map(brief)).toEqual([{ kind: "rows", added: ["TARGET_UNREADABLE D4"], removed: [], fromCoAuthor: false }]);
  });

  it("reads the workbook whole at the first edit when Analyser has not run, and only the changed rows after", async () => {
    const live = await watched({ analyzed: false });
    live.excel.userEdit("Indicateurs 2021", "D4", [["cinq jours environ"]]);
    expect(await live.settle()).toBe(3);
    live.excel.userEdit("Indicateurs 2021", "C3", [["150 %"]]);
    expect(await live.settle()).toBe(1);
    expect(live.updates.map(brief)).toEqual([{ kind: "full" }, { kind: "rows", added: ["PERCENT_OUT_OF_RANGE C3"], removed: [], fromCoAuthor: false }]);
    // Nothing was read before: the problems of the cells just typed are the new ones.
    expect(live.updates[0].kind === "full" && live.updates[0].added.map((issue) => issue.cell)).toEqual(["D4"]);
  });

  it.each([
    ["added with a table of its own", (excel: SimulatedExcel) => excel.userAddSheet("Indicateurs 2022", [["BILAN QUALITE 2022"], ["Thématique", "Indicateurs", "Résultat", "Cible"], ["Accueil", "Taux d'appels aboutis", "97 %", "> 90 %"]]), "2022 Indicateurs 2022"],
    ["renamed", (excel: SimulatedExcel) => excel.userRenameSheet("Indicateurs 2021", "Bilan"), "2021 Bilan"],
    ["deleted", (excel: SimulatedExcel) => excel.userDeleteSheet("Notes"), "2021 Indicateurs 2021"],
  ])("reads the workbook again whole when a sheet is %s", async (_, change, analysed) => {
    const live = await watched();
    change(live.excel);
    expect(await live.settle()).toBe(3);
    expect(live.updates.map(brief)).toEqual([{ kind: "full" }]);
    const update = live.updates[0];
    expect(update.kind === "full" && `${update.analysis.year} ${update.analysis.indicators[0].sheet}`).toBe(analysed);
  });

  it("says a sheet a co-author added comes from a co-author", async () => {
    const live = await watched();
    live.excel.userAddSheet("Feuil1", [], "Remote");
    await live.settle();
    expect(live.updates).toEqual([expect.objectContaining({ kind: "full", fromCoAuthor: true })]);
  });

  it("does not check the sheets the add-in adds, renames and deletes itself", async () => {
    const live = await watched();
    await live.operations.checkCompatibility();
    expect(await live.settle()).toBe(0);
    expect(live.updates).toEqual([]);
  });
});

describe("live checks after the add-in's own writes to the data", () => {
  it("read the workbook whole at the next edit once a fold inserted a month, then agree with Analyser", async () => {
    const telephony = sheetOf("Téléphonie 2021", [
      ["Mois", "Appels reçus", "Appels aboutis"],
      ["janvier 2021", 1520, 1432],
      ["février 2021", 1390, 1302],
      ["avril 2021", 1310, 1231],
    ]);
    const live = await watched({ workbook: () => workbookOf(TABLE(), telephony) });
    const preview = await live.operations.previewTelephony("Mois\tAppels reçus\tAppels aboutis\nmars 2021\t1500\t1400", 2021);
    await live.operations.applyTelephony(preview);
    live.clock.advance(500);
    // Avril moved down to row 5 with the fold's insertion; the person now types a wrong figure there.
    live.excel.userEdit("Téléphonie 2021", "C5", [["beaucoup"]]);
    expect(await live.settle()).toBe(3);
    const update = live.updates[0];
    const fresh = await live.operations.analyze(DEFAULT_SETTINGS);
    expect(update.kind === "full" && update.analysis.issues).toEqual(fresh.issues);
    expect(update.kind === "full" && update.analysis.monthly).toEqual(fresh.monthly);
  });
});
