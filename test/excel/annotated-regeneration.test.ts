import { sheetNames, sheetTag, simCell, simSheet, simulateWorkbook, sheetFingerprint } from "../../src/simulated-excel";
import type { SimulatedExcel } from "../../src/simulated-excel";
import { FINGERPRINT_PROPERTY } from "../../src/report/annotations/fingerprint";
import { firstCommandsWhere, operationsOn, sampleSnapshot, simulatedSample, syncsOf, written } from "./helpers";
import { EXCEL_MESSAGES } from "../../src/excel/messages";

const SETTINGS = { year: null, tolerance: 0 };
const NBSP = "\u00A0";

/** A COPIL member, in the shared workbook: a note typed in a cell, a value corrected, a row added, a comment. */
function annotate(excel: SimulatedExcel): void {
  excel.userEdit("Synthèse 2021", "C3", [["Vu en COPIL le 12/03"]], "Remote");
  excel.userEdit("Synthèse 2021", "B14", [["6 usagers par jour (à vérifier)"]], "Remote");
  excel.insertRows("Synthèse 2021", 18, 1, "Remote");
  excel.userEdit("Synthèse 2021", "A18", [["Point ajouté en séance : relancer le PAN"]], "Remote");
  excel.userComment("Synthèse 2021", "A9", "Pourquoi cette baisse ?", "Claire Martin");
}

async function annotatedWorkbook(): Promise<SimulatedExcel> {
  const excel = await simulatedSample();
  written(await operationsOn(excel).generateReport(SETTINGS));
  annotate(excel);
  return excel;
}

/** What the co-author wrote, as found on a sheet. */
function annotationsOn(excel: SimulatedExcel, sheet: string) {
  return {
    c3: simCell(excel, sheet, "C3").value,
    b14: simCell(excel, sheet, "B14").value,
    a18: simCell(excel, sheet, "A18").value,
    comments: simSheet(excel, sheet).comments.map((comment) => ({ cell: [comment.row, comment.column], content: comment.content, author: comment.authorName })),
  };
}

const WRITTEN = {
  c3: "Vu en COPIL le 12/03",
  b14: "6 usagers par jour (à vérifier)",
  a18: "Point ajouté en séance : relancer le PAN",
  comments: [{ cell: [9, 1], content: "Pourquoi cette baisse ?", author: "Claire Martin" }],
};

