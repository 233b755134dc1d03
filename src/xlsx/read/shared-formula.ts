/**
 * A shared formula is written once, in its first cell (`<f t="shared" ref="C2:C13" si="0">B2-Abandons!B2</f>`),
 * and the other cells of its range only say `<f t="shared" si="0"/>`: each holds the first cell's formula with
 * its relative references moved by the distance between the two cells (ECMA-376 part 1, §18.3.1.40 `f`,
 * "shared formula"), as Excel shows it (`=B9-Abandons!B9` in C9).
 */
import { columnLetters } from "../../domain/address";
import { MAX_COLUMN, MAX_ROW } from "./grid";

/**
 * A cell reference, or whole columns (`B:C`) or rows (`2:3`), `$` marking an absolute part; not one when it is
 * part of a longer name (`Taux_A1`, `LOG10(`, `Table1[…]`) or inside a quoted text or sheet name, which `TOKEN`
 * takes whole first.
 */
const TOKEN = new RegExp(
  [
    /"(?:[^"]|"")*"|'(?:[^']|'')*'|\[[^\]]*\]/.source,
    /(?<![\p{L}\d_.$])(?<fromColumnDollar>\$?)(?<fromColumn>[A-Za-z]{1,3}):(?<toColumnDollar>\$?)(?<toColumn>[A-Za-z]{1,3})(?![\p{L}\d_.(])/u.source,
    /(?<![\p{L}\d_.$:])(?<fromRowDollar>\$?)(?<fromRow>\d{1,7}):(?<toRowDollar>\$?)(?<toRow>\d{1,7})(?![\p{L}\d_.(:])/u.source,
    /(?<![\p{L}\d_.$])(?<columnDollar>\$?)(?<letters>[A-Za-z]{1,3})(?<rowDollar>\$?)(?<digits>\d{1,7})(?![\p{L}\d_.(])/u.source,
  ].join("|"),
  "gu",
);

type Groups = Partial<Record<string, string>>;

export function slideFormula(formula: string, from: { row: number; column: number }, to: { row: number; column: number }): string {
  const rows = to.row - from.row;
  const columns = to.column - from.column;
  if (rows === 0 && columns === 0) return formula;
  const column = (dollar: string, letters: string): number | null => {
    const number = columnNumber(letters) + (dollar ? 0 : columns);
    return number >= 1 && number <= MAX_COLUMN ? number : null;
  };
  const row = (dollar: string, digits: string): number | null => {
    const number = Number(digits) + (dollar ? 0 : rows);
    return number >= 1 && number <= MAX_ROW ? number : null;
  };
  return formula.replace(TOKEN, (token: string, ...rest: unknown[]) => {
    const groups = rest[rest.length - 1] as Groups;
    if (groups.fromColumn !== undefined && groups.toColumn !== undefined) {
      if (columnNumber(groups.fromColumn) > MAX_COLUMN || columnNumber(groups.toColumn) > MAX_COLUMN) return token;
      const first = column(groups.fromColumnDollar ?? "", groups.fromColumn);
      const last = column(groups.toColumnDollar ?? "", groups.toColumn);
      if (first === null || last === null) return "#REF!";
      return `${groups.fromColumnDollar}${columnLetters(first)}:${groups.toColumnDollar}${columnLetters(last)}`;
    }
    if (groups.fromRow !== undefined && groups.toRow !== undefined) {
      if (Number(groups.fromRow) > MAX_ROW || Number(groups.toRow) > MAX_ROW) return token;
      const first = row(groups.fromRowDollar ?? "", groups.fromRow);
      const last = row(groups.toRowDollar ?? "", groups.toRow);
      if (first === null || last === null) return "#REF!";
      return `${groups.fromRowDollar}${first}:${groups.toRowDollar}${last}`;
    }
    const { columnDollar = "", letters, rowDollar = "", digits } = groups;
    if (letters === undefined || digits === undefined) return token;
    if (columnNumber(letters) > MAX_COLUMN || Number(digits) > MAX_ROW) return token;
    const movedColumn = column(columnDollar, letters);
    const movedRow = row(rowDollar, digits);
    if (movedColumn === null || movedRow === null) return "#REF!";
    return `${columnDollar}${columnLetters(movedColumn)}${rowDollar}${movedRow}`;
  });
}

function columnNumber(letters: string): number {
  let column = 0;
  for (let index = 0; index < letters.length; index++) column = column * 26 + (letters.charCodeAt(index) & 0x1f);
  return column;
}
