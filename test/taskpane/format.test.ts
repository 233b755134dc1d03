import { EXCEL_MESSAGES, type ExcelFailureCode } from "../../src/excel/messages";
import { describeFailure } from "../../src/taskpane/errors";
import { excelFailure } from "./support/fake-operations";
import { changeView } from "../../src/taskpane/format/change";
import { groupByTheme } from "../../src/taskpane/format/group-by-theme";
import { issueLocation, isSelectable } from "../../src/taskpane/format/location";
import { formatRate, issuesOfMonth } from "../../src/taskpane/format/month-figures";
import { readToleranceInput, readYearInput } from "../../src/taskpane/format/year-input";
import { SEED_INDICATORS } from "../fixtures/seed";
import { WorkbookNotUsableError } from "../../src/port";
import type { Issue } from "../../src/domain/issues";

const nbsp = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");

describe("reading what the user types", () => {
  it.each([
    ["", { ok: true, year: null }],
    ["  ", { ok: true, year: null }],
    ["2021", { ok: true, year: 2021 }],
    [" 2020 ", { ok: true, year: 2020 }],
    ["21", { ok: false }],
    ["1999", { ok: false }],
    ["2101", { ok: false }],
    ["2021a", { ok: false }],
  ])("reads the year « %s » as %j", (text, expected) => {
    expect(readYearInput(text)).toEqual(expected);
  });

  it.each([
    ["0", 0],
    ["2", 2],
    ["0,5", 0.5],
    ["1.25", 1.25],
    ["-1", null],
    ["", null],
    ["deux", null],
    ["1,2,3", null],
  ])("reads the tolerance « %s » as %p", (text, expected) => {
    expect(readToleranceInput(text)).toBe(expected);
  });
});

describe("describing a failure in French", () => {
  it("keeps the engine's message for a workbook with nothing to analyse", () => {
    expect(describeFailure(new WorkbookNotUsableError("Aucun tableau."))).toEqual({ kind: "not_usable", message: "Aucun tableau." });
  });

  it("recognises that error by its name across bundles", () => {
    const error = Object.assign(new Error("Classeur vide."), { name: "WorkbookNotUsableError" });
    expect(describeFailure(error).kind).toBe("not_usable");
  });

  it.each<[string, ExcelFailureCode]>([
    ["AccessDenied", "AccessDenied"],
    ["ItemNotFound", "ItemNotFound"],
    ["Weird", "Unknown"],
  ])("never shows Office's English message for the code %s, but the adapter's French one", (code, translated) => {
    const failure = describeFailure(excelFailure(code));
    expect(failure.kind).toBe("excel");
    expect(failure.message).toBe(EXCEL_MESSAGES[translated]);
    expect(failure.message).not.toContain("The operation failed");
  });

  it("shows an adapter's French message as it is", () => {
    expect(describeFailure(new Error("La feuille « Téléphonie 2021 » est protégée.")).message).toBe("La feuille « Téléphonie 2021 » est protégée.");
  });

  it.each([[undefined], ["texte"], [new Error("  ")]])("has a French fallback for %p", (thrown) => {
    expect(describeFailure(thrown)).toEqual({ kind: "unexpected", message: expect.stringContaining("Une erreur inattendue") });
  });
});

describe("presenting the analysis", () => {
  it("groups the seed's ten indicators in five thématiques, blank ones following the one above", () => {
    expect(groupByTheme(SEED_INDICATORS).map((group) => [group.theme, group.indicators.length])).toEqual([
      ["Accueil téléphonique", 1],
      ["Site IDE et réseaux sociaux", 2],
      ["Accueil au PAN", 1],
      ["Courriels", 2],
      ["Communication d'urgence en cas d'évènement majeur", 4],
    ]);
  });

  it.each([
    ["Taux d'appels aboutis", "▼", "−1 point", "worsened"],
    ["Taux d'engagements sur les réseaux sociaux", "▼", "−2 points", "worsened"],
    ["Délai de réponse dans les 5 jours", "▲", "+0,1 jour", "worsened"],
  ])("shows the change of %s as %s %s (%s)", (name, arrow, text, tone) => {
    const view = changeView(SEED_INDICATORS.find((indicator) => indicator.name === name)!);
    expect(view && { ...view, text: nbsp(view.text) }).toEqual({ arrow, text, tone });
  });

  it("shows no change without a previous year", () => {
    expect(changeView(SEED_INDICATORS.find((indicator) => indicator.name === "Nombre d'exercices réalisés")!)).toBeNull();
  });
});

describe("placing problems", () => {
  const inCell: Issue = { severity: "error", code: "EXCEL_ERROR", sheet: "Téléphonie 2021", cell: "C5", message: "#N/A" };
  const onLine: Issue = { severity: "warning", code: "MONTH_MISSING", sheet: null, cell: null, line: 7, message: "Mois absent." };

  it.each([
    [inCell, "Téléphonie 2021!C5", true],
    [onLine, "ligne 7", false],
  ])("locates %j at « %s » (selectable: %p)", (issue, where, selectable) => {
    expect(issueLocation(issue)).toBe(where);
    expect(isSelectable(issue)).toBe(selectable);
  });

  it("gives a sheet month the problems of its row, and a pasted month those of its line", () => {
    const sheetMonth = { month: "2021-04", received: 10, answered: 9, rate: 90, sheet: "Téléphonie 2021", row: 5 };
    const pastedMonth = { month: "2021-06", received: 10, answered: 9, rate: 90, line: 7 };
    expect(issuesOfMonth(sheetMonth, [inCell, onLine])).toEqual([inCell]);
    expect(issuesOfMonth(pastedMonth, [inCell, onLine])).toEqual([onLine]);
    expect(issuesOfMonth({ ...sheetMonth, row: 6 }, [inCell, onLine])).toEqual([]);
  });

  it.each([
    [94.08, "94,1 %"],
    [100, "100 %"],
    [null, "—"],
  ])("writes the rate %p as « %s »", (rate, text) => {
    expect(nbsp(formatRate(rate))).toBe(text);
  });
});
