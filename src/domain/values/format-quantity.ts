/** French display of a quantity: "94 %", "95,2 %", "1,5 j", "36 h", "10 min", "6 usagers par jour", "4/an", "2,75 sur 5", "14". */
import type { Quantity } from "./types";
import { NO_BREAK_SPACE } from "../text/french";
import { formatNumberFr, formatPercentFr } from "./format-number";
import { isDurationUnit } from "./duration-units";
import { DURATION_SYMBOLS, SCALE_WORD, WORKING_WORDS } from "./words";

export function formatQuantity(q: Quantity): string {
  const number = formatNumberFr(q.value);
  switch (q.dimension) {
    case "percent":
      return formatPercentFr(q.value);
    case "duration":
      return isDurationUnit(q.unit)
        ? `${number}${NO_BREAK_SPACE}${DURATION_SYMBOLS[q.unit]}${q.workingDays ? ` ${WORKING_WORDS[1]}` : ""}`
        : withUnit(number, q.unit);
    case "score":
      return q.scale ? `${number} ${SCALE_WORD} ${formatNumberFr(q.scale)}` : withUnit(number, q.unit);
    case "count":
      return withUnit(number, q.unit);
  }
}

function withUnit(number: string, unit: string | null): string {
  if (!unit) return number;
  return unit.startsWith("/") ? `${number}${unit}` : `${number}${NO_BREAK_SPACE}${unit}`;
}
