/**
 * Comparators written before a target ("> 90 %", "au moins 4", "supérieur ou égal à 80 %")
 * or after it ("90 % minimum", "5 jours maximum", "80 % ou plus").
 */
import type { Comparator } from "./types";
import { fold } from "./text";

interface ComparatorSpelling {
  /** Folded spelling (lower case, no accents, plain apostrophe). */
  readonly spelling: string;
  readonly comparator: Comparator;
}

const spellings = (comparator: Comparator, ...words: string[]): ComparatorSpelling[] =>
  words.map((spelling) => ({ spelling, comparator }));

/** Longest first, so that "supérieur ou égal à" wins over "supérieur à" and ">=" over ">". */
const PREFIXES: readonly ComparatorSpelling[] = [
  ...spellings(">=", "superieur ou egal a", "superieure ou egale a", "superieur ou egal", "superieure ou egale"),
  ...spellings("<=", "inferieur ou egal a", "inferieure ou egale a", "inferieur ou egal", "inferieure ou egale"),
  ...spellings(">", "superieur a", "superieure a", "plus de", "plus que", "sup. a", "sup a"),
  ...spellings("<", "inferieur a", "inferieure a", "moins de", "moins que", "inf. a", "inf a"),
  ...spellings(">=", "au minimum", "au moins", "minimum", "mini", "min.", "min", "> =", ">=", "=>", "≥", "≧", "⩾"),
  ...spellings("<=", "au maximum", "au plus", "jusqu'a", "maximum", "maxi", "max.", "max", "< =", "<=", "=<", "≤", "≦", "⩽"),
  ...spellings(">", ">"),
  ...spellings("<", "<"),
].sort((a, b) => b.spelling.length - a.spelling.length);

const SUFFIXES: readonly ComparatorSpelling[] = [
  ...spellings(">=", "au minimum", "au moins", "minimum", "mini", "ou plus", "et plus", "et au-dela", "ou davantage", "et +", "ou +"),
  ...spellings("<=", "au maximum", "au plus", "maximum", "maxi", "max.", "max", "ou moins", "et moins", "et -", "ou -"),
].sort((a, b) => b.spelling.length - a.spelling.length);

export interface ComparatorSplit {
  readonly comparator: Comparator | null;
  /** The text without the comparator, as written (not folded). */
  readonly rest: string;
}

/**
 * Takes a comparator off the start or the end of a tidied text. Folding keeps the length of
 * these spellings, so the cut is made at the same place in the original text.
 */
export function splitComparator(text: string): ComparatorSplit {
  const folded = foldKeepingLength(text);
  for (const { spelling, comparator } of PREFIXES) {
    if (folded.startsWith(spelling) && isWordEnd(folded, spelling)) {
      return { comparator, rest: withoutLinkingA(text.slice(spelling.length).trim()) };
    }
  }
  for (const { spelling, comparator } of SUFFIXES) {
    if (folded.endsWith(spelling) && folded.length > spelling.length && folded[folded.length - spelling.length - 1] === " ") {
      return { comparator, rest: text.slice(0, text.length - spelling.length).trim() };
    }
  }
  return { comparator: null, rest: text };
}

/** "> à 90 %", "≥ a 90 %": the "à" some people add after a symbol. */
function withoutLinkingA(rest: string): string {
  return /^[àaÀA] (?=[\d+\-\u2212.,])/.test(rest) ? rest.slice(2) : rest;
}

/** A word comparator must be followed by a space or a digit ("min 5", not "minutes"). */
function isWordEnd(folded: string, spelling: string): boolean {
  if (!/[a-z.]$/.test(spelling)) return true;
  const next = folded[spelling.length];
  return next === undefined || next === " " || /[\d+\-\u2212]/.test(next);
}

/** fold() character by character, so that indexes stay aligned with the original text. */
function foldKeepingLength(text: string): string {
  return Array.from(text, (character) => {
    const folded = fold(character);
    return folded.length === 1 ? folded : character;
  }).join("");
}
