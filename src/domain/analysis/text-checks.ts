/** FORMULA_LIKE_TEXT on the row's text cells (name, thématique, module, unit, sens, comment); results and targets are read-cell's. */
import { type Issue, issueAt } from "../issues";
import type { IndicatorRow } from "../tables";
import { looksLikeFormula } from "../values/formula-like";
import { ANALYSIS_MESSAGES } from "./messages";

/** A long comment is quoted by its start. */
const QUOTED_LENGTH = 60;
const quoted = (text: string): string => (text.length <= QUOTED_LENGTH ? text : `${text.slice(0, QUOTED_LENGTH)}…`);

export function formulaLikeTextIssues(sheet: string, row: IndicatorRow): Issue[] {
  return row.texts
    .filter((cell) => looksLikeFormula(cell.text))
    .map((cell) => issueAt("FORMULA_LIKE_TEXT", { sheet, cell: cell.address, indicator: row.name }, ANALYSIS_MESSAGES.formulaLikeText(cell.role, row.name, quoted(cell.text))));
}
