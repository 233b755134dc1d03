/** Sheet names that never overwrite a user's sheet: "Synthèse 2021", else "Synthèse 2021 (2)"… */

/** Excel compares sheet names ignoring case: two names are the same sheet when their keys are equal. */
export const sheetNameKey = (name: string): string => name.toLocaleLowerCase("fr");
const key = sheetNameKey;

export function pickSheetName(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(key(base))) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base} (${n})`;
    if (!taken.has(key(candidate))) return candidate;
  }
}

/** Picks each name in turn, so the report's own sheets never collide with each other either. */
export function pickSheetNames<K extends string>(
  bases: Readonly<Record<K, string>>,
  existing: readonly string[],
): Record<K, string> {
  const taken = new Set(existing.map(key));
  const picked = {} as Record<K, string>;
  for (const role of Object.keys(bases) as K[]) {
    picked[role] = pickSheetName(bases[role], taken);
    taken.add(key(picked[role]));
  }
  return picked;
}
