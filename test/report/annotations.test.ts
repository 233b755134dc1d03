import type { CellValue, SheetSnapshot } from "../../src/domain/snapshot";
import type { PlannedCell, PlannedSheet } from "../../src/report/plan";
import { sheetChanges } from "../../src/report/annotations/sheet-changes";
import { describeChanges } from "../../src/report/annotations/describe-changes";
import { annotatedNames } from "../../src/excel/sheet-naming";
import { currentFingerprint, plannedFingerprint } from "../../src/report/annotations/fingerprint";
import { sheetOf } from "../simulated-excel/fixtures";

const GENERATED: CellValue[][] = [
  ["Bilan qualité 2021", null, null],
  [null, null, null],
  ["Indicateur", "Résultat", "Cible"],
  ["Taux d'appels aboutis", 0.94, 0.9],
  ["Taux de réponse", 1, 0.8],
  ["Délai moyen", 1.5, 5],
];

function fingerprinted(rows: CellValue[][]) {
  const fingerprint = currentFingerprint(sheetOf("Synthèse 2021", rows), rows.length, rows[0].length);
  return { fingerprint: fingerprint.summary, details: { "summary:2021": fingerprint } };
}

function changesOf(now: CellValue[][], comments = 0) {
  const { fingerprint, details } = fingerprinted(GENERATED);
  return sheetChanges({ sheet: sheetOf("Synthèse 2021", now), tag: "summary:2021", fingerprint, comments, notes: 0 }, details);
}

const edited = (edit: (rows: CellValue[][]) => void): CellValue[][] => {
  const rows = GENERATED.map((row) => [...row]);
  edit(rows);
  return rows;
};

describe("what changed in a generated sheet", () => {
  it("finds nothing in a sheet as it was generated", () => {
    expect(changesOf(GENERATED)).toBeNull();
  });

  it.each<[string, CellValue[][], number, string]>([
    ["a note typed in an empty cell", edited((rows) => (rows[1][1] = "Vu en COPIL")), 0, "1 cellule modifiée (B2)"],
    ["a value corrected and a note", edited((rows) => ((rows[4][1] = 0.99), (rows[1][2] = "à revoir"))), 0, "2 cellules modifiées (C2, B5)"],
    ["a row inserted among the generated ones", edited((rows) => rows.splice(4, 0, ["Nouvel indicateur", 0.5, 0.6])), 0, "1 ligne ajoutée"],
    ["a blank row inserted among the generated ones", edited((rows) => rows.splice(4, 0, [null, null, null])), 0, "1 ligne ajoutée"],
    ["a row written below the table", edited((rows) => rows.push(["Point ajouté en séance", null, null])), 0, "1 ligne ajoutée"],
    ["a row deleted", edited((rows) => rows.splice(3, 1)), 0, "1 ligne supprimée"],
    ["a note typed beside the table", edited((rows) => rows[3].push(null, "voir courrier")), 0, "1 cellule modifiée (E4)"],
    ["two comments and nothing else", GENERATED, 2, "2 commentaires"],
    [
      "a row inserted, a cell changed below it and a comment",
      edited((rows) => (rows.splice(3, 0, ["Ajout", null, null]), (rows[6][2] = 4))),
      1,
      "1 cellule modifiée (C7), 1 ligne ajoutée, 1 commentaire",
    ],
  ])("says what changed for %s", (_, now, comments, expected) => {
    const changes = changesOf(now, comments);
    expect(changes).not.toBeNull();
    expect(describeChanges(changes!)).toBe(expected);
  });

  it("lists six cells at most, then an ellipsis", () => {
    const now = edited((rows) => rows.forEach((row, index) => (row[2] = `note ${index}`)));
    expect(describeChanges(changesOf(now)!)).toBe("6 cellules modifiées (C1, C2, C3, C4, C5, C6)");
    const more = edited((rows) => rows.forEach((row, index) => ((row[1] = `a ${index}`), (row[2] = `b ${index}`))));
    expect(describeChanges(changesOf(more)!)).toBe("12 cellules modifiées (B1, C1, B2, C2, B3, C3…)");
  });

  it("says only that the content changed when the per-cell detail is missing or from another generation", () => {
    const { fingerprint } = fingerprinted(GENERATED);
    const now = sheetOf("Synthèse 2021", edited((rows) => (rows[1][1] = "x")));
    expect(describeChanges(sheetChanges({ sheet: now, tag: "summary:2021", fingerprint, comments: 0, notes: 0 }, {})!)).toBe("contenu modifié");
    const other = fingerprinted(edited((rows) => (rows[0][0] = "Bilan qualité 2020"))).details;
    expect(describeChanges(sheetChanges({ sheet: now, tag: "summary:2021", fingerprint, comments: 0, notes: 0 }, other)!)).toBe("contenu modifié");
  });

  it("cannot check a sheet with no fingerprint or an unreadable one, and says so", () => {
    for (const fingerprint of [null, "summary", "2;3;3;abc"]) {
      const changes = sheetChanges({ sheet: sheetOf("Synthèse 2021", GENERATED), tag: "summary:2021", fingerprint, comments: 0, notes: 0 }, {});
      expect(changes?.checked).toBe(false);
      expect(describeChanges(changes!)).toBe("écrite par une version précédente du complément\u00A0: ses modifications ne peuvent pas être vérifiées");
    }
  });
});

