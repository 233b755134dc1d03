/**
 * French numbers as people type them: decimal comma or point, thousands grouped by spaces
 * (plain, no-break, narrow no-break) or by points when unambiguous ("1.234.567"), a leading
 * "+", "-" or typographic minus "−".
 */
import { tidy } from "./text";

/** Enough for any double written out in full with its separators. */
const MAX_NUMBER_TEXT_LENGTH = 500;
/** Enough for any number a person writes in a cell; keeps the longest-prefix search short. */
const MAX_LEADING_RUN = 40;

const SIGN = /^([+\-\u2212])\s?/;
const PLAIN_INTEGER = /^\d+$/;
const SPACE_GROUPED = /^\d{1,3}( \d{3})+$/;
const POINT_GROUPED = /^\d{1,3}(\.\d{3}){2,}$/;
const POINT_GROUPED_WITH_COMMA = /^\d{1,3}(\.\d{3})+,\d+$/;
const COMMA_GROUPED_WITH_POINT = /^\d{1,3}(,\d{3})+\.\d+$/;
const DECIMAL = /^(\d*)[.,](\d+)$/;

/** The number the text spells, or null when it is not exactly one number. */
export function parseFrenchNumber(text: string): number | null {
  if (text.length > MAX_NUMBER_TEXT_LENGTH) return null;
  let body = tidy(text);
  let sign = 1;
  const signMatch = SIGN.exec(body);
  if (signMatch) {
    sign = signMatch[1] === "+" ? 1 : -1;
    body = body.slice(signMatch[0].length);
  }
  const magnitude = unsignedValue(body);
  if (magnitude === null) return null;
  const value = sign * magnitude;
  return Number.isFinite(value) ? value + 0 : null;
}

function unsignedValue(body: string): number | null {
  const [integerPart, ...rest] = splitSpaceGroupedInteger(body);
  if (integerPart === null) return null;
  const compact = integerPart + rest.join("");
  if (PLAIN_INTEGER.test(compact)) return Number(compact);
  if (POINT_GROUPED.test(compact)) return Number(compact.replace(/\./g, ""));
  if (POINT_GROUPED_WITH_COMMA.test(compact)) return Number(compact.replace(/\./g, "").replace(",", "."));
  if (COMMA_GROUPED_WITH_POINT.test(compact)) return Number(compact.replace(/,/g, ""));
  const decimal = DECIMAL.exec(compact);
  if (decimal) return Number(`${decimal[1] || "0"}.${decimal[2]}`);
  return null;
}

/**
 * Removes the spaces that group thousands ("1 234,5" → ["1234", ",5"]);
 * [null] when spaces appear anywhere else ("12 34", "1 2").
 */
function splitSpaceGroupedInteger(body: string): [string | null, ...string[]] {
  if (!body.includes(" ")) return [body];
  const match = /^([\d ]+)([.,]\d+)?$/.exec(body);
  if (!match || !SPACE_GROUPED.test(match[1])) return [null];
  return [match[1].replace(/ /g, ""), match[2] ?? ""];
}

/**
 * The number a text starts with ("1 234,5 usagers" → 1234.5 and "usagers"): the longest
 * leading run of digits and separators that reads as a number. Null when there is none.
 */
export function splitLeadingNumber(text: string): { value: number; rest: string } | null {
  const run = /^[+\-\u2212]? ?[\d.,][\d .,]*/.exec(text);
  if (!run) return null;
  for (let end = Math.min(run[0].length, MAX_LEADING_RUN); end > 0; end -= 1) {
    if (!/\d/.test(text[end - 1])) continue;
    const value = parseFrenchNumber(text.slice(0, end));
    if (value !== null) return { value, rest: text.slice(end).trim() };
  }
  return null;
}
