/** Registers one property as a jest test, run a given number of times, from a given seed or a random one. */
import fc from "fast-check";

export interface FuzzSettings {
  readonly numRuns: number;
  /** A fixed seed makes the run reproducible (the smoke run in `npm test`); FUZZ_SEED overrides it to replay a failure. */
  readonly seed?: number;
}

/** `npm run fuzz`: FUZZ_RUNS runs per property (100 000 when unset), from a random seed unless FUZZ_SEED is set. */
export function fuzzSettingsFromEnvironment(fallbackRuns = 100_000): FuzzSettings {
  const asked = Number(process.env.FUZZ_RUNS);
  return { numRuns: Number.isInteger(asked) && asked > 0 ? asked : fallbackRuns };
}

/** The same settings with fewer runs, for properties whose input space is small. */
export const atMost = (settings: FuzzSettings, numRuns: number): FuzzSettings => ({ ...settings, numRuns: Math.min(settings.numRuns, numRuns) });

const MS_PER_RUN_ALLOWED = 20;

export function fuzzIt<Ts extends [unknown, ...unknown[]]>(title: string, property: fc.IProperty<Ts>, settings: FuzzSettings): void {
  const replay = process.env.FUZZ_SEED === undefined ? undefined : Number(process.env.FUZZ_SEED);
  it(
    title,
    () => {
      fc.assert(property, { numRuns: settings.numRuns, seed: replay ?? settings.seed });
    },
    Math.max(60_000, settings.numRuns * MS_PER_RUN_ALLOWED),
  );
}
