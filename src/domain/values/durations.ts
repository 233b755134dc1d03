/**
 * Durations: "1,5 jours", "1,5 j", "5 jours ouvrés", "1 h", "1h30", "2 heures", "10 min",
 * "10 mn", "45 s", "10 min 30 s", and clock text "mm:ss" or "hh:mm:ss".
 */
import type { DurationUnit, Quantity } from "./types";
import { parseFrenchNumber, splitLeadingNumber } from "./numbers";
import { fold } from "./text";

export const SECONDS_PER_UNIT: Readonly<Record<DurationUnit, number>> = {
  secondes: 1,
  minutes: 60,
  heures: 3600,
  /** A working day counts as a day when converting ("36 h" meets "≤ 2 jours ouvrés"). */
  jours: 86_400,
};

const UNIT_ORDER: readonly DurationUnit[] = ["jours", "heures", "minutes", "secondes"];

/** Folded unit words, longest first; a unit must not run into a letter ("h" is not "habitants"). */
const UNIT_WORDS: readonly (readonly [RegExp, DurationUnit])[] = [
  [/^(jours|jour|journees|journee|jrs|jr|j\.|j)(?![a-z])/, "jours"],
  [/^(heures|heure|hres|hre|hrs|hr|h)(?![a-z])/, "heures"],
  [/^(minutes|minute|mins|min\.|min|mns|mn)(?![a-z])/, "minutes"],
  [/^(secondes|seconde|secs|sec\.|sec|s)(?![a-z])/, "secondes"],
];

const WORKING_DAYS = /^(ouvres|ouvre|ouvrables|ouvrable)$/;
const CALENDAR_DAYS = /^(calendaires|calendaire)$/;

interface Part {
  readonly value: number;
  readonly unit: DurationUnit;
}

/** The duration a tidied text spells, or null when it is not exactly a duration. */
export function parseDurationText(text: string): Quantity | null {
  return parseClock(text) ?? parseUnitParts(text);
}

/** A duration in its natural unit: seconds below a minute, minutes below an hour, else hours. */
export function durationFromSeconds(seconds: number): Quantity {
  const unit: DurationUnit = Math.abs(seconds) < 60 ? "secondes" : Math.abs(seconds) < 3600 ? "minutes" : "heures";
  return duration(roundTiny(seconds / SECONDS_PER_UNIT[unit]), unit, false);
}

function parseClock(text: string): Quantity | null {
  const match = /^([+\-\u2212]?)(\d{1,3}):([0-5]\d)(?::([0-5]\d)([.,]\d+)?)?$/.exec(text);
  if (!match) return null;
  const [, sign, first, second, third, fraction] = match;
  const seconds =
    third === undefined
      ? Number(first) * 60 + Number(second)
      : Number(first) * 3600 + Number(second) * 60 + Number(third) + (parseFrenchNumber(`0${fraction ?? ",0"}`) ?? 0);
  return durationFromSeconds(sign === "" || sign === "+" ? seconds : -seconds);
}

function parseUnitParts(text: string): Quantity | null {
  const parts: Part[] = [];
  let rest = text;
  let workingDays = false;
  while (rest !== "") {
    const number = splitLeadingNumber(rest);
    if (!number) return null;
    if (parts.length > 0 && number.value < 0) return null;
    const unitMatch = matchUnit(number.rest);
    const previous = parts[parts.length - 1];
    if (!unitMatch) {
      const implied = previous && number.rest === "" ? nextUnit(previous.unit) : null;
      if (!implied || previous.unit === "jours") return null;
      parts.push({ value: number.value, unit: implied });
      break;
    }
    if (previous && UNIT_ORDER.indexOf(unitMatch.unit) <= UNIT_ORDER.indexOf(previous.unit)) return null;
    parts.push({ value: number.value, unit: unitMatch.unit });
    rest = unitMatch.rest;
    if (unitMatch.unit === "jours" && rest !== "" && !/^\d/.test(rest)) {
      const qualifier = fold(rest);
      if (WORKING_DAYS.test(qualifier)) workingDays = true;
      else if (!CALENDAR_DAYS.test(qualifier)) return null;
      rest = "";
    }
  }
  return parts.length === 0 ? null : combine(parts, workingDays);
}

/** The duration unit a text starts with ("jours ouvrés" → jours), and what follows it. */
export function matchUnit(text: string): { unit: DurationUnit; rest: string } | null {
  const folded = fold(text);
  for (const [pattern, unit] of UNIT_WORDS) {
    const match = pattern.exec(folded);
    if (match) return { unit, rest: text.slice(match[0].length).trim() };
  }
  return null;
}

function nextUnit(unit: DurationUnit): DurationUnit | null {
  return UNIT_ORDER[UNIT_ORDER.indexOf(unit) + 1] ?? null;
}

function combine(parts: readonly Part[], workingDays: boolean): Quantity {
  const unit = parts[0].unit;
  const sign = parts[0].value < 0 || Object.is(parts[0].value, -0) ? -1 : 1;
  const seconds = parts.reduce((total, part, index) => {
    const magnitude = index === 0 ? Math.abs(part.value) : part.value;
    return total + magnitude * SECONDS_PER_UNIT[part.unit];
  }, 0);
  return duration(roundTiny((sign * seconds) / SECONDS_PER_UNIT[unit]), unit, workingDays);
}

function duration(value: number, unit: DurationUnit, workingDays: boolean): Quantity {
  return workingDays
    ? { value, dimension: "duration", unit, workingDays: true, bare: false }
    : { value, dimension: "duration", unit, bare: false };
}

/** Removes binary noise such as 1.4999999999 from unit conversions. */
export function roundTiny(value: number): number {
  if (!Number.isFinite(value) || Math.abs(value) >= 1e6) return value;
  return Math.round(value * 1e9) / 1e9 + 0;
}
