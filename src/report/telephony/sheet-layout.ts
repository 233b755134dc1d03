/** The telephony table the add-in writes: title, header, one row per month, a Total row, and its styles. */
import { a1, columnLetters } from "../../domain/address";
import type { CellStyle, PlannedCell } from "../plan";
import type { MonthFigures } from "../../domain/analysis/types";
import { monthLabelOfKey } from "../../domain/telephony/months";
import { TELEPHONY_SHEET_TEXT as T } from "../../domain/telephony/messages";

export const TELEPHONY_STYLES = {
  "telephony.title": { bold: true, fontSize: 14, fontColor: "#1F3864" },
  "telephony.header": { bold: true, fill: "#D9E2F3", border: "#8EA9DB", wrap: true, vertical: "center", horizontal: "center" },
  "telephony.month": { border: "#D9D9D9" },
  "telephony.count": { numberFormat: "#,##0", border: "#D9D9D9" },
  "telephony.rate": { numberFormat: "0.00%", border: "#D9D9D9" },
  "telephony.totalLabel": { bold: true, fill: "#F2F2F2", border: "#8EA9DB" },
  "telephony.totalCount": { bold: true, fill: "#F2F2F2", numberFormat: "#,##0", border: "#8EA9DB" },
  "telephony.totalRate": { bold: true, fill: "#F2F2F2", numberFormat: "0.00%", border: "#8EA9DB" },
} as const satisfies Record<string, CellStyle>;

export const TELEPHONY_COLUMN_WIDTHS = [
  { column: 1, width: 18 },
  { column: 2, width: 15 },
  { column: 3, width: 15 },
  { column: 4, width: 22 },
] as const;

/** `=IF(B4>0,C4/B4,"")`: the month's rate, as a fraction for a percent-formatted cell. */
export function rateFormula(row: number, receivedColumn: number, answeredColumn: number): string {
  const received = a1(row, receivedColumn);
  return `=IF(${received}>0,${a1(row, answeredColumn)}/${received},"")`;
}

/** `=IF(B4>0,(B4-C4)/B4,"")` when the sheet counts lost calls instead of answered ones. */
export function rateFromLostFormula(row: number, receivedColumn: number, lostColumn: number): string {
  const received = a1(row, receivedColumn);
  return `=IF(${received}>0,(${received}-${a1(row, lostColumn)})/${received},"")`;
}

export function sumFormula(column: number, first: number, last: number): string {
  const letters = columnLetters(column);
  return `=SUM(${letters}${first}:${letters}${last})`;
}

/** answered ÷ received as Excel keeps a percent ("" like the formula when nothing was received). */
export function rateFraction(figures: MonthFigures): number | string {
  return figures.received > 0 ? figures.answered / figures.received : "";
}

/** One month's row of the add-in's own table (columns A–D). */
export function monthRowCells(row: number, figures: MonthFigures): PlannedCell[] {
  return [
    { row, column: 1, value: { kind: "text", text: monthLabelOfKey(figures.month) }, style: "telephony.month" },
    { row, column: 2, value: { kind: "number", number: figures.received }, style: "telephony.count" },
    { row, column: 3, value: { kind: "number", number: figures.answered }, style: "telephony.count" },
    { row, column: 4, value: { kind: "formula", formula: rateFormula(row, 2, 3), cached: rateFraction(figures) }, style: "telephony.rate" },
  ];
}

/** The whole table from `top` down: title, a blank row, header, months in calendar order, Total. */
export function newTableCells(top: number, year: number, months: readonly MonthFigures[]): PlannedCell[] {
  const header = top + 2;
  const first = header + 1;
  const total = first + months.length;
  const text = (row: number, column: number, value: string, style: string): PlannedCell => ({ row, column, value: { kind: "text", text: value }, style });
  const received = months.reduce((sum, m) => sum + m.received, 0);
  const answered = months.reduce((sum, m) => sum + m.answered, 0);
  const last = total - 1;
  const table: PlannedCell[] = [
    text(top, 1, T.title(year), "telephony.title"),
    text(header, 1, T.month, "telephony.header"),
    text(header, 2, T.received, "telephony.header"),
    text(header, 3, T.answered, "telephony.header"),
    text(header, 4, T.rate, "telephony.header"),
    ...months.flatMap((figures, i) => monthRowCells(first + i, figures)),
  ];
  if (months.length === 0) return table;
  return [
    ...table,
    text(total, 1, T.total, "telephony.totalLabel"),
    { row: total, column: 2, value: { kind: "formula", formula: sumFormula(2, first, last), cached: received }, style: "telephony.totalCount" },
    { row: total, column: 3, value: { kind: "formula", formula: sumFormula(3, first, last), cached: answered }, style: "telephony.totalCount" },
    {
      row: total,
      column: 4,
      value: { kind: "formula", formula: rateFormula(total, 2, 3), ...(received > 0 ? { cached: answered / received } : {}) },
      style: "telephony.totalRate",
    },
  ];
}
