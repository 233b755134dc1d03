/**
 * A result cell read as a value, a not-applicable marker, an Excel error, empty, or unreadable.
 * A result holds no comparator ("> 90 %", "4 minimum" are targets, not results). "100 % en 1 h" gives the rate.
 */
import type { Cell } from "../snapshot";
import type { ParsedResult, Quantity } from "./types";
import { parseCellContent } from "./cell-content";
import { isNotApplicable } from "./not-applicable";
import { parseQuantityText } from "./quantity-text";
import { parseRateWithLimit } from "./compounds";
import { looksLikeFormula } from "./formula-like";
import { splitComparator } from "./comparators";
import { MAX_VALUE_TEXT_LENGTH } from "./text";
import { rememberedByText } from "../text/remember";

export function parseResult(cell: Cell): ParsedResult {
  if (typeof cell.value === "string") return resultOfText(cell.value);
  return parseCellContent(cell, (quantity) => quantity, parseResultText);
}

/** A cell holding text is read from that text alone: the same "94 %" on many rows is read once. */
const resultOfText = rememberedByText(
  (value: string): ParsedResult => parseCellContent({ value, text: value, numberFormat: "General", formula: null }, (quantity) => quantity, parseResultText),
);

function parseResultText(text: string, raw: string): ParsedResult {
  if (text.length > MAX_VALUE_TEXT_LENGTH) return { kind: "unreadable", raw, formulaLike: looksLikeFormula(text) };
  if (isNotApplicable(text)) return { kind: "not_applicable", raw };
  if (splitComparator(text).comparator !== null) return { kind: "unreadable", raw, formulaLike: looksLikeFormula(text) };
  const quantity: Quantity | null = parseQuantityText(text) ?? parseRateWithLimit(text)?.rate ?? null;
  if (quantity) return { kind: "value", raw, quantity };
  return { kind: "unreadable", raw, formulaLike: looksLikeFormula(text) };
}
