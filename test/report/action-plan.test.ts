import type { Cell, SheetSnapshot } from "../../src/domain/snapshot";
import { planActionPlanSheet } from "../../src/report/action-plan/sheet";
import { readActionPlan } from "../../src/report/action-plan/existing";
import { entryKey } from "../../src/report/action-plan/entries";
import { actionCountsLine, type ActionState } from "../../src/report/action-plan/words";

const NB = "\u00A0";
const text = (value: string): Cell => ({ value: value === "" ? null : value, text: value, numberFormat: "General", formula: null });
const year = (value: number): Cell => ({ value, text: String(value), numberFormat: "General", formula: null });

function sheetOf(rows: Cell[][], origin = { row: 1, column: 1 }): SheetSnapshot {
  return { name: "Actions COPIL", origin, cells: rows, merges: [], generatedTag: "action-plan:2021", visible: true };
}

describe("the summary's line on the action plan", () => {
  it.each<[string, number, [ActionState | null, number][], string]>([
    ["no action", 0, [], `aucune action.`],
    ["one action to start", 1, [["À lancer", 1]], `1${NB}action${NB}: 1 à lancer.`],
    ["states in the list's order, plurals agreed", 3, [["En cours", 2], ["Réalisée", 1]], `3${NB}actions${NB}: 2 en cours, 1 réalisée.`],
    ["actions without a state", 4, [["Abandonnée", 2], [null, 2]], `4${NB}actions${NB}: 2 abandonnées, 2 sans état.`],
  ])("counts %s", (_, total, states, tail) => {
    expect(actionCountsLine(total, new Map(states), "Plan d'actions")).toMatch(new RegExp(`${tail.replace(/[.()]/g, "\\$&")}$`));
  });
});

describe("reading the user's action plan", () => {
  it("finds the columns where the user moved them, the indicators listed and their states", () => {
    const state = readActionPlan({
      sheet: sheetOf(
        [
          [text("Plan d'actions"), text(""), text(""), text(""), text("")],
          [text("Etat"), text("INDICATEUR"), text("année"), text("Pilote"), text("Action")],
          [text("réalisée"), text("Délai de réponse"), year(2021), text("Mme Martin"), text("Relances")],
          [text(""), text(""), text(""), text(""), text("")],
          [text("En cours"), text("Taux d’appels aboutis"), year(2021), text(""), text("")],
        ],
        { row: 3, column: 2 },
      ),
      remembered: [],
    });
    expect(state.headerRow).toBe(4);
    expect(state.columns).toMatchObject({ state: 2, indicator: 3, year: 4, owner: 5, action: 6 });
    expect(state.lastRow).toBe(7);
    expect(state.listed).toEqual(new Set([entryKey("delai de reponse", 2021), entryKey("Taux d'appels aboutis", 2021)]));
    expect(state.actions).toBe(2);
    expect([...state.byState]).toEqual([["Réalisée", 1], ["En cours", 1]]);
  });
});

describe("the action plan sheet when every indicator is met", () => {
  it("says so above its empty table, in words that stay true once the user adds rows", () => {
    const sheet = planActionPlanSheet(
      { year: 2022, previousYear: null, availableYears: [2022], indicators: [], monthly: null, survey: null, issues: [], summary: { met: 0, not_met: 0, no_target: 0, not_measured: 0, invalid: 0 } },
      { sheetName: "Plan d'actions", sourceName: "classeur.xlsx", generatedAt: new Date(2022, 0, 1) },
    );
    expect(sheet.cells.find((cell) => cell.row === 4)?.value).toEqual({ kind: "text", text: `Aucun indicateur non atteint ni à corriger en 2022${NB}: vos propres actions s'écrivent sous l'en-tête.` });
    expect(sheet.validations).toEqual([]);
  });
});