describe("regenerating over a report sheet a co-author annotated", () => {
  it("writes nothing and says which sheet and what changed, in the read syncs alone", async () => {
    const excel = await annotatedWorkbook();
    const before = sheetNames(excel).map((name) => sheetFingerprint(excel, name));
    const { syncs, result } = await syncsOf(excel, () => operationsOn(excel).generateReport(SETTINGS));
    expect(result).toEqual({
      kind: "annotated",
      annotated: [{ sheet: "Synthèse 2021", changes: "2 cellules modifiées (C3, B14), 1 ligne ajoutée, 1 commentaire", keepAs: "Synthèse 2021 (annotée)" }],
    });
    expect(syncs).toBe(3);
    expect(sheetNames(excel).map((name) => sheetFingerprint(excel, name))).toEqual(before);
  });

  it("keeps the annotated sheet, its cells and its comment, under « Synthèse 2021 (annotée) » beside the new one, in the usual 5 syncs (read 3, write 1, print setup and read-back 1)", async () => {
    const excel = await annotatedWorkbook();
    const { syncs, result } = await syncsOf(excel, () => operationsOn(excel).generateReport(SETTINGS, "keep"));
    expect(syncs).toBe(5);
    expect(written(result).kept).toEqual([{ sheet: "Synthèse 2021", keptAs: "Synthèse 2021 (annotée)" }]);
    expect(annotationsOn(excel, "Synthèse 2021 (annotée)")).toEqual(WRITTEN);
    // The kept sheet is the user's now: no tag, so the next generation leaves it alone.
    expect(sheetTag(excel, "Synthèse 2021 (annotée)")).toBeNull();
    expect(sheetTag(excel, "Synthèse 2021 (annotée)", FINGERPRINT_PROPERTY)).toBeNull();
    expect(sheetTag(excel, "Synthèse 2021")).toBe("summary:2021");
    expect(simCell(excel, "Synthèse 2021", "B14").value).toMatch(/^6\s+usagers par jour$/u);
    expect(simSheet(excel, "Synthèse 2021").comments).toEqual([]);
    const kept = sheetFingerprint(excel, "Synthèse 2021 (annotée)");
    written(await operationsOn(excel).generateReport(SETTINGS));
    expect(sheetFingerprint(excel, "Synthèse 2021 (annotée)")).toBe(kept);
  });

  it("replaces the annotated sheet only when told to, and the sheets nobody touched silently", async () => {
    const excel = await annotatedWorkbook();
    const result = written(await operationsOn(excel).generateReport(SETTINGS, "replace"));
    expect(result.kept).toBeUndefined();
    expect(sheetNames(excel).filter((name) => name.startsWith("Synthèse 2021"))).toEqual(["Synthèse 2021"]);
    expect(simCell(excel, "Synthèse 2021", "C3").value).toBeNull();
    expect(simSheet(excel, "Synthèse 2021").comments).toEqual([]);
  });

  it("replaces an untouched report silently: nothing to ask, no « (annotée) » sheet", async () => {
    const excel = await simulatedSample();
    written(await operationsOn(excel).generateReport(SETTINGS));
    const again = written(await operationsOn(excel).generateReport(SETTINGS));
    expect(again.kept).toBeUndefined();
    expect(sheetNames(excel).some((name) => name.includes("annotée"))).toBe(false);
  });

  it("counts a comment alone, on a sheet whose cells are as generated", async () => {
    const excel = await simulatedSample();
    written(await operationsOn(excel).generateReport(SETTINGS));
    excel.userComment("Contrôles 2021", "B4", "Corrigé depuis ?");
    excel.userComment("Contrôles 2021", "B4", "Oui, le 3 mars", "Paul Durand");
    excel.userComment("Contrôles 2021", "C5", "À voir");
    const result = await operationsOn(excel).generateReport(SETTINGS);
    expect(result).toEqual({ kind: "annotated", annotated: [{ sheet: "Contrôles 2021", changes: "2 commentaires", keepAs: "Contrôles 2021 (annotée)" }] });
  });

  it("counts a note where Excel can (ExcelApi 1.18), and keeps it with the annotated sheet", async () => {
    const excel = await simulatedSample();
    excel.office.excelApiVersion = "1.18";
    written(await operationsOn(excel).generateReport(SETTINGS));
    await excel.run(async (context) => {
      context.workbook.notes.add("'Synthèse 2021'!H9", "Chiffre national à vérifier");
      await context.sync();
    });
    const result = await operationsOn(excel).generateReport(SETTINGS);
    expect(result).toEqual({ kind: "annotated", annotated: [{ sheet: "Synthèse 2021", changes: "1 note", keepAs: "Synthèse 2021 (annotée)" }] });
    written(await operationsOn(excel).generateReport(SETTINGS, "keep"));
    expect(simCell(excel, "Synthèse 2021 (annotée)", "H9").note).toBe("Chiffre national à vérifier");
  });

  it("does not ask Excel for notes before ExcelApi 1.18 (the API is missing there)", async () => {
    const excel = await simulatedSample();
    excel.office.excelApiVersion = "1.17";
    written(await operationsOn(excel).generateReport(SETTINGS));
    await excel.run(async (context) => {
      context.workbook.notes.add("'Synthèse 2021'!H9", "Chiffre national à vérifier");
      await context.sync();
    });
    expect(written(await operationsOn(excel).generateReport(SETTINGS)).kept).toBeUndefined();
  });

  it("asks about a report sheet an older version wrote (no fingerprint): what was written there cannot be checked", async () => {
    const excel = await simulatedSample();
    written(await operationsOn(excel).generateReport(SETTINGS));
    const summary = simSheet(excel, "Synthèse 2021");
    summary.customProperties = summary.customProperties.filter((property) => property.key !== FINGERPRINT_PROPERTY);
    const result = await operationsOn(excel).generateReport(SETTINGS);
    expect(result).toEqual({
      kind: "annotated",
      annotated: [{ sheet: "Synthèse 2021", changes: `écrite par une version précédente du complément${NBSP}: ses modifications ne peuvent pas être vérifiées`, keepAs: "Synthèse 2021 (annotée)" }],
    });
  });

  it("says the content changed, without the cells, when the per-cell fingerprints are gone", async () => {
    const excel = await annotatedWorkbook();
    excel.model.settings.delete("BilanQualite.empreintes");
    const result = await operationsOn(excel).generateReport(SETTINGS);
    expect(result).toEqual({ kind: "annotated", annotated: [{ sheet: "Synthèse 2021", changes: "contenu modifié, 1 commentaire", keepAs: "Synthèse 2021 (annotée)" }] });
  });

  it("keeps a second annotated version under « (annotée 2) » when the first is still there", async () => {
    const excel = await annotatedWorkbook();
    written(await operationsOn(excel).generateReport(SETTINGS, "keep"));
    annotate(excel);
    const found = await operationsOn(excel).generateReport(SETTINGS);
    expect(found.kind === "annotated" && found.annotated.map((entry) => entry.keepAs)).toEqual(["Synthèse 2021 (annotée 2)"]);
    const kept = written(await operationsOn(excel).generateReport(SETTINGS, "keep")).kept;
    expect(kept).toEqual([{ sheet: "Synthèse 2021", keptAs: "Synthèse 2021 (annotée 2)" }]);
    expect(annotationsOn(excel, "Synthèse 2021 (annotée)")).toEqual(WRITTEN);
    expect(annotationsOn(excel, "Synthèse 2021 (annotée 2)")).toEqual(WRITTEN);
  });

  it("gives the kept sheet its name and tag back when the write is refused once it was renamed, so nothing is lost either", async () => {
    const keep = (excel: SimulatedExcel) => operationsOn(excel).generateReport(SETTINGS, "keep");
    const renamed = await firstCommandsWhere(annotatedWorkbook, keep, 4, (excel) => sheetNames(excel).includes("Synthèse 2021 (annotée)"));
    const excel = await annotatedWorkbook();
    const annotated = sheetFingerprint(excel, "Synthèse 2021");
    excel.failSync(excel.syncCount + 4, "Conflict", renamed);
    await expect(keep(excel)).rejects.toThrow(`${EXCEL_MESSAGES.Conflict} Les feuilles de ce rapport ont été retirées${NBSP}: l'ancien rapport est tel qu'il était.`);
    expect(sheetNames(excel)).not.toContain("Synthèse 2021 (annotée)");
    expect(sheetTag(excel, "Synthèse 2021")).toBe("summary:2021");
    expect(annotationsOn(excel, "Synthèse 2021")).toEqual(WRITTEN);
    expect(sheetFingerprint(excel, "Synthèse 2021")).toBe(annotated);
  });

  it("keeps the annotated sheet as « (annotée) » beside the new report when Excel refuses the write after the swap, and says so", async () => {
    const excel = await annotatedWorkbook();
    // Every command of the write runs (and stays), then Excel refuses the batch.
    excel.failSync(excel.syncCount + 4, "Conflict", 10_000);
    await expect(operationsOn(excel).generateReport(SETTINGS, "keep")).rejects.toThrow(/Le nouveau rapport est en place .* et l'ancien a été supprimé/);
    expect(sheetTag(excel, "Synthèse 2021")).toBe("summary:2021");
    expect(sheetTag(excel, "Synthèse 2021 (annotée)")).toBeNull();
    expect(annotationsOn(excel, "Synthèse 2021 (annotée)")).toEqual(WRITTEN);
  });

  it("reads a workbook with comments on user sheets like any other (they are not report sheets)", async () => {
    const excel = simulateWorkbook(await sampleSnapshot());
    excel.userComment("Indicateurs 2021", "A1", "Tableau validé");
    expect(written(await operationsOn(excel).generateReport(SETTINGS)).sheets[0]).toBe("Synthèse 2021");
  });
});