describe("the fingerprint of a planned sheet", () => {
  const cell = (row: number, column: number, value: PlannedCell["value"]): PlannedCell => ({ row, column, value });
  const planned = { cells: [
    cell(1, 1, { kind: "text", text: "=1+1" }),
    cell(1, 3, { kind: "number", number: 0.94 }),
    cell(2, 2, { kind: "formula", formula: "='Indicateurs 2021'!B4/'Indicateurs 2021'!C4" }),
    cell(2, 3, { kind: "blank" }),
  ] } as unknown as PlannedSheet;

  it("is the one Excel's read gives back, a formula rewritten with other spaces, quotes or case included", () => {
    const read: SheetSnapshot = {
      ...sheetOf("Synthèse 2021", [["=1+1", null, 0.94], [null, 0.5, null]]),
    };
    const withFormula: SheetSnapshot = {
      ...read,
      cells: read.cells.map((row, index) => (index === 1 ? row.map((entry, column) => (column === 1 ? { ...entry, formula: "=Indicateurs2021!b4 / Indicateurs2021!c4" } : entry)) : row)),
    };
    expect(currentFingerprint(withFormula, 2, 3)).toEqual(plannedFingerprint(planned));
  });

  it("fits a worksheet custom property (255 characters) whatever the sheet's size", () => {
    const large = { cells: Array.from({ length: 5000 }, (_, index) => cell(index + 1, 1 + (index % 8), { kind: "text", text: `ligne ${index}` })) } as unknown as PlannedSheet;
    expect(plannedFingerprint(large).summary.length).toBeLessThanOrEqual(255);
  });
});

describe("the names annotated sheets are kept under", () => {
  const listing = (id: string, name: string) => ({ id, name, visible: true, tag: "summary:2021" });

  it.each<[string, string[], string]>([
    ["Synthèse 2021", [], "Synthèse 2021 (annotée)"],
    ["Synthèse 2021", ["Synthèse 2021 (annotée)"], "Synthèse 2021 (annotée 2)"],
    ["Synthèse 2021", ["synthèse 2021 (ANNOTÉE)", "Synthèse 2021 (annotée 2)"], "Synthèse 2021 (annotée 3)"],
    ["Données graphiques 2021 longues", [], "Données graphiques 20 (annotée)"],
  ])("keeps « %s » beside %j as « %s », within Excel's 31 characters", (name, taken, expected) => {
    const kept = annotatedNames([listing("{1}", name)], taken).get("{1}") as string;
    expect(kept).toBe(expected);
    expect(kept.length).toBeLessThanOrEqual(31);
  });
});
