/**
 * A minimal French number reader for call figures, used until `src/domain/values/index.ts`
 * (a colleague's) lands with `parseFrenchNumber`; then this file re-exports it.
 * Accepts "1520", "1 520" (space, U+00A0 or U+202F), "1.520" (dot as thousands separator),
 * "94,2", "94.2", a leading sign. Null for anything else.
 */
export function parseFrenchNumber(text: string): number | null {
  const compact = text.trim().replace(/[\s\u00a0\u202f]/g, "").replace(/^\+/, "").replace(/^[\u2212\u2013]/, "-");
  if (/^-?\d{1,3}(\.\d{3})+$/.test(compact)) return Number(compact.replace(/\./g, ""));
  if (!/^-?(\d+([.,]\d+)?|[.,]\d+)$/.test(compact)) return null;
  return Number(compact.replace(",", "."));
}
