/** Per-question figures from the levels answered: n, counts, satisfaction and net rates, margin of error, mean. */
import type { Scale } from "./scales";
import type { QuestionFigures } from "./types";

/** The 95 % margin of error of a share p (0–1) measured on n answers, in percentage points. */
export function marginOfError(p: number, n: number): number | null {
  if (n <= 0) return null;
  return 1.96 * Math.sqrt((p * (1 - p)) / n) * 100;
}

export function questionFigures(scale: Scale, levels: readonly string[]): QuestionFigures {
  const tallies = new Map<string, number>();
  for (const level of levels) tallies.set(level, (tallies.get(level) ?? 0) + 1);
  return figuresOfTallies(scale, tallies);
}

/** questionFigures from how many times each level was answered: a few labels, however many answers. */
export function figuresOfTallies(scale: Scale, tallies: ReadonlyMap<string, number>): QuestionFigures {
  const counts: Record<string, number> = {};
  let n = 0;
  let satisfied = 0;
  let dissatisfied = 0;
  let sum = 0;
  for (const label of scale.labels) {
    const count = tallies.get(label) ?? 0;
    counts[label] = count;
    n += count;
    if (scale.isSatisfied(label)) satisfied += count;
    if (scale.isDissatisfied(label)) dissatisfied += count;
    // Scores are whole numbers: summed by level, the mean is the same to the last bit.
    if (count > 0) sum += Number(label) * count;
  }
  const isScore = scale.kind === "score_1_5" || scale.kind === "score_0_10";
  return {
    n,
    counts,
    satisfied,
    dissatisfied,
    satisfactionRate: n === 0 ? null : (satisfied / n) * 100,
    netRate: n === 0 ? null : ((satisfied - dissatisfied) / n) * 100,
    margin: marginOfError(n === 0 ? 0 : satisfied / n, n),
    mean: isScore && n > 0 ? sum / n : null,
  };
}

/** Σ satisfied ÷ Σ n over several questions, in percent; null when nothing was answered. */
export function pooledRate(figures: readonly QuestionFigures[]): number | null {
  const n = figures.reduce((total, f) => total + f.n, 0);
  return n === 0 ? null : (figures.reduce((total, f) => total + f.satisfied, 0) / n) * 100;
}
