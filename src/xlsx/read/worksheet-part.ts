/**
 * A worksheet part in one pass (ECMA-376 part 1, §18.3.1.99 `worksheet`): the filled cells of `<sheetData>`
 * row by row, the merged areas (`<mergeCells>`), and the sheet's custom properties (`<customProperties>`,
 * where the add-in's tag lives). Cells a merged area covers, other than its top-left, show nothing in Excel
 * and are dropped, whatever the file still holds for them; so are cells said to be outside Excel's grid (row 0,
 * a fuzzed row 231999999999940), which no sheet can show.
 */
import { parseA1 } from "../../domain/address";
import type { Cell, CellRange } from "../../domain/snapshot";
import { cellFromContent, type CellContext } from "./cell-value";
import { inGrid } from "./grid";
import { parseXml, prefixedAttribute } from "./parse-xml";
import { slideFormula } from "./shared-formula";

/** One row's filled cells, in column order: the columns and the cells side by side. */
export interface FilledRow {
  readonly row: number;
  readonly columns: number[];
  readonly cells: Cell[];
}

export interface WorksheetContent {
  readonly rows: FilledRow[];
  readonly merges: CellRange[];
  /** Custom property name → relationship id of the part holding its value. */
  readonly customProperties: Map<string, string>;
}

export interface WorksheetContext extends CellContext {
  /** Number format of each cell style, by the cell's `s` index. */
  readonly numberFormats: readonly string[];
}

const enum Capture {
  None,
  Value,
  Formula,
  InlineText,
}

interface SharedFormula {
  readonly formula: string;
  readonly row: number;
  readonly column: number;
}

export function readWorksheet(xml: string, context: WorksheetContext): WorksheetContent {
  const rows: FilledRow[] = [];
  const merges: CellRange[] = [];
  const customProperties = new Map<string, string>();
  const sharedFormulas = new Map<string, SharedFormula>();
  const { numberFormats } = context;

  let inSheetData = false;
  let line: FilledRow = { row: 0, columns: [], cells: [] };
  let column = 0;
  let type: string | undefined;
  let style = 0;
  let value: string | undefined;
  let inlineText: string | undefined;
  let hasFormula = false;
  let formulaText = "";
  let formulaType: string | undefined;
  let sharedIndex: string | undefined;
  let sharedRef: string | undefined;
  let capture = Capture.None;
  let phoneticDepth = 0;
  let ordered = true;

  const formulaOfCell = (): string | null => {
    if (!hasFormula) return null;
    if (formulaType !== "shared" || sharedIndex === undefined) return formulaText === "" ? null : formulaText;
    if (sharedRef !== undefined && formulaText !== "") {
      sharedFormulas.set(sharedIndex, { formula: formulaText, row: line.row, column });
      return formulaText;
    }
    const master = sharedFormulas.get(sharedIndex);
    return master === undefined ? null : slideFormula(master.formula, master, { row: line.row, column });
  };

  parseXml(xml, {
    open: (name, attributes) => {
      if (!inSheetData) {
        if (name === "sheetData") inSheetData = true;
        else if (name === "mergeCell") pushMerge(merges, attributes.ref);
        else if (name === "customPr" && attributes.name !== undefined) customProperties.set(attributes.name, prefixedAttribute(attributes, "id") ?? "");
        return;
      }
      switch (name) {
        case "row": {
          const row = attributes.r === undefined ? line.row + 1 : Number(attributes.r);
          if (row <= line.row) ordered = false;
          line = { row, columns: [], cells: [] };
          column = 0;
          return;
        }
        case "c": {
          const next = attributes.r === undefined ? column + 1 : columnOf(attributes.r);
          if (next <= column) ordered = false;
          column = next;
          type = attributes.t;
          style = attributes.s === undefined ? 0 : Number(attributes.s);
          value = undefined;
          inlineText = undefined;
          hasFormula = false;
          return;
        }
        case "v":
          capture = Capture.Value;
          return;
        case "f":
          hasFormula = true;
          formulaText = "";
          formulaType = attributes.t;
          sharedIndex = attributes.si;
          sharedRef = attributes.ref;
          capture = Capture.Formula;
          return;
        case "is":
          inlineText = "";
          return;
        case "rPh":
          phoneticDepth++;
          return;
        case "t":
          if (inlineText !== undefined && phoneticDepth === 0) capture = Capture.InlineText;
          return;
      }
    },
    text: (text) => {
      if (capture === Capture.Value) value = value === undefined ? text : value + text;
      else if (capture === Capture.Formula) formulaText += text;
      else if (capture === Capture.InlineText) inlineText += text;
    },
    close: (name) => {
      if (!inSheetData) return;
      switch (name) {
        case "v":
        case "f":
        case "t":
          capture = Capture.None;
          return;
        case "rPh":
          phoneticDepth--;
          return;
        case "c": {
          if (!inGrid(line.row, column)) return;
          // An inline string's text is in `<is>`; some writers put it in `<v>` instead, as for a formula's text.
          const content = type === "inlineStr" && inlineText !== undefined ? inlineText : value;
          const cell = cellFromContent({ type, value: content, numberFormat: numberFormats[style] ?? "General", formula: formulaOfCell() }, context);
          if (cell === null) return;
          line.columns.push(column);
          line.cells.push(cell);
          return;
        }
        case "row":
          if (line.cells.length > 0) rows.push(line);
          return;
        case "sheetData":
          inSheetData = false;
          return;
      }
    },
  });
  if (!ordered) putInOrder(rows);
  merges.sort((a, b) => a.top - b.top || a.left - b.left);
  if (merges.length > 0) dropCoveredCells(rows, merges);
  return { rows, merges, customProperties };
}

