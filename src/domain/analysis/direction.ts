/** Which way is better for an indicator: an explicit `sens` column, the target's comparator, then its values and name. */
import type { Comparator, Quantity } from "../values";
import { normalizeText, wordsOf } from "../text/normalize";
import type { Direction } from "./types";

const HIGHER_ARROWS = /[↑↗⬆▲]/;
const LOWER_ARROWS = /[↓↘⬇▼]/;
const HIGHER_WORDS = /^(hausse|a la hausse|plus haut|plus eleve|plus grand|croissant|augmentation|augmenter|maximiser|maximum|superieur|haut|\+)$/;
const LOWER_WORDS = /^(baisse|a la baisse|plus bas|plus faible|plus petit|decroissant|diminution|diminuer|minimiser|minimum|inferieur|bas|-)$/;
const NONE_WORDS = /^(neutre|aucun|sans|sans objet|stable|=|indifferent)$/;

/** The direction a `sens` cell states, null when it says nothing readable. */
export function statedDirection(text: string): Direction | null {
  const trimmed = text.trim();
  if (trimmed === "") return null;
  if (HIGHER_ARROWS.test(trimmed) || /^(>|>=|≥)$/.test(trimmed)) return "higher";
  if (LOWER_ARROWS.test(trimmed) || /^(<|<=|≤)$/.test(trimmed)) return "lower";
  const words = ["+", "-", "="].includes(trimmed) ? trimmed : normalizeText(trimmed);
  if (HIGHER_WORDS.test(words)) return "higher";
  if (LOWER_WORDS.test(words)) return "lower";
  if (NONE_WORDS.test(words)) return "none";
  return null;
}

export function comparatorDirection(comparator: Comparator | null): Direction | null {
  if (comparator === ">" || comparator === ">=") return "higher";
  if (comparator === "<" || comparator === "<=") return "lower";
  return null;
}

/** Words that say the indicator counts something bad, so that less is better. */
const BAD_STEMS = ["perdu", "abandon", "reclamation", "erreur", "plainte", "attente", "rejet", "retard", "incident", "echec", "litige", "absenteisme"];

export function countsSomethingBad(name: string): boolean {
  return wordsOf(name).some((word) => BAD_STEMS.some((stem) => word.startsWith(stem)));
}

/** The direction the values and the name imply, once no column nor comparator says it. */
export function inferredDirection(name: string, quantity: Quantity | null, hasTarget: boolean): Direction {
  if (quantity === null || quantity.bare) return hasTarget ? badOrHigher(name) : "none";
  switch (quantity.dimension) {
    case "duration":
      return "lower";
    case "percent":
    case "score":
      return badOrHigher(name);
    case "count":
      return hasTarget ? badOrHigher(name) : "none";
  }
}

const badOrHigher = (name: string): Direction => (countsSomethingBad(name) ? "lower" : "higher");

export function directionOf(
  stated: string | null,
  comparator: Comparator | null,
  name: string,
  quantity: Quantity | null,
  hasTarget: boolean,
): Direction {
  return (
    (stated === null ? null : statedDirection(stated)) ??
    comparatorDirection(comparator) ??
    inferredDirection(name, quantity, hasTarget)
  );
}
