/**
 * Counts and rates: "14", "6 usagers par jour", "6 usagers/jour", "4/an", "4 exercices/an",
 * "1 par mois". The unit is the noun as written, with slashes tightened ("usagers / jour" →
 * "usagers/jour") and capitalised words lower-cased ("Usagers" → "usagers", "COD" kept).
 */
import type { Quantity } from "./types";
import { matchUnit } from "./duration-units";

const WORD = String.raw`\p{L}[\p{L}'’.\-]*`;
const PHRASE = String.raw`${WORD}(?: ${WORD})*`;
const UNIT = new RegExp(String.raw`^(?:${PHRASE})?(?:/${PHRASE})?$`, "u");

/** The count for a number and what followed it, or null when that is not a unit noun (a time word is never one). */
export function countFromParts(value: number, rest: string): Quantity | null {
  if (rest === "") return bareNumber(value);
  if (matchUnit(rest)) return null;
  const unit = rest.replace(/ ?\/ ?/g, "/");
  if (!UNIT.test(unit)) return null;
  return { value, dimension: "count", unit: unit.split(/([ /])/).map(lowerCaseIfSafe).join(""), bare: false };
}

/** A number with nothing to say what it measures: the analysis decides from the target and the name. */
export function bareNumber(value: number): Quantity {
  return { value, dimension: "count", unit: null, bare: true };
}

function lowerCaseIfSafe(word: string): string {
  const lower = word.toLowerCase();
  const capitalised = lower.charAt(0).toUpperCase() + lower.slice(1);
  return word === capitalised || word === lower ? lower : word;
}
