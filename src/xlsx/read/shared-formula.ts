/**
 * A shared formula is written once, in its first cell (`<f t="shared" ref="C2:C13" si="0">B2-Abandons!B2</f>`),
 * and the other cells of its range only say `<f t="shared" si="0"/>`: each holds the first cell's formula with
 * its relative references moved by the distance between the two cells (ECMA-376 part 1, §18.3.1.40 `f`,
 * "shared formula"), as Excel shows it (`=B9-Abandons!B9` in C9).
 */
import { columnLetters } from "../../domain/address";
import { inGrid, MAX_COLUMN, MAX_ROW } from "./grid";

/**
 * A cell reference, `$` marking an absolute part; not one when it is part of a longer name (`Taux_A1`,
 * `LOG10(`, `Table1[…]`) or inside a quoted text or sheet name, which `TOKEN` takes whole first.
 */
const TOKEN = /"(?:[^"]|"")*"|'(?:[^']|'')*'|\[[^\]]*\]|(?<![\p{L}\d_.$])(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})(?![\p{L}\d_.(])/gu;

export function slideFormula(formula: string, from: { row: number; column: number }, to: { row: number; column: number }): string {
  const rows = to.row - from.row;
  const columns = to.column - from.column;
  if (rows === 0 && columns === 0) return formula;
  return formula.replace(TOKEN, (token: string, columnDollar?: string, letters?: string, rowDollar?: string, digits?: string) => {
    if (letters === undefined || digits === undefined) return token;
    if (columnNumber(letters) > MAX_COLUMN || Number(digits) > MAX_ROW) return token;
    const column = columnNumber(letters) + (columnDollar ? 0 : columns);
    const row = Number(digits) + (rowDollar ? 0 : rows);
    if (!inGrid(row, column)) return "#REF!";
    return `${columnDollar}${columnLetters(column)}${rowDollar}${row}`;
  });
}

function columnNumber(letters: string): number {
  let column = 0;
  for (let index = 0; index < letters.length; index++) column = column * 26 + (letters.charCodeAt(index) & 0x1f);
  return column;
}
