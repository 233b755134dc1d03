/**
 * The answer scales of DOMAIN.md, "The satisfaction survey": each level's label as the report writes it,
 * the spellings people type for it (folded: any case, accents optional), and which levels count as satisfied.
 */
import { normalizeText } from "../text/normalize";
import type { ScaleKind } from "./types";

export interface Scale {
  readonly kind: ScaleKind;
  /** Upper level first. */
  readonly labels: readonly string[];
  /** The level an answer names, or null when it is not on this scale. */
  readonly levelOf: (answer: ScaleAnswer) => string | null;
  readonly isSatisfied: (label: string) => boolean;
  readonly isDissatisfied: (label: string) => boolean;
}

/** An answer as read: its folded words, and the number it is when it is a whole number. */
export interface ScaleAnswer {
  readonly folded: string;
  readonly integer: number | null;
}

function wordedScale(kind: ScaleKind, spellings: readonly (readonly [string, readonly string[]])[]): Scale {
  const labels = spellings.map(([label]) => label);
  const byFolded = new Map<string, string>();
  for (const [label, others] of spellings) for (const spelling of [label, ...others]) byFolded.set(normalizeText(spelling), label);
  const upper = new Set(labels.slice(0, 2));
  const lower = new Set(labels.slice(-2));
  return {
    kind,
    labels,
    levelOf: (answer) => byFolded.get(answer.folded) ?? null,
    isSatisfied: (label) => upper.has(label),
    isDissatisfied: (label) => lower.has(label),
  };
}

function scoreScale(kind: ScaleKind, low: number, high: number, satisfiedFrom: number, dissatisfiedTo: number): Scale {
  const labels: string[] = [];
  for (let score = high; score >= low; score--) labels.push(String(score));
  return {
    kind,
    labels,
    levelOf: (answer) => (answer.integer !== null && answer.integer >= low && answer.integer <= high ? String(answer.integer) : null),
    isSatisfied: (label) => Number(label) >= satisfiedFrom,
    isDissatisfied: (label) => Number(label) <= dissatisfiedTo,
  };
}

export const SATISFACTION = wordedScale("satisfaction", [
  ["Très satisfait", ["Très satisfaite", "Tres satisfait(e)", "Très satisfait(e)"]],
  ["Plutôt satisfait", ["Satisfait", "Satisfaite", "Plutôt satisfaite", "Plutôt satisfait(e)", "Satisfait(e)", "Assez satisfait"]],
  ["Plutôt pas satisfait", ["Peu satisfait", "Peu satisfaite", "Plutôt insatisfait", "Plutôt pas satisfaite"]],
  ["Pas du tout satisfait", ["Pas satisfait", "Insatisfait", "Pas du tout satisfaite", "Pas satisfaite", "Insatisfaite", "Très insatisfait"]],
]);

export const AGREEMENT = wordedScale("agreement", [
  ["Tout à fait d'accord", ["Tout à fait d’accord", "Totalement d'accord"]],
  ["Plutôt d'accord", ["D'accord"]],
  ["Plutôt pas d'accord", ["Pas vraiment d'accord"]],
  ["Pas du tout d'accord", ["Pas d'accord"]],
]);

export const YES_NO: Scale = (() => {
  const words = wordedScale("yes_no", [["Oui", []], ["Non", []]]);
  return { ...words, isSatisfied: (label) => label === "Oui", isDissatisfied: (label) => label === "Non" };
})();

export const SCORE_1_5 = scoreScale("score_1_5", 1, 5, 4, 2);
export const SCORE_0_10 = scoreScale("score_0_10", 0, 10, 8, 4);

/** In this order when two scales fit the answers equally: 1–5 before 0–10 (all answers within 1–5). */
export const SCALES: readonly Scale[] = [SATISFACTION, AGREEMENT, YES_NO, SCORE_1_5, SCORE_0_10];

export const SCALE_BY_KIND: Readonly<Record<ScaleKind, Scale>> = {
  satisfaction: SATISFACTION,
  agreement: AGREEMENT,
  yes_no: YES_NO,
  score_1_5: SCORE_1_5,
  score_0_10: SCORE_0_10,
};
