/** Re-checking the changed rows against the last full analysis. */
import { liveBaseline, recheckRows, type LiveBaseline, type SheetRowsChange } from "../../../src/domain/live";
import { analyzeWorkbook } from "../../../src/domain/analysis";
import type { SheetSnapshot, WorkbookSnapshot } from "../../../src/domain/snapshot";
import { grid, toCell, workbook, type GridEntry } from "../../helpers/cells";

const ROWS: GridEntry[][] = [
  ["BILAN QUALITE 2021", null, null, null],
  ["Thématique", "Indicateurs", "Résultat", "Cible"],
  ["Accueil", "Taux d'appels aboutis", "94 %", "> 90 %"],
  ["Courriels", "Délai de réponse", "1,5 jours", "5 jours"],
  ["Courriels", "Taux de réclamations", "2 %", "< 5 %"],
];

const table = (rows: GridEntry[][] = ROWS): SheetSnapshot => grid("Indicateurs 2021", rows);

function baseline(snapshot: WorkbookSnapshot): LiveBaseline {
  const outcome = liveBaseline(snapshot);
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.baseline;
}

const change = (row: number, entries: GridEntry[], sheet = "Indicateurs 2021"): SheetRowsChange => ({ sheet, rows: [{ row, cells: entries.map(toCell) }] });

describe("recheckRows", () => {
  it("finds a wrong target typed in D4 and says it is new, like a full analysis would", () => {
    const start = baseline(workbook(table()));
    const outcome = recheckRows(start, [change(4, ["Courriels", "Délai de réponse", "1,5 jours", "cinq"])]);
    if (outcome.kind !== "rows") throw new Error(outcome.kind);
    expect(outcome.added.map(({ code, cell }) => ({ code, cell }))).toEqual([{ code: "TARGET_UNREADABLE", cell: "D4" }]);
    expect(outcome.removed).toEqual([]);
    const edited = ROWS.map((row, index) => (index === 3 ? ["Courriels", "Délai de réponse", "1,5 jours", "cinq"] : row));
    const full = analyzeWorkbook(workbook(table(edited)));
    expect(full.ok && full.analysis.issues).toEqual(outcome.analysis.issues);
    expect(outcome.analysis.summary).toEqual(full.ok && full.analysis.summary);
  });

  it("says the problem is gone once the target is fixed, and keeps the other rows' problems", () => {
    const wrong = ROWS.map((row, index) => (index === 3 ? ["Courriels", "Délai de réponse", "1,5 jours", "cinq"] : index === 4 ? ["Courriels", "Taux de réclamations", "abc", "< 5 %"] : row));
    const start = baseline(workbook(table(wrong)));
    expect(start.analysis.issues.map(({ cell }) => cell)).toEqual(["D4", "C5"]);
    const outcome = recheckRows(start, [change(4, ROWS[3])]);
    if (outcome.kind !== "rows") throw new Error(outcome.kind);
    expect(outcome.removed.map(({ cell }) => cell)).toEqual(["D4"]);
    expect(outcome.analysis.issues.map(({ cell }) => cell)).toEqual(["C5"]);
  });

  it("takes a pasted block below the table as new rows", () => {
    const start = baseline(workbook(table()));
    const outcome = recheckRows(start, [{ sheet: "Indicateurs 2021", rows: [6, 7].map((row) => ({ row, cells: ["Accueil", `Indicateur ${row}`, "150 %", "> 90 %"].map(toCell) })) }]);
    if (outcome.kind !== "rows") throw new Error(outcome.kind);
    expect(outcome.added.map(({ code, cell }) => `${code} ${cell}`)).toEqual(["PERCENT_OUT_OF_RANGE C6", "PERCENT_OUT_OF_RANGE C7"]);
    expect(outcome.analysis.indicators).toHaveLength(5);
  });

  it.each([
    ["the header row", 2, "header"],
    ["the title above the header (it gives the year)", 1, "header"],
  ])("asks for a full read when %s is edited", (_, row, reason) => {
    const start = baseline(workbook(table()));
    expect(recheckRows(start, [change(row, ["x", "y", "z", "w"])])).toEqual({ kind: "full", reason });
  });

  it("asks for a full read when a sheet it does not know, or one with no table, is edited", () => {
    const start = baseline(workbook(table(), grid("Notes", [["libre"]])));
    expect(recheckRows(start, [change(1, ["a"], "Notes")])).toEqual({ kind: "full", reason: "unknown-sheet" });
    expect(recheckRows(start, [change(1, ["a"], "Feuil9")])).toEqual({ kind: "full", reason: "unknown-sheet" });
  });

  it("asks for a full read when the edited row is wider than the kept used range", () => {
    const start = baseline(workbook(table()));
    expect(recheckRows(start, [change(4, ["Courriels", "Délai", "1 jour", "5 jours", "note"])])).toEqual({ kind: "full", reason: "wider" });
  });

  it("ignores the report sheets the add-in generated", () => {
    const start = baseline(workbook(table(), grid("Synthèse 2021", [["x"]], { generatedTag: "summary:2021" })));
    expect(recheckRows(start, [change(1, ["y"], "Synthèse 2021")])).toEqual({ kind: "none" });
  });
});
