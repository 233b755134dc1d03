/** The scale of a question, from its answers: the one most of them are on; none when fewer than half fit any. */
import { normalizeText } from "../text/normalize";
import { SCALES, SCORE_0_10, type Scale, type ScaleAnswer } from "./scales";

/** "Note sur 10", "(de 0 à 10)", "/10": a header that says its scores go to 10. */
const OUT_OF_TEN = /(?:\bsur 10\b|\b0 a 10\b|\/\s*10\b)/;

export function saysOutOfTen(header: string): boolean {
  return OUT_OF_TEN.test(header.toLowerCase()) || OUT_OF_TEN.test(normalizeText(header));
}

export function inferScale(answers: readonly ScaleAnswer[], header: string): Scale | null {
  if (answers.length === 0) return null;
  const ordered = saysOutOfTen(header) ? [SCORE_0_10, ...SCALES.filter((scale) => scale !== SCORE_0_10)] : SCALES;
  let best: Scale | null = null;
  let bestCount = 0;
  for (const scale of ordered) {
    const count = answers.reduce((sum, answer) => sum + (scale.levelOf(answer) === null ? 0 : 1), 0);
    if (count > bestCount) {
      best = scale;
      bestCount = count;
    }
  }
  return best !== null && bestCount * 2 >= answers.length ? best : null;
}
