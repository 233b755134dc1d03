/**
 * Durations: "1,5 jours", "1,5 j", "5 jours ouvrés", "2 semaines", "J+5", "1 h", "1h30",
 * "2 heures", "10 min", "10 mn", "45 s", "10 min 30 s", and clock text "mm:ss" or "hh:mm:ss".
 */
import type { DurationUnit, Quantity } from "./types";
import { parseFrenchNumber, splitLeadingNumber } from "./numbers";
import { SECONDS_PER_UNIT, UNIT_ORDER, matchUnit } from "./duration-units";
import { roundTiny } from "./rounding";
import { fold } from "./text";

const WORKING = /^(ouvres|ouvre|ouvrees|ouvree|ouvrables|ouvrable)$/;
const CALENDAR = /^(calendaires|calendaire|pleins|pleines)$/;
const DAY_PLUS = /^j ?\+ ?(\d+)$/i;
const CLOCK = /^([+\-\u2212]?)(\d{1,3}):([0-5]\d)(?::([0-5]\d)([.,]\d+)?)?$/;

interface Part {
  readonly value: number;
  readonly unit: DurationUnit;
}

/** The duration a tidied text spells, or null when it is not exactly a duration. */
export function parseDurationText(text: string): Quantity | null {
  return parseClock(text) ?? parseDayPlus(text) ?? parseUnitParts(text);
}

/** A duration in its natural unit: seconds below a minute, minutes below an hour, else hours. */
export function durationFromSeconds(seconds: number): Quantity {
  const size = Math.abs(seconds);
  const unit: DurationUnit = size < 60 ? "secondes" : size < 3600 ? "minutes" : "heures";
  return duration(roundTiny(seconds / SECONDS_PER_UNIT[unit]), unit, false);
}

/** "02:30" is minutes and seconds; "01:30:00" is hours, minutes and seconds. */
function parseClock(text: string): Quantity | null {
  const match = CLOCK.exec(text);
  if (!match) return null;
  const [, sign, first, second, third, fraction] = match;
  const seconds =
    third === undefined
      ? Number(first) * 60 + Number(second)
      : Number(first) * 3600 + Number(second) * 60 + Number(third) + (parseFrenchNumber(`0${fraction ?? ",0"}`) ?? 0);
  return durationFromSeconds(sign === "" || sign === "+" ? seconds : -seconds);
}

/** "J+5": five days after the day of the request. */
function parseDayPlus(text: string): Quantity | null {
  const match = DAY_PLUS.exec(text);
  return match ? duration(Number(match[1]), "jours", false) : null;
}

function parseUnitParts(text: string): Quantity | null {
  const parts: Part[] = [];
  let rest = text;
  let working = false;
  while (rest !== "") {
    const number = splitLeadingNumber(rest);
    if (!number || (parts.length > 0 && number.value < 0)) return null;
    const previous = parts[parts.length - 1];
    const unitMatch = matchUnit(number.rest);
    if (!unitMatch) {
      const implied = previous && previous.unit !== "jours" && number.rest === "" ? nextUnit(previous.unit) : null;
      if (!implied) return null;
      parts.push({ value: number.value, unit: implied });
      break;
    }
    if (previous && UNIT_ORDER.indexOf(unitMatch.unit) <= UNIT_ORDER.indexOf(previous.unit)) return null;
    parts.push({ value: number.value * unitMatch.factor, unit: unitMatch.unit });
    rest = unitMatch.rest;
    if (rest !== "" && !/^\d/.test(rest)) {
      const qualifier = fold(rest);
      if (WORKING.test(qualifier)) working = true;
      else if (!CALENDAR.test(qualifier)) return null;
      rest = "";
    }
  }
  return parts.length === 0 ? null : combine(parts, working);
}

function nextUnit(unit: DurationUnit): DurationUnit | null {
  return UNIT_ORDER[UNIT_ORDER.indexOf(unit) + 1] ?? null;
}

/** All parts in the unit of the first: "1 h 30" is 1,5 heures; a leading minus applies to the whole. */
function combine(parts: readonly Part[], working: boolean): Quantity {
  const unit = parts[0].unit;
  const sign = parts[0].value < 0 ? -1 : 1;
  const seconds = parts.reduce(
    (total, part, index) => total + (index === 0 ? Math.abs(part.value) : part.value) * SECONDS_PER_UNIT[part.unit],
    0,
  );
  return duration(roundTiny((sign * seconds) / SECONDS_PER_UNIT[unit]), unit, working);
}

function duration(value: number, unit: DurationUnit, workingDays: boolean): Quantity {
  return workingDays
    ? { value, dimension: "duration", unit, workingDays: true, bare: false }
    : { value, dimension: "duration", unit, bare: false };
}
