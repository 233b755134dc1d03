/**
 * French display of a number: decimal comma, thousands grouped by a narrow no-break space
 * (U+202F), typographic minus (U+2212), at most `maxDecimals` decimals and no trailing zeros.
 */

import { NOT_A_NUMBER } from "./words";

export const NARROW_NO_BREAK_SPACE = "\u202F";
export const NO_BREAK_SPACE = "\u00A0";
export const MINUS_SIGN = "\u2212";

export function formatNumberFr(n: number, maxDecimals = 2): string {
  if (Number.isNaN(n)) return NOT_A_NUMBER;
  if (!Number.isFinite(n)) return n > 0 ? "∞" : `${MINUS_SIGN}∞`;
  const decimals = Math.max(0, Math.min(20, Math.floor(maxDecimals)));
  const rounded = roundTo(Math.abs(n), decimals);
  const [integerDigits, fractionDigits = ""] = plainDigits(rounded, decimals).split(".");
  const fraction = fractionDigits.replace(/0+$/, "");
  const grouped = integerDigits.replace(/\B(?=(\d{3})+(?!\d))/g, NARROW_NO_BREAK_SPACE);
  const body = fraction === "" ? grouped : `${grouped},${fraction}`;
  const isZero = /^[0,\u202F]+$/.test(body);
  return n < 0 && !isZero ? `${MINUS_SIGN}${body}` : body;
}

/** Rounds half away from zero on the decimal spelling, so 1.005 gives 1.01 rather than 1. */
function roundTo(value: number, decimals: number): number {
  if (value >= 1e15) return value;
  const shifted = Number(`${value}e${decimals}`);
  if (!Number.isFinite(shifted)) return value;
  const result = Number(`${Math.round(shifted)}e-${decimals}`);
  return Number.isFinite(result) ? result : value;
}

/** Digits without exponent notation, however large or small the number. */
function plainDigits(value: number, decimals: number): string {
  if (value >= 1e21) return BigInt(Math.round(value)).toString();
  return value.toFixed(decimals);
}
