/**
 * A target cell: an optional comparator ("> 90 %", "au moins 4", "5 jours maximum") and a
 * quantity, possibly with a time limit ("100 % en 1 h"). No comparator gives `comparator: null`.
 */
import type { Cell } from "../snapshot";
import type { ParsedTarget, Quantity, Target } from "./types";
import { parseCellContent } from "./cell-content";
import { isNotApplicable } from "./not-applicable";
import { parseQuantityText } from "./quantity-text";
import { parseRateWithLimit } from "./compounds";
import { splitComparator } from "./comparators";
import { looksLikeFormula } from "./formula-like";
import { MAX_VALUE_TEXT_LENGTH } from "./text";
import { rememberedByText } from "../text/remember";

const fromNumber = (quantity: Quantity): Target => ({ ...quantity, comparator: null });

export function parseTarget(cell: Cell): ParsedTarget {
  if (typeof cell.value === "string") return targetOfText(cell.value);
  return parseCellContent(cell, fromNumber, parseTargetText);
}

/** A cell holding text is read from that text alone: the same "> 90 %" on many rows is read once. */
const targetOfText = rememberedByText(
  (value: string): ParsedTarget => parseCellContent({ value, text: value, numberFormat: "General", formula: null }, fromNumber, parseTargetText),
);

function parseTargetText(text: string, raw: string): ParsedTarget {
  if (text.length > MAX_VALUE_TEXT_LENGTH) return { kind: "unreadable", raw, formulaLike: looksLikeFormula(text) };
  if (isNotApplicable(text)) return { kind: "not_applicable", raw };
  const target = readTarget(text);
  if (target) return { kind: "value", raw, quantity: target };
  return { kind: "unreadable", raw, formulaLike: looksLikeFormula(text) };
}

function readTarget(text: string): Target | null {
  const { comparator, rest } = splitComparator(text);
  if (rest === "") return null;
  const quantity = parseQuantityText(rest);
  if (quantity) return { ...quantity, comparator };
  const compound = parseRateWithLimit(rest);
  if (compound) return { ...compound.rate, comparator, within: compound.within };
  return null;
}
