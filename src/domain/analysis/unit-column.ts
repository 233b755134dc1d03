/** A `Unité` column gives its meaning to a bare number ("94" with unit "%", "1,5" with unit "jours"). */
import { parseResult, type Quantity } from "../values";
import { normalizeText } from "../text/normalize";
import { bareAsPercent } from "./reconcile";

const PERCENT_UNITS = ["%", "pourcentage", "pourcent", "pour cent", "taux"];

export function withUnitColumn(q: Quantity, unit: string | null): Quantity {
  if (!q.bare || unit === null || unit.trim() === "") return q;
  const trimmed = unit.trim();
  if (PERCENT_UNITS.includes(trimmed) || PERCENT_UNITS.includes(normalizeText(trimmed))) {
    return { value: bareAsPercent(q.value), dimension: "percent", unit: "%", bare: false };
  }
  const text = `${String(q.value).replace(".", ",")} ${trimmed}`;
  const parsed = parseResult({ value: text, text, numberFormat: "General", formula: null });
  return parsed.kind === "value" && !parsed.quantity.bare ? parsed.quantity : q;
}
