/**
 * The adapter never calls a method, sets a property or navigates on an object that may be a null object at
 * sync: the simulator refuses such a sync (undocumented, the harsher reading: src/simulated-excel/errors.ts).
 * A workbook with an empty sheet (a « Feuil3 ») is read with its merges in the usual syncs, a kept report sheet
 * loses a custom property it may not have, and marks asked for a sheet that is gone still mark the others.
 */
import type { Issue } from "../../src/domain/issues";
import { readWorkbookInOneSync } from "../../src/excel/read-in-one-sync";
import { readWorkbook } from "../../src/excel/read-snapshot";
import { FINGERPRINT_PROPERTY } from "../../src/report/annotations/fingerprint";
import { sheetNames, sheetTag, simCell, simSheet, simulateWorkbook, type SimulatedExcel } from "../../src/simulated-excel";
import { sheetOf, workbookOf } from "../simulated-excel/fixtures";
import { operationsOn, simulatedSample, syncsOf, written } from "./helpers";

const merges = [{ top: 2, left: 1, bottom: 3, right: 1 }];
const withEmptySheet = () =>
  workbookOf(sheetOf("Indicateurs 2021", [["Thème", "Indicateur"], ["Accueil", "a"], [null, "b"]], { merges }), sheetOf("Feuil2", [["x"]]), sheetOf("Feuil3", []));

describe("a workbook with an empty sheet (its used range a null object)", () => {
  it("is read with its merges in 3 syncs on the web, none refused", async () => {
    const excel = simulateWorkbook(withEmptySheet());
    const reading = await excel.run((context) => readWorkbook(context, { payloadLimited: true }));
    expect([reading.mergesRead, reading.snapshot.sheets.map((sheet) => sheet.merges)]).toEqual([true, [merges, [], []]]);
    expect(reading.snapshot.sheets[2]).toMatchObject({ name: "Feuil3", cells: [] });
    expect(excel.syncLog.map((record) => record.outcome)).toEqual(["ok", "ok", "ok"]);
  });

  it("is read with its merges in 2 syncs on the desktop, none refused", async () => {
    const excel = simulateWorkbook(withEmptySheet(), undefined, { platform: "desktop" });
    const reading = await excel.run((context) => readWorkbook(context, { payloadLimited: false }));
    expect([reading.mergesRead, reading.snapshot.sheets.map((sheet) => sheet.merges)]).toEqual([true, [merges, [], []]]);
    expect(excel.syncLog.map((record) => record.outcome)).toEqual(["ok", "ok"]);
  });

  it("is read with its merges in the telephony fold's one sync", async () => {
    const snapshot = withEmptySheet();
    const excel = simulateWorkbook(snapshot);
    const once = await excel.run((context) => readWorkbookInOneSync(context, snapshot.sheets.map((sheet) => sheet.name)));
    expect([once?.mergesRead, once?.snapshot.sheets.map((sheet) => sheet.merges)]).toEqual([true, [merges, [], []]]);
    expect(excel.syncLog.map((record) => record.outcome)).toEqual(["ok"]);
  });

  it("still gives the sample's analysis with an empty « Feuil3 » added, in the usual 3 syncs", async () => {
    const excel = await simulatedSample();
    const before = await operationsOn(excel).analyze({ year: null, tolerance: 0 });
    excel.userAddSheet("Feuil3", []);
    const { syncs, result } = await syncsOf(excel, () => operationsOn(excel).analyze({ year: null, tolerance: 0 }));
    expect([syncs, result.indicators]).toEqual([3, before.indicators]);
  });
});

describe("a kept annotated report sheet without a fingerprint (written by an earlier version)", () => {
  it("keeps it beside the new report, its tag removed, in the usual 5 syncs", async () => {
    const excel = await simulatedSample();
    written(await operationsOn(excel).generateReport({ year: null, tolerance: 0 }));
    const old = simSheet(excel, "Contrôles 2021");
    old.customProperties = old.customProperties.filter((property) => property.key !== FINGERPRINT_PROPERTY);
    excel.userComment("Contrôles 2021", "B4", "Corrigé depuis ?");
    const { syncs, result } = await syncsOf(excel, () => operationsOn(excel).generateReport({ year: null, tolerance: 0 }, "keep"));
    expect(written(result).kept).toEqual([{ sheet: "Contrôles 2021", keptAs: "Contrôles 2021 (annotée)" }]);
    expect([syncs, sheetTag(excel, "Contrôles 2021 (annotée)"), sheetNames(excel).filter((name) => name.startsWith("Contrôles"))]).toEqual([5, null, ["Contrôles 2021 (annotée)", "Contrôles 2021"]]);
  });
});

describe("marks asked for a sheet that is gone", () => {
  const issue = (sheet: string, cell: string): Issue => ({ severity: "error", code: "RESULT_UNREADABLE", sheet, cell, message: "Résultat illisible" });

  it("marks the cells of the sheets still there, in the usual 3 syncs", async () => {
    const excel: SimulatedExcel = simulateWorkbook(workbookOf(sheetOf("Indicateurs 2021", [["Indicateur", "Résultat"], ["Taux", "abc"]])));
    const { syncs, result } = await syncsOf(excel, () => operationsOn(excel).markIssues([issue("Indicateurs 2021", "B2"), issue("Supprimée", "B2")]));
    expect([syncs, result]).toEqual([3, 1]);
    expect(simCell(excel, "Indicateurs 2021", "B2").format.fill).toEqual({ pattern: "Solid", color: "#FFC7CF" });
  });
});
