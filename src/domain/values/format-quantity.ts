/** French display of a quantity: "94 %", "95,2 %", "1,5 j", "36 h", "10 min", "6 usagers par jour", "4/an", "2,75 sur 5", "14". */
import type { DurationUnit, Quantity } from "./types";
import { formatNumberFr, NO_BREAK_SPACE } from "./format-number";
import { isDurationUnit } from "./duration-units";

const DURATION_SYMBOLS: Readonly<Record<DurationUnit, string>> = {
  jours: "j",
  heures: "h",
  minutes: "min",
  secondes: "s",
};

export function formatQuantity(q: Quantity): string {
  const number = formatNumberFr(q.value);
  switch (q.dimension) {
    case "percent":
      return `${number}${NO_BREAK_SPACE}%`;
    case "duration":
      return isDurationUnit(q.unit)
        ? `${number}${NO_BREAK_SPACE}${DURATION_SYMBOLS[q.unit]}${q.workingDays ? " ouvrés" : ""}`
        : withUnit(number, q.unit);
    case "score":
      return q.scale ? `${number} sur ${formatNumberFr(q.scale)}` : withUnit(number, q.unit);
    case "count":
      return withUnit(number, q.unit);
  }
}

function withUnit(number: string, unit: string | null): string {
  if (!unit) return number;
  return unit.startsWith("/") ? `${number}${unit}` : `${number}${NO_BREAK_SPACE}${unit}`;
}
