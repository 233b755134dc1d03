import { readAnswer, SCALE_BY_KIND, type ScaleKind } from "../../../src/domain/survey";
import { textCell, type GridCell } from "../../../src/domain/telephony/grid";

const levelOf = (kind: ScaleKind, cell: GridCell): string | null => {
  const read = readAnswer(cell);
  return read.kind === "answer" ? SCALE_BY_KIND[kind].levelOf(read.answer) : null;
};
const numberCell = (number: number): GridCell => ({ ...textCell(String(number)), number });

describe("survey answers as people type them", () => {
  it.each<[ScaleKind, string, string]>([
    ["satisfaction", "Très satisfait", "Très satisfait"],
    ["satisfaction", "TRÈS SATISFAIT", "Très satisfait"],
    ["satisfaction", "tres satisfait", "Très satisfait"],
    ["satisfaction", "Très satisfaite", "Très satisfait"],
    ["satisfaction", "Plutôt satisfait", "Plutôt satisfait"],
    ["satisfaction", "Plutot satisfait", "Plutôt satisfait"],
    ["satisfaction", "Plutôt satisfait   ", "Plutôt satisfait"],
    ["satisfaction", " satisfait", "Plutôt satisfait"],
    ["satisfaction", "Satisfait(e)", "Plutôt satisfait"],
    ["satisfaction", "Plutôt pas satisfait", "Plutôt pas satisfait"],
    ["satisfaction", "PEU SATISFAIT", "Plutôt pas satisfait"],
    ["satisfaction", "Pas du tout satisfait", "Pas du tout satisfait"],
    ["satisfaction", "pas satisfait", "Pas du tout satisfait"],
    ["satisfaction", "Insatisfait", "Pas du tout satisfait"],
    ["agreement", "Tout à fait d'accord", "Tout à fait d'accord"],
    ["agreement", "Tout a fait d’accord", "Tout à fait d'accord"],
    ["agreement", "TOUT À FAIT D'ACCORD", "Tout à fait d'accord"],
    ["agreement", "Plutôt d'accord", "Plutôt d'accord"],
    ["agreement", "plutot d accord", "Plutôt d'accord"],
    ["agreement", "Plutôt pas d'accord", "Plutôt pas d'accord"],
    ["agreement", "Pas du tout d'accord", "Pas du tout d'accord"],
    ["yes_no", "Oui", "Oui"],
    ["yes_no", "OUI", "Oui"],
    ["yes_no", "non ", "Non"],
    ["score_1_5", "4", "4"],
    ["score_1_5", " 5 ", "5"],
    ["score_1_5", "4/5", "4"],
    ["score_0_10", "0", "0"],
    ["score_0_10", "10", "10"],
    ["score_0_10", "8 / 10", "8"],
  ])("reads %s answer « %s » as « %s »", (kind, typed, level) => {
    expect(levelOf(kind, textCell(typed))).toBe(level);
  });

  it.each<[ScaleKind, number, string | null]>([
    ["score_1_5", 1, "1"],
    ["score_1_5", 5, "5"],
    ["score_1_5", 0, null],
    ["score_1_5", 6, null],
    ["score_1_5", 4.5, null],
    ["score_0_10", 0, "0"],
    ["score_0_10", 11, null],
  ])("reads the sheet number %s on the %s scale as %s", (kind, number, level) => {
    expect(levelOf(kind, numberCell(number))).toBe(level);
  });

  it.each<[ScaleKind, string]>([
    ["satisfaction", "Excellent"],
    ["satisfaction", "Oui"],
    ["agreement", "Très satisfait"],
    ["yes_no", "Peut-être"],
    ["score_1_5", "quatre"],
  ])("finds no level of the %s scale in « %s »", (kind, typed) => {
    expect(levelOf(kind, textCell(typed))).toBeNull();
  });

  it.each(["Sans avis", "SANS AVIS", "Ne sait pas", "ne sait pas ", "NSP", "nsp", "Non concerné", "Non concerne", "Sans objet", "/", "Je ne sais pas"])(
    "reads « %s » as no answer",
    (typed) => {
      expect(readAnswer(textCell(typed))).toEqual({ kind: "no-answer" });
    },
  );

  it.each(["", "   "])("reads the blank « %s » as blank", (typed) => {
    expect(readAnswer(textCell(typed))).toEqual({ kind: "blank" });
  });

  it.each<[ScaleKind, readonly string[]]>([
    ["satisfaction", ["Très satisfait", "Plutôt satisfait", "Plutôt pas satisfait", "Pas du tout satisfait"]],
    ["agreement", ["Tout à fait d'accord", "Plutôt d'accord", "Plutôt pas d'accord", "Pas du tout d'accord"]],
    ["yes_no", ["Oui", "Non"]],
    ["score_1_5", ["5", "4", "3", "2", "1"]],
    ["score_0_10", ["10", "9", "8", "7", "6", "5", "4", "3", "2", "1", "0"]],
  ])("labels the %s scale's levels as DOMAIN.md writes them, upper level first", (kind, labels) => {
    expect(SCALE_BY_KIND[kind].labels).toEqual(labels);
  });

  it.each<[ScaleKind, readonly string[], readonly string[]]>([
    ["satisfaction", ["Très satisfait", "Plutôt satisfait"], ["Plutôt pas satisfait", "Pas du tout satisfait"]],
    ["agreement", ["Tout à fait d'accord", "Plutôt d'accord"], ["Plutôt pas d'accord", "Pas du tout d'accord"]],
    ["yes_no", ["Oui"], ["Non"]],
    ["score_1_5", ["5", "4"], ["2", "1"]],
    ["score_0_10", ["10", "9", "8"], ["4", "3", "2", "1", "0"]],
  ])("counts the %s scale's satisfied and dissatisfied levels as DOMAIN.md says", (kind, satisfied, dissatisfied) => {
    const scale = SCALE_BY_KIND[kind];
    expect(scale.labels.filter(scale.isSatisfied)).toEqual(satisfied);
    expect(scale.labels.filter(scale.isDissatisfied)).toEqual(dissatisfied);
  });
});
