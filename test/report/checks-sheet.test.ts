import { planReport } from "../../src/report";
import type { Issue } from "../../src/domain/issues";
import { CHECKS_HEADER_ROW } from "../../src/report/checks-sheet";
import { OPTIONS, SEED_ISSUES, seedAnalysis } from "./fixtures";
import { cellAt, plain, rowTexts, sheetByRole, textAt } from "./plan-helpers";

const warning: Issue = {
  severity: "warning", code: "MONTH_MISSING", sheet: "Téléphonie 2021", cell: "A5", message: "Le mois de mars 2021 manque.",
};
const fromText: Issue = { severity: "error", code: "MONTH_UNREADABLE", sheet: null, cell: null, line: 7, message: "Mois illisible." };

const checksOf = (issues: readonly Issue[], linkToSource = false) =>
  sheetByRole(planReport(seedAnalysis({ issues }), { ...OPTIONS, linkToSource }), "checks");

describe("the checks sheet", () => {
  it("counts errors and warnings at the top", () => {
    const sheet = checksOf([warning, ...SEED_ISSUES]);
    expect(textAt(sheet, 1, 1)).toBe("Contrôles 2021");
    expect(plain(textAt(sheet, 3, 1))).toBe("Erreur : 1");
    expect(plain(textAt(sheet, 3, 2))).toBe("Avertissement : 1");
  });

  it("lists every problem, errors first, with its sheet, cell, indicator, code and message", () => {
    const sheet = checksOf([warning, ...SEED_ISSUES]);
    expect(rowTexts(sheet, CHECKS_HEADER_ROW)).toEqual(["Gravité", "Feuille", "Cellule", "Indicateur", "Code", "Message"]);
    expect(rowTexts(sheet, CHECKS_HEADER_ROW + 1)).toEqual([
      "Erreur", "Indicateurs 2021", "D11", "Délai d'information des élus en temps de crise", "TARGET_IMPLAUSIBLE", SEED_ISSUES[0].message,
    ]);
    expect(rowTexts(sheet, CHECKS_HEADER_ROW + 2)).toEqual([
      "Avertissement", "Téléphonie 2021", "A5", "", "MONTH_MISSING", "Le mois de mars 2021 manque.",
    ]);
    expect(cellAt(sheet, CHECKS_HEADER_ROW + 1, 1)?.style).toBe("severity-error");
    expect(cellAt(sheet, CHECKS_HEADER_ROW + 2, 1)?.style).toBe("severity-warning");
  });

  it.each([
    [true, { kind: "cell", sheet: "Indicateurs 2021", cell: "D11" }],
    [false, undefined],
  ])("links the cell to the source only when the report lives in it (%s)", (linkToSource, link) => {
    expect(cellAt(checksOf(SEED_ISSUES, linkToSource), CHECKS_HEADER_ROW + 1, 3)?.link).toEqual(link);
  });

  it("gives the line of a problem found in pasted text", () => {
    expect(textAt(checksOf([fromText], true), CHECKS_HEADER_ROW + 1, 3)).toBe("ligne 7");
  });

  it("says clearly when there is no problem", () => {
    const sheet = checksOf([]);
    expect(textAt(sheet, CHECKS_HEADER_ROW + 1, 1)).toBe("Aucun problème détecté");
    expect(plain(textAt(sheet, 3, 1))).toBe("Erreur : 0");
    expect(sheet.merges).toContainEqual({ top: CHECKS_HEADER_ROW + 1, left: 1, bottom: CHECKS_HEADER_ROW + 1, right: 6 });
  });

  it("is print-ready with its header repeated and frozen", () => {
    const sheet = checksOf(SEED_ISSUES);
    expect(sheet.print).toMatchObject({ orientation: "landscape", paper: "A4", fitToOnePageWide: true });
    expect(sheet.print.repeatRows).toEqual({ first: CHECKS_HEADER_ROW, last: CHECKS_HEADER_ROW });
    expect(sheet.freeze).toEqual({ rows: CHECKS_HEADER_ROW, columns: 0 });
  });
});
