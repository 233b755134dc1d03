/** Every French word this module writes for the user (displayed quantities and changes). */
import type { DurationUnit } from "./types";

/** Short unit after a duration: "1,5 j", "36 h", "10 min", "45 s". */
export const DURATION_SYMBOLS: Readonly<Record<DurationUnit, string>> = {
  jours: "j",
  heures: "h",
  minutes: "min",
  secondes: "s",
};

/** Singular and plural spelled out in a change: "+0,1 jour", "−2 jours". */
export const DURATION_WORDS: Readonly<Record<DurationUnit, readonly [string, string]>> = {
  jours: ["jour", "jours"],
  heures: ["heure", "heures"],
  minutes: ["minute", "minutes"],
  secondes: ["seconde", "secondes"],
};

/** Percentage points and score points: "+4 points", "−1 point". */
export const POINT_WORDS: readonly [string, string] = ["point", "points"];

/** After working days or hours: "5 j ouvrés", "+1 jour ouvré". */
export const WORKING_WORDS: readonly [string, string] = ["ouvré", "ouvrés"];

/** Between a mark and its scale: "2,75 sur 5". */
export const SCALE_WORD = "sur";

/** Shown for a number that is not a number (never expected from a parsed value). */
export const NOT_A_NUMBER = "—";

/** How French Excel shows TRUE and FALSE. */
export const BOOLEAN_WORDS: readonly [string, string] = ["VRAI", "FAUX"];
