/** Registers one property as a jest test, run a given number of times (FUZZ_SEED replays a failing run). */
import fc from "fast-check";

/** Runs asked for by FUZZ_RUNS, 100 000 when unset. */
export function fuzzRunsFromEnvironment(fallback = 100_000): number {
  const asked = Number(process.env.FUZZ_RUNS);
  return Number.isInteger(asked) && asked > 0 ? asked : fallback;
}

const MS_PER_RUN_ALLOWED = 20;

export function fuzzIt<Ts extends [unknown, ...unknown[]]>(title: string, property: fc.IProperty<Ts>, numRuns: number): void {
  const seed = process.env.FUZZ_SEED === undefined ? undefined : Number(process.env.FUZZ_SEED);
  it(
    title,
    () => {
      fc.assert(property, { numRuns, seed, endOnFailure: false });
    },
    Math.max(60_000, numRuns * MS_PER_RUN_ALLOWED),
  );
}
