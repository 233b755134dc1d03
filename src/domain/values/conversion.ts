/**
 * inUnitOf: a quantity expressed in the unit of another, or null when they do not measure the
 * same thing. Durations convert (36 h = 1,5 jours; a working day counts as a day). Counts are
 * commensurable when their nouns agree, ignoring plural and a per-period suffix on one side only
 * ("4 exercices" and "4 exercices/an"). A bare number takes the other side's unit as it is.
 */
import type { Quantity } from "./types";
import { SECONDS_PER_UNIT, isDurationUnit } from "./duration-units";
import { roundTiny } from "./rounding";
import { fold } from "./text";

export function inUnitOf(q: Quantity, reference: Quantity): number | null {
  if (!Number.isFinite(q.value)) return null;
  if (q.bare || reference.bare) return q.value;
  if (q.dimension !== reference.dimension) return null;
  switch (q.dimension) {
    case "percent":
      return q.value;
    case "duration":
      return durationIn(q, reference);
    case "score":
      return scoreIn(q, reference);
    case "count":
      return sameCountUnit(q.unit, reference.unit) ? q.value : null;
  }
}

function durationIn(q: Quantity, reference: Quantity): number | null {
  if (!isDurationUnit(q.unit) || !isDurationUnit(reference.unit)) return null;
  if (q.unit === reference.unit) return q.value;
  return finiteOrNull(roundTiny((q.value * SECONDS_PER_UNIT[q.unit]) / SECONDS_PER_UNIT[reference.unit]));
}

function scoreIn(q: Quantity, reference: Quantity): number | null {
  if (!q.scale || !reference.scale) return null;
  return q.scale === reference.scale ? q.value : finiteOrNull(roundTiny((q.value * reference.scale) / q.scale));
}

function finiteOrNull(value: number): number | null {
  return Number.isFinite(value) ? value : null;
}

interface CountUnit {
  readonly noun: string;
  readonly period: string;
}

function sameCountUnit(a: string | null, b: string | null): boolean {
  const left = countUnit(a);
  const right = countUnit(b);
  const nounsAgree = left.noun === "" || right.noun === "" || left.noun === right.noun;
  const periodsAgree = left.period === "" || right.period === "" || left.period === right.period;
  return nounsAgree && periodsAgree;
}

/** "Usagers par jour" → noun "usager", period "jour"; "exercices/an" → "exercice", "an"; "/an" → "", "an". */
function countUnit(unit: string | null): CountUnit {
  const folded = fold(unit ?? "").replace(/ ?\/ ?/g, " par ");
  const [noun = "", period = ""] = folded.split(/(?:^| )par(?: |$)/);
  return { noun: singular(noun.trim()), period: singular(period.trim()) };
}

function singular(words: string): string {
  return words
    .split(" ")
    .map((word) => (word.length > 3 ? word.replace(/[sx]$/, "") : word))
    .join(" ");
}