/** The column of an A1 reference, from its letters. */
function columnOf(reference: string): number {
  let column = 0;
  for (let index = 0; index < reference.length; index++) {
    const code = reference.charCodeAt(index);
    if (code < 65) break;
    column = column * 26 + (code & 0x1f);
  }
  return column;
}

function pushMerge(merges: CellRange[], ref: string | undefined): void {
  if (ref === undefined) return;
  const [start, end = start] = ref.split(":");
  const from = parseA1(start);
  const to = parseA1(end);
  if (!from || !to) return;
  merges.push({
    top: Math.min(from.row, to.row),
    left: Math.min(from.column, to.column),
    bottom: Math.max(from.row, to.row),
    right: Math.max(from.column, to.column),
  });
}

/** Rows, and each row's cells, in ascending order, a later duplicate replacing an earlier one. */
function putInOrder(rows: FilledRow[]): void {
  const byRow = new Map<number, Map<number, Cell>>();
  for (const { row, columns, cells } of rows) {
    const cellsByColumn = byRow.get(row) ?? new Map<number, Cell>();
    columns.forEach((column, index) => cellsByColumn.set(column, cells[index]));
    byRow.set(row, cellsByColumn);
  }
  rows.length = 0;
  for (const row of [...byRow.keys()].sort((a, b) => a - b)) {
    const cellsByColumn = byRow.get(row) as Map<number, Cell>;
    const columns = [...cellsByColumn.keys()].sort((a, b) => a - b);
    rows.push({ row, columns, cells: columns.map((column) => cellsByColumn.get(column) as Cell) });
  }
}

function dropCoveredCells(rows: FilledRow[], merges: readonly CellRange[]): void {
  const byRow = new Map(rows.map((line) => [line.row, line]));
  for (const merge of merges) {
    for (let row = merge.top; row <= merge.bottom; row++) {
      const line = byRow.get(row);
      if (line === undefined) continue;
      for (let index = line.columns.length - 1; index >= 0; index--) {
        const column = line.columns[index];
        const covered = column >= merge.left && column <= merge.right && (row !== merge.top || column !== merge.left);
        if (!covered) continue;
        line.columns.splice(index, 1);
        line.cells.splice(index, 1);
      }
    }
  }
  for (let index = rows.length - 1; index >= 0; index--) if (rows[index].cells.length === 0) rows.splice(index, 1);
}
