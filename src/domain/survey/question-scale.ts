/** The scale of a question, from its answers: the one most of them are on; none when fewer than half fit any. */
import { normalizeText } from "../text/normalize";
import { SCALES, SCORE_0_10, type Scale, type ScaleAnswer } from "./scales";

/** "Note sur 10", "(de 0 à 10)", "/10": a header that says its scores go to 10. */
const OUT_OF_TEN = /(?:\bsur 10\b|\b0 a 10\b|\/\s*10\b)/;

export function saysOutOfTen(header: string): boolean {
  return OUT_OF_TEN.test(header.toLowerCase()) || OUT_OF_TEN.test(normalizeText(header));
}

/** The scales an answer is on, as bits: 1 << (the scale's index in SCALES). */
export function scalesOf(answer: ScaleAnswer): number {
  let bits = 0;
  SCALES.forEach((scale, index) => {
    if (scale.levelOf(answer) !== null) bits |= 1 << index;
  });
  return bits;
}

/** How many answers in all, and how many of them each of SCALES holds (in SCALES' order). */
export class ScaleCounts {
  readonly perScale: number[] = SCALES.map(() => 0);
  total = 0;

  /** Counts `times` answers (uncounts them when negative) on the scales `bits` names (scalesOf). */
  add(bits: number, times = 1): void {
    this.total += times;
    for (let index = 0; index < this.perScale.length; index++) if (bits & (1 << index)) this.perScale[index] += times;
  }
}

export function inferScale(answers: readonly ScaleAnswer[], header: string): Scale | null {
  const counts = new ScaleCounts();
  for (const answer of answers) counts.add(scalesOf(answer));
  return scaleOfCounts(counts, header);
}

const OUT_OF_TEN_FIRST: readonly Scale[] = [SCORE_0_10, ...SCALES.filter((scale) => scale !== SCORE_0_10)];

/** inferScale from the answers counted per scale: the first of the most held, if it holds at least half. */
export function scaleOfCounts(counts: ScaleCounts, header: string): Scale | null {
  if (counts.total === 0) return null;
  const ordered = saysOutOfTen(header) ? OUT_OF_TEN_FIRST : SCALES;
  let best: Scale | null = null;
  let bestCount = 0;
  for (const scale of ordered) {
    const count = counts.perScale[SCALES.indexOf(scale)];
    if (count > bestCount) {
      best = scale;
      bestCount = count;
    }
  }
  return best !== null && bestCount * 2 >= counts.total ? best : null;
}
