/** Removes binary noise such as 1.4999999999 or 94.00000000000001 left by unit conversions. */
export function roundTiny(value: number): number {
  if (!Number.isFinite(value) || Math.abs(value) >= 1e6) return value;
  return Math.round(value * 1e9) / 1e9 + 0;
}
