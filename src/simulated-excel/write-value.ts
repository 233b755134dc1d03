/**
 * What Excel does with a value written through `range.values` or `range.formulas`: a string starting
 * with "=" becomes a formula, "+5" and "-3" become numbers, "+x" / "-x" / "@x" a formula, a numeric string a number,
 * "94%" a percentage — unless the cell is formatted as text ("@") or the string starts with an apostrophe.
 */
import type { CellValue } from "../domain/snapshot";

export type Written = { readonly value: CellValue; readonly formula: string | null; readonly numberFormat?: string };

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const PERCENT = /^[+-]?(\d+\.?\d*|\.\d+)\s*%$/;

export function interpretWrite(input: unknown, numberFormat: string, textFormatKeepsText = true): Written | "unchanged" {
  if (input === null || input === undefined) return "unchanged";
  if (typeof input === "number") return { value: Number.isFinite(input) ? input : { error: "#NUM!" }, formula: null };
  if (typeof input === "boolean") return { value: input, formula: null };
  const text = String(input);
  if (text === "") return { value: null, formula: null };
  if (text.startsWith("'")) return { value: text.slice(1), formula: null };
  if (numberFormat === "@" && textFormatKeepsText) return { value: text, formula: null };
  const trimmed = text.trim();
  if (NUMBER.test(trimmed)) return { value: Number(trimmed), formula: null };
  if (PERCENT.test(trimmed)) {
    return { value: Number(trimmed.replace("%", "").trim()) / 100, formula: null, numberFormat: numberFormat === "General" ? "0%" : numberFormat };
  }
  if (text.length > 1 && text.startsWith("=")) return { value: null, formula: text };
  if (text.length > 1 && (text.startsWith("+") || text.startsWith("-"))) return { value: { error: "#NAME?" }, formula: `=${text}` };
  // Typed "@x" is taken for a formula too (the harsher reading: Range.values names only "+", "-" and "=").
  if (text.length > 1 && text.startsWith("@")) return { value: { error: "#NAME?" }, formula: `=${text}` };
  return { value: text, formula: null };
}
