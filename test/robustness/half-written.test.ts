/**
 * Issue 13 — a write Excel refuses half-way: the commands before the refused one stay applied (the simulator's
 * `failSync(n, code, afterCommands)`), so each write reads back what landed and its French message says exactly
 * which rows (or cells, or sheets) were written and which were not. Each case checks the message against what
 * the simulated workbook holds, and, where the message tells the user what to do next, that doing it works.
 */
import type { Issue } from "../../src/domain/issues";
import { EXCEL_MESSAGES } from "../../src/excel/messages";
import { modelSnapshot, sheetFingerprint, sheetNames, sheetTag, simCell, simulateWorkbook, type SimulatedExcel } from "../../src/simulated-excel";
import { sheetOf } from "../simulated-excel/fixtures";
import { firstCommandsWhere, operationsOn, sampleSnapshot, simulatedSample, written } from "../excel/helpers";
import { analyzeWorkbook } from "../../src/domain/analysis";

const NBSP = "\u00A0";
const q = (text: string): string => `«${NBSP}${text}${NBSP}»`;

/** The message of an operation's failure. */
const failure = (operation: Promise<unknown>): Promise<string> =>
  operation.then(
    () => "no failure",
    (error: Error) => error.message,
  );

describe("a telephony fold Excel refuses half-way", () => {
  const HEADER = "Mois\tAppels reçus\tAppels aboutis";
  /** January re-pasted (row 2, in place) and March new (a row inserted before April: row 4). */
  const PASTED = `${HEADER}\njanvier 2021\t1600\t1500\nmars 2021\t1480\t1397`;
  /** Once the pane has opened (its settings read lists the sheets), the fold reads in one sync, then writes in the next. */
  const WRITE = 2;

  async function gapped(withTelephony = true): Promise<SimulatedExcel> {
    const sample = await sampleSnapshot();
    const others = sample.sheets.filter((sheet) => !sheet.name.startsWith("Téléphonie"));
    const telephony = sheetOf("Téléphonie 2021", [["Mois", "Appels reçus", "Appels aboutis"], ["janvier 2021", 1520, 1432], ["février 2021", 1390, 1302], ["avril 2021", 1310, 1231]]);
    return simulateWorkbook({ sheets: withTelephony ? [...others, telephony] : others });
  }

  const row = (excel: SimulatedExcel, line: number): unknown[] => ["A", "B", "C"].map((column) => simCell(excel, "Téléphonie 2021", `${column}${line}`).value);

  async function refusedAfter(commands: number, withTelephony = true) {
    const excel = await gapped(withTelephony);
    const operations = operationsOn(excel);
    await operations.loadSettings();
    const preview = await operations.previewTelephony(PASTED, 2021);
    excel.failSync(excel.syncCount + WRITE, "Conflict", commands);
    return { excel, operations, preview, message: await failure(operations.applyTelephony(preview)) };
  }

  it("says nothing was written when the refusal meets the first command, and the sheet is unchanged", async () => {
    const before = sheetFingerprint(await gapped(), "Téléphonie 2021");
    const { excel, message } = await refusedAfter(0);
    expect(message).toBe(`${EXCEL_MESSAGES.Conflict} Aucune ligne n'a été écrite dans la feuille ${q("Téléphonie 2021")}. Relancez l'écriture${NBSP}: les mois déjà écrits seront remplacés, pas ajoutés une seconde fois.`);
    expect(sheetFingerprint(excel, "Téléphonie 2021")).toBe(before);
  });

  it("names the row inserted and left empty when only the insertion ran", async () => {
    const { excel, message } = await refusedAfter(1);
    expect(message).toContain(`Aucune ligne n'a été écrite dans la feuille ${q("Téléphonie 2021")} (la ligne 4 a été insérée mais est restée vide${NBSP}: supprimez-la).`);
    expect([row(excel, 2), row(excel, 4), row(excel, 5)]).toEqual([["janvier 2021", 1520, 1432], [null, null, null], ["avril 2021", 1310, 1231]]);
  });

  it("names the month's row written and the one not written; deleting the empty row and writing again gives the whole fold", async () => {
    const first = await firstCommandsWhere(gapped, async (excel) => {
      const operations = operationsOn(excel);
      await operations.loadSettings();
      await operations.applyTelephony(await operations.previewTelephony(PASTED, 2021));
    }, 2 + WRITE /* the settings read, the preview's read, then the fold */, (excel) => simCell(excel, "Téléphonie 2021", "C2").value === 1500);
    const { excel, operations, preview, message } = await refusedAfter(first);
    expect(message).toBe(
      `${EXCEL_MESSAGES.Conflict} Dans la feuille ${q("Téléphonie 2021")}, ligne écrite${NBSP}: 2${NBSP}; non écrite${NBSP}: 4 (la ligne 4 a été insérée mais est restée vide${NBSP}: supprimez-la). ` +
        `Relancez l'écriture${NBSP}: les mois déjà écrits seront remplacés, pas ajoutés une seconde fois.`,
    );
    expect([row(excel, 2), row(excel, 4)]).toEqual([["janvier 2021", 1600, 1500], [null, null, null]]);
    excel.deleteRows("Téléphonie 2021", 4);
    const outcome = await operations.applyTelephony(preview);
    expect(outcome).toMatchObject({ replacedMonths: ["2021-01"], addedMonths: ["2021-03"] });
    expect([1, 2, 3, 4, 5, 6].map((line) => row(excel, line))).toEqual([
      ["Mois", "Appels reçus", "Appels aboutis"],
      ["janvier 2021", 1600, 1500],
      ["février 2021", 1390, 1302],
      ["mars 2021", 1480, 1397],
      ["avril 2021", 1310, 1231],
      [null, null, null],
    ]);
  });

  it("does not take a month to replace for written in part when one of its figures was already the same", async () => {
    // January: 1520 received stays, 1432 answered becomes 1500; the refusal meets the first command.
    const excel = await gapped();
    const before = sheetFingerprint(excel, "Téléphonie 2021");
    const operations = operationsOn(excel);
    await operations.loadSettings();
    const preview = await operations.previewTelephony(`${HEADER}\njanvier 2021\t1520\t1500`, 2021);
    excel.failSync(excel.syncCount + WRITE, "Conflict", 0);
    const message = await failure(operations.applyTelephony(preview));
    expect(sheetFingerprint(excel, "Téléphonie 2021")).toBe(before);
    expect(message).toBe(`${EXCEL_MESSAGES.Conflict} Aucune ligne n'a été écrite dans la feuille ${q("Téléphonie 2021")}. Relancez l'écriture${NBSP}: les mois déjà écrits seront remplacés, pas ajoutés une seconde fois.`);
  });

  it("says the sheet to create was not created, and it is not there", async () => {
    const { excel, message } = await refusedAfter(0, false);
    expect(message).toContain(`La feuille ${q("Téléphonie 2021")} n'a pas été créée.`);
    expect(sheetNames(excel)).not.toContain("Téléphonie 2021");
  });

  it("claims nothing when Excel refuses the read-back too", async () => {
    const excel = await gapped();
    const operations = operationsOn(excel);
    await operations.loadSettings();
    const preview = await operations.previewTelephony(PASTED, 2021);
    excel.failSync(excel.syncCount + WRITE, "Conflict", 3);
    excel.failSync(excel.syncCount + WRITE + 1, "Conflict");
    const message = await failure(operations.applyTelephony(preview));
    expect(message).toBe(`${EXCEL_MESSAGES.Conflict} Excel n'a pas non plus permis de relire la feuille ${q("Téléphonie 2021")}${NBSP}: vérifiez ce qu'elle contient avant de recommencer.`);
    expect(message).not.toMatch(/rien n'a été écrit/i);
  });
});

describe("a survey entry Excel refuses half-way", () => {
  const HEADER = ["N°", "Site", "Êtes-vous satisfait de l'accueil ?", "L'agent s'est-il présenté ?", "Note (1 à 5)"];
  const tsv = (rows: readonly (readonly (string | number)[])[]): string => [HEADER, ...rows].map((line) => line.join("\t")).join("\n");
  /** Respondent 4 left a question blank: its row is written in two runs (A:B, D:E). */
  const PASTED = tsv([[4, "BMI", "", "Oui", 5], [5, "PAN", "Sans avis", "Non", 3]]);

  const prepare = async (): Promise<SimulatedExcel> => {
    const sample = await sampleSnapshot();
    return simulateWorkbook({ sheets: [...sample.sheets, sheetOf("Enquête 2021", [HEADER, [1, "PAN", "Très satisfait", "Oui", 5]])] });
  };
  const apply = async (excel: SimulatedExcel) => {
    const operations = operationsOn(excel);
    return operations.applySurvey(await operations.previewSurvey(PASTED, 2021));
  };
  const row = (excel: SimulatedExcel, line: number): unknown[] => ["A", "B", "C", "D", "E"].map((column) => simCell(excel, "Enquête 2021", `${column}${line}`).value);
  /** The write is the survey entry's last sync: counted on a twin workbook. */
  async function writeSync(): Promise<number> {
    const twin = await prepare();
    const operations = operationsOn(twin);
    const preview = await operations.previewSurvey(PASTED, 2021);
    const before = twin.syncCount;
    await operations.applySurvey(preview);
    return twin.syncCount - before;
  }

  it("names the row written in part and the row not written, and the cells match", async () => {
    const write = await writeSync();
    const first = await firstCommandsWhere(prepare, apply, write, (excel) => simCell(excel, "Enquête 2021", "B3").value === "BMI");
    const excel = await prepare();
    excel.failSync(excel.syncCount + write, "Conflict", first);
    const message = await failure(apply(excel));
    expect(message).toBe(
      `${EXCEL_MESSAGES.Conflict} Dans la feuille ${q("Enquête 2021")}, écrite en partie${NBSP}: 3${NBSP}; non écrite${NBSP}: 4. ` +
        `Supprimez les lignes écrites en partie, puis recollez les réponses${NBSP}: celles déjà écrites seront reconnues comme doublons et pas ajoutées une seconde fois.`,
    );
    expect([row(excel, 3), row(excel, 4)]).toEqual([[4, "BMI", null, null, null], [null, null, null, null, null]]);
  });

  it("names the row written and the row not written; pasting again adds only the missing respondent", async () => {
    const write = await writeSync();
    const first = await firstCommandsWhere(prepare, apply, write, (excel) => simCell(excel, "Enquête 2021", "E3").value === 5);
    const excel = await prepare();
    excel.failSync(excel.syncCount + write, "Conflict", first);
    const message = await failure(apply(excel));
    expect(message).toBe(
      `${EXCEL_MESSAGES.Conflict} Dans la feuille ${q("Enquête 2021")}, ligne écrite${NBSP}: 3${NBSP}; non écrite${NBSP}: 4. ` +
        `Recollez les réponses${NBSP}: celles déjà écrites seront reconnues comme doublons et pas ajoutées une seconde fois.`,
    );
    expect([row(excel, 3), row(excel, 4)]).toEqual([[4, "BMI", null, "Oui", 5], [null, null, null, null, null]]);
    expect(await apply(excel)).toMatchObject({ added: 1, duplicates: 1 });
    expect([row(excel, 3), row(excel, 4), row(excel, 5)]).toEqual([[4, "BMI", null, "Oui", 5], [5, "PAN", "Sans avis", "Non", 3], [null, null, null, null, null]]);
  });
});

describe("marking and clearing cells Excel refuses half-way", () => {
  const issue = (sheet: string, cell: string): Issue => ({ severity: "error", code: "RESULT_UNREADABLE", sheet, cell, message: "x" });
  const ISSUES = [issue("Indicateurs 2021", "C4"), issue("Indicateurs 2021", "C5"), issue("Indicateurs 2020", "C4")];
  const SHEETS = ["Indicateurs 2021", "Indicateurs 2020"];
  /** Marking and clearing each read in 2 syncs, then write in the third. */
  const WRITE = 3;
  const fill = (excel: SimulatedExcel, sheet: string, cell: string) => simCell(excel, sheet, cell).format?.fill?.color;
  const marked = (excel: SimulatedExcel) => ISSUES.map(({ sheet, cell }) => fill(excel, sheet as string, cell as string) === "#FFC7CF");
  /** The sample with « Marquer les cellules » pressed: the twin a refused clear is replayed on. */
  const markedSample = async (): Promise<SimulatedExcel> => {
    const twin = await simulatedSample();
    await operationsOn(twin).markIssues(ISSUES);
    return twin;
  };

  it("says no cell was marked when the refusal meets the first command, and none is", async () => {
    const excel = await simulatedSample();
    const before = SHEETS.map((name) => sheetFingerprint(excel, name));
    excel.failSync(excel.syncCount + WRITE, "Conflict", 0);
    expect(await failure(operationsOn(excel).markIssues(ISSUES))).toBe(`${EXCEL_MESSAGES.Conflict} Aucune cellule n'a été surlignée.`);
    expect(SHEETS.map((name) => sheetFingerprint(excel, name))).toEqual(before);
  });

  it("names the cells marked; « Effacer les marques » then restores every one, as the message says", async () => {
    const excel = await simulatedSample();
    const before = SHEETS.map((name) => sheetFingerprint(excel, name));
    const first = await firstCommandsWhere(simulatedSample, (twin) => operationsOn(twin).markIssues(ISSUES), WRITE, (twin) => marked(twin)[0]);
    excel.failSync(excel.syncCount + WRITE, "Conflict", first);
    const operations = operationsOn(excel);
    expect(await failure(operations.markIssues(ISSUES))).toBe(
      `${EXCEL_MESSAGES.Conflict} 1 cellule sur 3 a été surlignée (C4 de ${q("Indicateurs 2021")}), pas les autres${NBSP}; leurs couleurs d'origine sont gardées${NBSP}: ${q("Effacer les marques")} les rétablit.`,
    );
    expect(marked(excel)).toEqual([true, false, false]);
    await operations.clearMarks();
    expect(SHEETS.map((name) => sheetFingerprint(excel, name))).toEqual(before);
  });

  it("names the cells restored by a refused clear; clearing again restores the others", async () => {
    const excel = await simulatedSample();
    const before = SHEETS.map((name) => sheetFingerprint(excel, name));
    const first = await firstCommandsWhere(markedSample, (twin) => operationsOn(twin).clearMarks(), WRITE, (twin) => simCell(twin, "Indicateurs 2021", "C5").format?.font?.color !== "#9C0007");
    const operations = operationsOn(excel);
    await operations.markIssues(ISSUES);
    excel.failSync(excel.syncCount + WRITE, "Conflict", first);
    expect(await failure(operations.clearMarks())).toBe(
      `${EXCEL_MESSAGES.Conflict} 2 cellules sur 3 ont retrouvé leurs couleurs d'origine (C4 et C5 de ${q("Indicateurs 2021")}), pas les autres${NBSP}; ` +
        `les couleurs d'origine de toutes restent gardées${NBSP}: relancez ${q("Effacer les marques")}.`,
    );
    expect(marked(excel)).toEqual([false, false, true]);
    // The two restored already wear no mark: only the third is restored again.
    expect(await operations.clearMarks()).toEqual({ restored: 1, notFound: 0 });
    expect(SHEETS.map((name) => sheetFingerprint(excel, name))).toEqual(before);
  });

  it("finishes, at the next clear, a cell whose restore was cut between its fill and its font", async () => {
    const excel = await simulatedSample();
    const before = SHEETS.map((name) => sheetFingerprint(excel, name));
    const fillBack = await firstCommandsWhere(markedSample, (twin) => operationsOn(twin).clearMarks(), WRITE, (twin) => fill(twin, "Indicateurs 2021", "C4") !== "#FFC7CF");
    const operations = operationsOn(excel);
    await operations.markIssues(ISSUES);
    excel.failSync(excel.syncCount + WRITE, "Conflict", fillBack);
    await failure(operations.clearMarks());
    expect(simCell(excel, "Indicateurs 2021", "C4").format?.font?.color).toBe("#9C0007");
    expect(await operations.clearMarks()).toEqual({ restored: 3, notFound: 0 });
    expect(SHEETS.map((name) => sheetFingerprint(excel, name))).toEqual(before);
  });
});

describe("a report generation Excel refuses half-way", () => {
  const SETTINGS = { year: null, tolerance: 0 };
  /** Read in 3 syncs on the web, then the write. */
  const WRITE = 4;
  const generate = (excel: SimulatedExcel) => operationsOn(excel).generateReport(SETTINGS);

  /** A report generated, then the call-answer rate made to miss its target: the next generation appends its row to the action plan. */
  async function withReportAndNewAction(): Promise<SimulatedExcel> {
    const excel = await simulatedSample();
    written(await generate(excel));
    const outcome = analyzeWorkbook(await sampleSnapshot(), {});
    if (!outcome.ok) throw new Error(outcome.message);
    const cell = outcome.analysis.indicators.find((indicator) => indicator.name === "Taux d'appels aboutis")?.cells.result as string;
    excel.userEdit("Indicateurs 2021", cell, [["85 %"]]);
    return excel;
  }
  const reportSheets = (excel: SimulatedExcel) => sheetNames(excel).filter((name) => sheetTag(excel, name)?.endsWith(":2021") && name !== "Plan d'actions");
  const REPORT = ["Synthèse 2021", "Contrôles 2021", "Affichage 2021", "Données graphiques 2021"];
  /** The fewest commands of the write after which an old report sheet is gone (deleted by the swap). */
  let swapDeletes: Promise<number> | null = null;
  const firstDeletion = (): Promise<number> => {
    let oldIds: string[] = [];
    swapDeletes ??= firstCommandsWhere(
      async () => {
        const excel = await withReportAndNewAction();
        oldIds = excel.model.sheets.filter((sheet) => REPORT.includes(sheet.name)).map((sheet) => sheet.id);
        return excel;
      },
      generate,
      WRITE,
      (excel) => oldIds.some((id) => !excel.model.sheets.some((sheet) => sheet.id === id)),
    );
    return swapDeletes;
  };

  async function refusedAfter(commands: number) {
    const excel = await withReportAndNewAction();
    const before = modelSnapshot(excel);
    excel.failSync(excel.syncCount + WRITE, "Conflict", commands);
    return { excel, before, message: await failure(generate(excel)) };
  }

  it("says its sheets were taken away and the old report is as it was, when refused before the swap deleted anything", async () => {
    const { excel, before, message } = await refusedAfter(0);
    expect(message).toBe(`${EXCEL_MESSAGES.Conflict} Les feuilles de ce rapport ont été retirées${NBSP}: l'ancien rapport est tel qu'il était.`);
    expect(modelSnapshot(excel)).toEqual(before);
  });

  it("puts the old report back whole up to the last command before an old sheet is deleted, and says so", async () => {
    const first = await firstDeletion();
    const { excel, before, message } = await refusedAfter(first - 1);
    expect(message).toBe(`${EXCEL_MESSAGES.Conflict} Les feuilles de ce rapport ont été retirées${NBSP}: l'ancien rapport est tel qu'il était.`);
    expect(modelSnapshot(excel)).toEqual(before);
    expect(sheetNames(excel).filter((name) => name.startsWith("~BQ"))).toEqual([]);
  });

  it("keeps the new report, the old one being partly deleted already, finishes the swap and says so (the old code removed both)", async () => {
    const first = await firstDeletion();
    const { excel, message } = await refusedAfter(first);
    expect(message).toBe(
      `${EXCEL_MESSAGES.Conflict} Le nouveau rapport est en place (${REPORT.slice(0, -1).map(q).join(", ")} et ${q(REPORT[3])}) et l'ancien a été supprimé, ` +
        `mais sa mise en page d'impression n'est pas faite${NBSP}: relancez la génération.`,
    );
    expect(reportSheets(excel)).toEqual(REPORT);
    expect(REPORT.map((name) => sheetTag(excel, name))).toEqual(["summary:2021", "checks:2021", "public:2021", "chart-data:2021"]);
    expect(sheetNames(excel).filter((name) => name.startsWith("~BQ"))).toEqual([]);
  });

  it("names the action plan's row appended before the refusal; deleting it and generating again appends it once", async () => {
    const first = await firstCommandsWhere(withReportAndNewAction, generate, WRITE, (excel) => simCell(excel, "Plan d'actions", "B7").value === "Taux d'appels aboutis");
    const { excel, message } = await refusedAfter(first);
    expect(message).toContain(`La ligne 7 a été ajoutée, en tout ou en partie, à la feuille ${q("Plan d'actions")}${NBSP}: supprimez-la avant de relancer la génération, qui l'ajoutera de nouveau.`);
    expect(simCell(excel, "Plan d'actions", "B7").value).toBe("Taux d'appels aboutis");
    excel.deleteRows("Plan d'actions", 7);
    written(await generate(excel));
    expect([6, 7, 8].map((line) => simCell(excel, "Plan d'actions", `B${line}`).value)).toEqual(["Délai d'information des élus en temps de crise", "Taux d'appels aboutis", null]);
  });
});
