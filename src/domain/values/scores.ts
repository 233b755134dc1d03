/** Marks on a scale: "2,75 sur 5", "8/10", "8 / 10". */
import type { Quantity } from "./types";
import { parseFrenchNumber } from "./numbers";
import { SCALE_WORD } from "./words";

/** Scales people use run from 4 to 100; "01/2021" is a month, not a score. */
const MAX_SCALE = 100;
const SCALE = /^(?:sur|\/)\s?(.+)$/i;

/** The score for a number and what followed it ("sur 5", "/10"), or null. The mark must lie within the scale. */
export function scoreFromParts(value: number, rest: string): Quantity | null {
  const match = SCALE.exec(rest);
  if (!match) return null;
  const scale = parseFrenchNumber(match[1]);
  if (scale === null || scale <= 0 || scale > MAX_SCALE || value < 0 || value > scale) return null;
  return { value, dimension: "score", unit: `${SCALE_WORD} ${formatScale(scale)}`, scale, bare: false };
}

function formatScale(scale: number): string {
  return String(scale).replace(".", ",");
}
