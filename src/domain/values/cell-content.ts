/**
 * The first reading of a cell, shared by results and targets: empty, an Excel error, something
 * that is never a value (a boolean, a date, NaN), a number with its format, or tidied text.
 */
import type { Cell } from "../snapshot";
import { isExcelError } from "../snapshot";
import type { Parsed, Quantity } from "./types";
import { formatKind, hasLiteralText } from "./number-formats";
import { durationFromSeconds } from "./durations";
import { roundTiny } from "./rounding";
import { percent } from "./percent";
import { bareNumber } from "./counts";
import { parseQuantityText } from "./quantity-text";
import { isExcelErrorText } from "./excel-errors";
import { formatQuantity } from "./format-quantity";
import { formatNumberFr } from "./format-number";
import { BOOLEAN_WORDS } from "./words";
import { MAX_VALUE_TEXT_LENGTH, tidy } from "./text";

const MAX_RAW_LENGTH = MAX_VALUE_TEXT_LENGTH;

export type CellContent =
  | { readonly kind: "empty" }
  | { readonly kind: "excel_error"; readonly raw: string }
  | { readonly kind: "never_a_value"; readonly raw: string }
  | { readonly kind: "number"; readonly raw: string; readonly quantity: Quantity }
  | { readonly kind: "text"; readonly raw: string; readonly text: string };

export function readCellContent(cell: Cell): CellContent {
  const value = cell.value;
  if (value === null || value === undefined) return readText(cell.text ?? "");
  if (isExcelError(value)) return { kind: "excel_error", raw: String(value.error) };
  if (typeof value === "string") return readText(value);
  if (typeof value === "number") return readNumber(value, cell);
  return { kind: "never_a_value", raw: displayed(cell, value === true ? BOOLEAN_WORDS[0] : BOOLEAN_WORDS[1]) };
}

function readText(value: string): CellContent {
  const text = tidy(String(value));
  if (text === "") return { kind: "empty" };
  const raw = shortened(String(value).trim());
  if (isExcelErrorText(text)) return { kind: "excel_error", raw };
  return { kind: "text", raw, text };
}

/** Raw text is shown in messages: a pasted novel is cut, with an ellipsis. */
function shortened(text: string): string {
  return text.length <= MAX_RAW_LENGTH ? text : `${text.slice(0, MAX_RAW_LENGTH)}…`;
}

function readNumber(value: number, cell: Cell): CellContent {
  const quantity = Number.isFinite(value) ? quantityOfNumber(value, cell) : null;
  if (!quantity || !Number.isFinite(quantity.value)) return { kind: "never_a_value", raw: displayed(cell, String(value)) };
  const shown = quantity.bare ? formatNumberFr(quantity.value, 10) : formatQuantity(quantity);
  return { kind: "number", raw: displayed(cell, shown), quantity };
}

/** Null for a date: a day of the calendar is never a result or a target. */
function quantityOfNumber(value: number, cell: Cell): Quantity | null {
  const format = typeof cell.numberFormat === "string" ? cell.numberFormat : "General";
  switch (formatKind(format)) {
    case "percent":
      return percent(roundTiny(value * 100));
    case "time":
      return durationFromSeconds(roundTiny(value * 86_400));
    case "date":
      return null;
    case "plain":
      return withUnitFromDisplay(value, cell, format);
  }
}

/** `0" jours"` shows "5 jours", `0" %"` shows "94 %" for 94: the displayed text gives the unit, the cell value the exact number. */
function withUnitFromDisplay(value: number, cell: Cell, format: string): Quantity {
  if (!hasLiteralText(format) || typeof cell.text !== "string") return bareNumber(value);
  const shown = parseQuantityText(tidy(cell.text));
  return shown && !shown.bare ? { ...shown, value } : bareNumber(value);
}

/** The text Excel shows, unless it is empty (a reader that computes no text) or "####" (column too narrow). */
function displayed(cell: Cell, fallback: string): string {
  const text = typeof cell.text === "string" ? tidy(cell.text) : "";
  return text === "" || /^#+$/.test(text) ? fallback : text;
}

/**
 * A cell read as a result or a target: empty, an Excel error and what is never a value are the same for
 * both; a number and a text are read by the caller's rules.
 */
export function parseCellContent<T>(
  cell: Cell,
  fromNumber: (quantity: Quantity) => T,
  fromText: (text: string, raw: string) => Parsed<T>,
): Parsed<T> {
  const content = readCellContent(cell);
  switch (content.kind) {
    case "empty":
    case "excel_error":
      return content;
    case "never_a_value":
      return { kind: "unreadable", raw: content.raw, formulaLike: false };
    case "number":
      return { kind: "value", raw: content.raw, quantity: fromNumber(content.quantity) };
    case "text":
      return fromText(content.text, content.raw);
  }
}
