/** A tidied text holding exactly one quantity, without comparator: "94 %", "1,5 jours", "6 usagers par jour", "2,75 sur 5". */
import type { Quantity } from "./types";
import { splitLeadingNumber } from "./numbers";
import { parseDurationText } from "./durations";
import { percentFromParts } from "./percent";
import { scoreFromParts } from "./scores";
import { countFromParts } from "./counts";

export function parseQuantityText(text: string): Quantity | null {
  const duration = parseDurationText(text);
  if (duration) return duration;
  const number = splitLeadingNumber(text);
  if (!number) return null;
  return (
    percentFromParts(number.value, number.rest) ??
    scoreFromParts(number.value, number.rest) ??
    countFromParts(number.value, number.rest)
  );
}
