/**
 * Every rounding the engine does, in one place: noise left by unit conversions removed, and
 * numbers rounded half away from zero on their decimal spelling, as they are shown.
 */

/** Removes binary noise such as 1.4999999999 or 94.00000000000001 left by unit conversions. */
export function roundTiny(value: number): number {
  if (!Number.isFinite(value) || Math.abs(value) >= 1e6) return value;
  return Math.round(value * 1e9) / 1e9 + 0;
}

/**
 * Rounds half away from zero on the decimal spelling, so 1.005 gives 1.01 rather than 1 and the
 * value agrees with the number displayed. Past 1e15 a double has no decimals left to round.
 */
export function roundHalfAway(value: number, decimals: number): number {
  const magnitude = Math.abs(value);
  if (!Number.isFinite(value) || magnitude >= 1e15) return value;
  const spelled = String(magnitude);
  // Already spelled with no more decimals than asked, and exact once shifted: rounding gives the same number back.
  if (decimals >= 0 && magnitude * 10 ** decimals < Number.MAX_SAFE_INTEGER && hasAtMostDecimals(spelled, decimals)) return value === 0 ? 0 : value;
  const [mantissa, exponent = "0"] = spelled.split("e");
  const shifted = Number(`${mantissa}e${Number(exponent) + decimals}`);
  if (!Number.isFinite(shifted)) return value;
  const rounded = Number(`${Math.round(shifted)}e-${decimals}`);
  if (!Number.isFinite(rounded)) return value;
  return rounded === 0 ? 0 : Math.sign(value) * rounded;
}

function hasAtMostDecimals(spelled: string, decimals: number): boolean {
  if (spelled.includes("e")) return false;
  const point = spelled.indexOf(".");
  return point < 0 || spelled.length - point - 1 <= decimals;
}

/** Two decimals, as results, gaps, changes and rates are given out (94 − 90 = 4, not 4.000000001). */
export function round2(value: number): number {
  return roundHalfAway(value, 2);
}

/** Compares after dropping noise below 1e-9. */
export function nearlyEqual(a: number, b: number): boolean {
  return Math.abs(a - b) < 1e-9;
}
