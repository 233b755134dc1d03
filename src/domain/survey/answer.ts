/** One cell of a survey column, read as an answer: blank, a no-answer, or words and maybe a whole number. */
import { normalizeText } from "../text/normalize";
import type { GridCell } from "../telephony/grid";
import type { ScaleAnswer } from "./scales";

/** DOMAIN.md's no-answer spellings and the ones they are typed as; folded. "/" and "-" fold to "". */
const NO_ANSWER = new Set(
  [
    "",
    "Sans avis",
    "Pas d'avis",
    "Ne sait pas",
    "Je ne sais pas",
    "NSP",
    "N.S.P.",
    "Ne se prononce pas",
    "Non concerné",
    "Non concernée",
    "Non concerné(e)",
    "NC",
    "Sans objet",
    "Sans réponse",
  ].map(normalizeText),
);

export type ReadAnswer =
  | { readonly kind: "blank" }
  | { readonly kind: "no-answer" }
  | { readonly kind: "answer"; readonly text: string; readonly answer: ScaleAnswer };

const BLANK: ReadAnswer = { kind: "blank" };
const NO: ReadAnswer = { kind: "no-answer" };

/** "4", "4/5", "8 / 10": a whole score as typed; the sheet's own number when the cell holds one. */
function integerOf(cell: GridCell): number | null {
  if (cell.number !== null) return Number.isInteger(cell.number) ? cell.number : null;
  const match = /^\s*(\d{1,2})\s*(?:\/\s*(?:5|10)\s*)?$/.exec(cell.text);
  return match ? Number(match[1]) : null;
}

export function readAnswer(cell: GridCell): ReadAnswer {
  const text = cell.text.trim();
  if (text === "" && cell.number === null && cell.error === null) return BLANK;
  if (cell.error !== null) return { kind: "answer", text: cell.error, answer: { folded: normalizeText(cell.error), integer: null } };
  const folded = normalizeText(text);
  if (cell.number === null && NO_ANSWER.has(folded)) return NO;
  return { kind: "answer", text: text || String(cell.number), answer: { folded, integer: integerOf(cell) } };
}
