/** Per-question figures from the levels answered: n, counts, satisfaction and net rates, margin of error, mean. */
import type { Scale } from "./scales";
import type { QuestionFigures } from "./types";

/** The 95 % margin of error of a share p (0–1) measured on n answers, in percentage points. */
export function marginOfError(p: number, n: number): number | null {
  if (n <= 0) return null;
  return 1.96 * Math.sqrt((p * (1 - p)) / n) * 100;
}

export function questionFigures(scale: Scale, levels: readonly string[]): QuestionFigures {
  const counts: Record<string, number> = {};
  for (const label of scale.labels) counts[label] = 0;
  let satisfied = 0;
  let dissatisfied = 0;
  let sum = 0;
  for (const level of levels) {
    counts[level] += 1;
    if (scale.isSatisfied(level)) satisfied++;
    if (scale.isDissatisfied(level)) dissatisfied++;
    sum += Number(level);
  }
  const n = levels.length;
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
