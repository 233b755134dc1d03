/** The four duration units, their length in seconds, and the words that spell them. */
import type { DurationUnit } from "./types";
import { fold } from "./text";

export const DURATION_UNITS: readonly DurationUnit[] = ["secondes", "minutes", "heures", "jours"];

/** Largest first, the order in which "1 j 2 h 30 min" writes them. */
export const UNIT_ORDER: readonly DurationUnit[] = ["jours", "heures", "minutes", "secondes"];

export const SECONDS_PER_UNIT: Readonly<Record<DurationUnit, number>> = {
  secondes: 1,
  minutes: 60,
  heures: 3600,
  /** A working day counts as a day when converting ("36 h" meets "≤ 2 jours ouvrés"). */
  jours: 86_400,
};

export function isDurationUnit(unit: string | null): unit is DurationUnit {
  return (DURATION_UNITS as readonly (string | null)[]).includes(unit);
}

interface UnitWord {
  readonly pattern: RegExp;
  readonly unit: DurationUnit;
  /** How many of `unit` one of these makes: a week is 7 days. */
  readonly factor: number;
}

/** Folded unit words, longest first; a unit must not run into a letter ("h" is not "habitants"). */
const UNIT_WORDS: readonly UnitWord[] = [
  { pattern: /^(semaines|semaine|sem\.|sem)(?![a-z])/, unit: "jours", factor: 7 },
  { pattern: /^(jours|jour|journees|journee|jrs|jr|j\.|j)(?![a-z])/, unit: "jours", factor: 1 },
  { pattern: /^(heures|heure|hres|hre|hrs|hr|h)(?![a-z])/, unit: "heures", factor: 1 },
  { pattern: /^(minutes|minute|mins|min\.|min|mns|mn)(?![a-z])/, unit: "minutes", factor: 1 },
  { pattern: /^(secondes|seconde|secs|sec\.|sec|s)(?![a-z])/, unit: "secondes", factor: 1 },
];

export interface UnitMatch {
  readonly unit: DurationUnit;
  readonly factor: number;
  /** What follows the unit word, trimmed. */
  readonly rest: string;
}

/** The duration unit a text starts with ("jours ouvrés" → jours), and what follows it. */
export function matchUnit(text: string): UnitMatch | null {
  const folded = fold(text);
  for (const { pattern, unit, factor } of UNIT_WORDS) {
    const match = pattern.exec(folded);
    if (match) return { unit, factor, rest: text.slice(match[0].length).trim() };
  }
  return null;
}
