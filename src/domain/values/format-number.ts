/**
 * French display of a number: decimal comma, thousands grouped by a narrow no-break space
 * (U+202F), typographic minus (U+2212), at most `maxDecimals` decimals and no trailing zeros.
 */

import { NARROW_NO_BREAK_SPACE, NO_BREAK_SPACE } from "../text/french";
import { roundHalfAway } from "./rounding";
import { NOT_A_NUMBER } from "./words";

export const MINUS_SIGN = "\u2212";

export function formatNumberFr(n: number, maxDecimals = 2): string {
  if (Number.isNaN(n)) return NOT_A_NUMBER;
  if (!Number.isFinite(n)) return n > 0 ? "∞" : `${MINUS_SIGN}∞`;
  const decimals = Math.max(0, Math.min(20, Math.floor(maxDecimals)));
  const rounded = roundHalfAway(Math.abs(n), decimals);
  const [integerDigits, fractionDigits = ""] = plainDigits(rounded, decimals).split(".");
  const fraction = fractionDigits.replace(/0+$/, "");
  const grouped = integerDigits.replace(/\B(?=(\d{3})+(?!\d))/g, NARROW_NO_BREAK_SPACE);
  const body = fraction === "" ? grouped : `${grouped},${fraction}`;
  const isZero = /^0*$/.test(integerDigits + fraction);
  return n < 0 && !isZero ? `${MINUS_SIGN}${body}` : body;
}

/** A percentage as French writes it: "94,21 %", a no-break space before the sign. */
export function formatPercentFr(n: number, maxDecimals = 2): string {
  return `${formatNumberFr(n, maxDecimals)}${NO_BREAK_SPACE}%`;
}

/** Digits without exponent notation, however large or small the number. */
function plainDigits(value: number, decimals: number): string {
  if (value >= 1e21) return BigInt(Math.round(value)).toString();
  return value.toFixed(decimals);
}
