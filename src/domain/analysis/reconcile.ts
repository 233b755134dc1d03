/**
 * Bare numbers take their meaning from the other side: 94 or 0.94 beside a `%` target is 94 %,
 * a bare number beside a duration target is in that duration's unit. Then one side is expressed
 * in the other's unit, or the two are found incompatible.
 */
import { wordsOf } from "../text/normalize";
import { inUnitOf, type Quantity, type Target } from "../values";

/** A bare number read as a percent: fractions up to 1 are Excel fractions (0.94 → 94 %). */
export function bareAsPercent(value: number): number {
  return Math.abs(value) <= 1 ? Math.round(value * 1e8) / 1e6 : value;
}

/** The bare quantity in the dimension and unit of the reference; a non-bare quantity unchanged. */
export function adopt(q: Quantity, reference: Quantity | null): Quantity {
  if (!q.bare || reference === null || reference.bare) return q;
  const value = reference.dimension === "percent" ? bareAsPercent(q.value) : q.value;
  return {
    value,
    dimension: reference.dimension,
    unit: reference.unit,
    bare: false,
    ...(reference.workingDays === undefined ? {} : { workingDays: reference.workingDays }),
    ...(reference.scale === undefined ? {} : { scale: reference.scale }),
  };
}

export function adoptTarget(target: Target, reference: Quantity | null): Target {
  const adopted = adopt(target, reference);
  return adopted === target ? target : { ...adopted, comparator: target.comparator, ...withinOf(target) };
}

const withinOf = (target: Target): { within?: Quantity } => (target.within === undefined ? {} : { within: target.within });

/** q's value in the reference's unit, null when they do not measure the same thing. */
export function valueIn(q: Quantity, reference: Quantity): number | null {
  return inUnitOf(adopt(q, reference), reference);
}

const RATE_WORDS = ["taux", "pourcentage", "part", "proportion"];

/** "Taux de …", "Part de …": a name that announces a percentage. */
export function nameSaysRate(name: string): boolean {
  return RATE_WORDS.includes(wordsOf(name)[0] ?? "");
}

/** A bare number under a rate's name is a percent (0.94 or 94 under "Taux de satisfaction" is 94 %). */
export function asRate<Q extends Quantity>(q: Q | null, name: string): Q | null {
  if (q === null || !q.bare || !nameSaysRate(name)) return q;
  return { ...q, value: bareAsPercent(q.value), dimension: "percent", unit: "%", bare: false };
}
