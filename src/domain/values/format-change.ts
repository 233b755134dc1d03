/**
 * French display of a change between two years, in the quantity's unit: "+4 points",
 * "−1 point", "0 point", "+0,1 jour", "−2 jours", "+3", "+3 usagers par jour", "+1/an".
 * Words are singular below 2, as French wants ("1,5 point", "2 points").
 */
import type { Quantity } from "./types";
import { NO_BREAK_SPACE } from "../text/french";
import { formatNumberFr, MINUS_SIGN } from "./format-number";
import { isDurationUnit } from "./duration-units";
import { round2 } from "./rounding";
import { DURATION_WORDS, POINT_WORDS, WORKING_WORDS } from "./words";

export function formatChange(delta: number, q: Quantity): string {
  const magnitude = formatNumberFr(Math.abs(delta));
  const isZero = magnitude === "0";
  const sign = isZero || Number.isNaN(delta) ? "" : delta > 0 ? "+" : MINUS_SIGN;
  const unit = unitWord(q, round2(Math.abs(delta)) < 2);
  if (unit === "" || unit.startsWith("/")) return `${sign}${magnitude}${unit}`;
  return `${sign}${magnitude}${NO_BREAK_SPACE}${unit}`;
}

function unitWord(q: Quantity, singular: boolean): string {
  const pick = ([one, many]: readonly [string, string]): string => (singular ? one : many);
  switch (q.dimension) {
    case "percent":
    case "score":
      return pick(POINT_WORDS);
    case "duration":
      if (!isDurationUnit(q.unit)) return q.unit ?? "";
      return `${pick(DURATION_WORDS[q.unit])}${q.workingDays ? ` ${pick(WORKING_WORDS)}` : ""}`;
    case "count":
      return singular && q.unit ? singularNoun(q.unit) : q.unit ?? "";
  }
}

/**
 * "usagers par jour" → "usager par jour", "exercices/an" → "exercice/an": only the leading noun agrees.
 * Words whose s does not mark a plural (mois, fois, accès, bus) are left as they are.
 */
export function singularNoun(unit: string): string {
  return unit.replace(/^([A-Za-zÀ-ÿ'’-]*[^\s/sièuoaxz])s(?=$|[\s/])/u, "$1");
}
