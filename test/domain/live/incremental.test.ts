/**
 * The live re-check of changed rows gives the full analysis of the edited workbook, burst after burst:
 * random edits (values, names, thématiques, blank rows, rows pasted below the table) on this year's and
 * last year's tables, each burst re-checked from the kept baseline and compared with analyzeWorkbook
 * run from scratch on the same workbook built anew.
 */
import fc from "fast-check";
import { analyzeWorkbook } from "../../../src/domain/analysis";
import { liveBaseline, recheckRows, type LiveBaseline, type SheetRowsChange } from "../../../src/domain/live";
import type { Issue } from "../../../src/domain/issues";
import { grid, toCell, workbook, type GridEntry } from "../../helpers/cells";

const WIDTH = 5;
const HEADER = ["Thématique", "Indicateurs", "Résultat", "Cible", "Commentaires"];
const FIRST_ROW = 3;
const LAST_ROW = 16;

const NAMES = ["Taux d'appels aboutis", "Délai de réponse aux courriels", "Taux de réclamations", "Taux de satisfaction", "Délai de délivrance", "=SOMME(C3:C9)", ""];
const THEMES = ["Accueil", "Courriels", "", ""];
const RESULTS: GridEntry[] = ["94 %", "1,5 jours", "150 %", "-4", "abc", "", 0.92, "#N/A", "n/a", "12", { value: 0.97, numberFormat: "0%", text: "97\u00a0%" }];
const TARGETS: GridEntry[] = ["> 90 %", "5 jours", "< 5 %", "cinq", "", "≥ 95 %", "90 %", "10"];
const COMMENTS: GridEntry[] = ["", "", "Valeur stable", "=A1+1"];

const rowEntries = fc.tuple(fc.constantFrom(...THEMES), fc.constantFrom(...NAMES), fc.constantFrom(...RESULTS), fc.constantFrom(...TARGETS), fc.constantFrom(...COMMENTS));
/** A fully blank row now and then: it ends the table above it. */
const editedRow = fc.oneof({ weight: 9, arbitrary: rowEntries }, { weight: 1, arbitrary: fc.constant<GridEntry[]>(["", "", "", "", ""]) });
const burst = fc.record({
  sheet: fc.constantFrom("Indicateurs 2021", "Indicateurs 2021", "Indicateurs 2020"),
  rows: fc.uniqueArray(fc.record({ row: fc.integer({ min: FIRST_ROW, max: LAST_ROW }), entries: editedRow }), { minLength: 1, maxLength: 6, selector: (edit) => edit.row }),
});

type Sheets = Map<string, GridEntry[][]>;

function startingSheets(): Sheets {
  const table = (year: number, results: GridEntry[]): GridEntry[][] => [
    [`BILAN QUALITE ${year}`, "", "", "", ""],
    HEADER,
    ["Accueil", NAMES[0], results[0], "> 90 %", ""],
    ["Courriels", NAMES[1], results[1], "5 jours", ""],
    ["", NAMES[2], results[2], "< 5 %", "Commentaire"],
    ["", NAMES[3], results[3], "≥ 95 %", ""],
  ];
  return new Map([
    ["Indicateurs 2021", table(2021, ["94 %", "1,5 jours", "2 %", "96 %"])],
    ["Indicateurs 2020", table(2020, ["91 %", "3 jours", "4 %", "93 %"])],
  ]);
}

/** The workbook built anew from the rows as they now are (the oracle shares nothing with the kept baseline). */
const snapshotOf = (sheets: Sheets) => workbook(...[...sheets].map(([name, rows]) => grid(name, rows)), grid("Notes", [["libre"]]));

function applyTo(sheets: Sheets, edit: { sheet: string; rows: { row: number; entries: GridEntry[] }[] }): SheetRowsChange {
  const rows = sheets.get(edit.sheet) as GridEntry[][];
  for (const { row, entries } of edit.rows) {
    while (rows.length < row) rows.push(["", "", "", "", ""]);
    rows[row - 1] = entries;
  }
  return { sheet: edit.sheet, rows: edit.rows.map(({ row, entries }) => ({ row, cells: Array.from({ length: WIDTH }, (_, index) => toCell(entries[index] ?? null)) })) };
}

const key = (issue: Issue) => `${issue.code}|${issue.sheet}|${issue.cell}|${issue.message}`;
const keys = (issues: readonly Issue[]) => issues.map(key).sort();
/** The multiset difference a − b of the problems' keys. */
function minus(a: readonly Issue[], b: readonly Issue[]): string[] {
  const left = keys(b);
  return keys(a).filter((item) => {
    const at = left.indexOf(item);
    if (at < 0) return true;
    left.splice(at, 1);
    return false;
  });
}

function baselineOf(sheets: Sheets): LiveBaseline | null {
  const outcome = liveBaseline(snapshotOf(sheets));
  return outcome.ok ? outcome.baseline : null;
}

describe("the live re-check of changed rows", () => {
  it("gives the full analysis of the edited workbook after every burst of random edits", () => {
    fc.assert(
      fc.property(fc.array(burst, { minLength: 1, maxLength: 8 }), (bursts) => {
        const sheets = startingSheets();
        let baseline = baselineOf(sheets) as LiveBaseline;
        for (const edit of bursts) {
          const change = applyTo(sheets, edit);
          const full = analyzeWorkbook(snapshotOf(sheets));
          const outcome = recheckRows(baseline, [change]);
          if (outcome.kind !== "rows") {
            // Only a workbook the engine cannot analyse any more sends the check to a full read here.
            expect(outcome).toEqual({ kind: "full", reason: "no-analysis" });
            expect(full.ok).toBe(false);
            return;
          }
          if (!full.ok) throw new Error(full.message);
          expect(outcome.analysis).toEqual(full.analysis);
          expect(keys(outcome.added)).toEqual(minus(full.analysis.issues, baseline.analysis.issues));
          expect(keys(outcome.removed)).toEqual(minus(baseline.analysis.issues, full.analysis.issues));
          const changed = new Set(change.rows.map(({ row }) => row));
          expect(outcome.changedRowIssues).toEqual(full.analysis.issues.filter((issue) => issue.sheet === change.sheet && changed.has(Number(/\d+$/.exec(issue.cell ?? "")?.[0]))));
          baseline = outcome.baseline;
        }
      }),
      { numRuns: 150, seed: 20261130 },
    );
  });
});
