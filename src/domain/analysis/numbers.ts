/** Rounding that removes floating noise (94 − 90 = 4, not 4.000000001). */
export function round2(value: number): number {
  // Past 2^52 / 100 a double has no hundredths to round, and ×100 could overflow to Infinity.
  if (!Number.isFinite(value) || Math.abs(value) >= 2 ** 52 / 100) return value;
  const rounded = Math.round((value + Number.EPSILON * Math.sign(value)) * 100) / 100;
  return Object.is(rounded, -0) ? 0 : rounded;
}

/** Compares after dropping noise below 1e-9. */
export function nearlyEqual(a: number, b: number): boolean {
  return Math.abs(a - b) < 1e-9;
}
