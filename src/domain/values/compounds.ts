/**
 * A rate with a time limit: "100 % en 1 h", "100 % sous 48 h", "90 % en moins de 5 jours",
 * "95 % dans les 5 jours ouvrés". The rate is the quantity; the limit goes in `within`.
 */
import type { Quantity } from "./types";
import { parseQuantityText } from "./quantity-text";
import { parseDurationText } from "./durations";
import { fold } from "./text";

/** Folded connectors between the rate and its time limit, longest first. */
const CONNECTORS: readonly string[] = [
  "dans un delai maximum de",
  "dans un delai maximal de",
  "dans un delai de",
  "dans le delai de",
  "en moins de",
  "en au plus",
  "au plus tard en",
  "dans les",
  "dans la",
  "dans le",
  "avant",
  "sous",
  "dans",
  "en",
  "a",
].sort((a, b) => b.length - a.length);

export interface RateWithLimit {
  readonly rate: Quantity;
  readonly within: Quantity;
}

/** Null when the text is not a percentage followed by a connector and a duration. */
export function parseRateWithLimit(text: string): RateWithLimit | null {
  const percentSign = text.indexOf("%");
  if (percentSign < 0) return null;
  const rate = parseQuantityText(text.slice(0, percentSign + 1).trim());
  if (!rate || rate.dimension !== "percent") return null;
  const limitText = text.slice(percentSign + 1).trim();
  const folded = fold(limitText);
  for (const connector of CONNECTORS) {
    if (!folded.startsWith(`${connector} `)) continue;
    const within = parseDurationText(limitText.slice(connector.length + 1).trim());
    if (within && within.value > 0) return { rate, within };
  }
  return null;
}
