/** Percentages written as text: "94 %", "94%", "95,16 %", "94 pour cent", and changes "+8 points". */
import type { Quantity } from "./types";
import { fold } from "./text";

const PERCENT_WORDS = /^(%|pour ?cent|pour-cent|points?|pts?\.?)$/;

/** The percent for a number and the text that followed it, or null when that text is not a percent sign. */
export function percentFromParts(value: number, rest: string): Quantity | null {
  return PERCENT_WORDS.test(fold(rest)) ? percent(value) : null;
}

export function percent(value: number): Quantity {
  return { value, dimension: "percent", unit: "%", bare: false };
}
