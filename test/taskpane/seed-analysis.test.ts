/**
 * The canned seed analysis used by the harness and the pane's tests must say what the engine says:
 * the seed's tables are analysed by the real analyzeWorkbook and compared indicator by indicator.
 */
import { analyzeWorkbook } from "../../src/domain/analysis";
import type { Cell, SheetSnapshot, WorkbookSnapshot } from "../../src/domain/snapshot";
import { SEED_ANALYSIS } from "../../src/taskpane/dev/seed-analysis";

const HEADER = ["Thématique", "Indicateurs", "Résultat", "Cible", "Commentaires"];

const SEED_2021: readonly (readonly string[])[] = [
  ["Accueil téléphonique", "Taux d'appels aboutis", "94 %", ">90 %"],
  ["Site IDE et réseaux sociaux", "Taux de connexion au site", "18 %", "5 %"],
  ["", "Taux d'engagements sur les réseaux sociaux", "5 %", "2 %"],
  ["Accueil au PAN", "Nombre d'utilisateurs au PAN", "6 usagers par jour", ""],
  ["Courriels", "Taux de réponse sous 5 jours", "100 %", "> 80 %"],
  ["", "Délai de réponse dans les 5 jours", "1,5 jours", "5 jours"],
  ["Communication d'urgence en cas d'évènement majeur", "Nombre d'activation de la cellule de communication d'urgence opérationnelle", "14", ""],
  ["", "Délai d'information des élus en temps de crise", "100 %", "0,00"],
  ["", "Nombre d'exercices réalisés", "4 exercices", "4 exercices/an"],
  ["", "Taux d'activation dans les délais annoncés de la CIP", "/", "100 % en 1 h"],
];

const SEED_2020: readonly (readonly string[])[] = [
  ["Accueil téléphonique", "Taux d'appels aboutis", "95 %", ">90 %"],
  ["Site IDE et réseaux sociaux", "Taux de connexion au site", "19 %", "5 %"],
  ["", "Taux d'engagements sur les réseaux sociaux", "7 %", "2 %"],
  ["Courriels", "Délai de réponse dans les 5 jours", "1,4 jours", "5 jours"],
];

function cell(text: string): Cell {
  const number = /^\d+$/.test(text) ? Number(text) : null;
  return { value: text === "" ? null : (number ?? text), text, numberFormat: "General", formula: null };
}

function sheet(name: string, year: number, rows: readonly (readonly string[])[]): SheetSnapshot {
  const lines = [[`BILAN QUALITE ${year}`, "", "", "", ""], ["", "", "", "", ""], HEADER, ...rows.map((row) => [...row, ""])];
  return { name, origin: { row: 1, column: 1 }, cells: lines.map((line) => line.map(cell)), merges: [], generatedTag: null, visible: true };
}

const WORKBOOK: WorkbookSnapshot = { sheets: [sheet("Indicateurs 2020", 2020, SEED_2020), sheet("Indicateurs 2021", 2021, SEED_2021)] };

describe("the canned seed analysis", () => {
  const outcome = analyzeWorkbook(WORKBOOK, {});
  if (!outcome.ok) throw new Error(outcome.message);
  const engine = outcome.analysis;

  it("is for the year and previous year the engine finds", () => {
    expect([engine.year, engine.previousYear, engine.availableYears]).toEqual([2021, 2020, [2020, 2021]]);
  });

  it("counts statuses as the engine does", () => {
    expect(SEED_ANALYSIS.summary).toEqual(engine.summary);
  });

  it.each(SEED_ANALYSIS.indicators.map((indicator) => [indicator.name, indicator] as const))(
    "says what the engine says of %s",
    (name, canned) => {
      const real = engine.indicators.find((indicator) => indicator.name === name);
      expect(real).toBeDefined();
      const pick = (i: typeof canned) => ({ row: i.row, status: i.status, direction: i.direction, gap: i.gap, change: i.change, improved: i.improved });
      expect(pick(canned)).toEqual(pick(real!));
    },
  );

  it("finds the implausible target in D11, as the pane's tests expect", () => {
    expect(engine.issues.map((issue) => [issue.code, issue.sheet, issue.cell])).toContainEqual(["TARGET_IMPLAUSIBLE", "Indicateurs 2021", "D11"]);
  });
});
