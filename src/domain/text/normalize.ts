/** Text comparison helpers: compare words the way a person reads them, not byte by byte. */
import { withoutAccents } from "./french";
import { rememberedByText } from "./remember";

/** Lower case, no accents, apostrophes and punctuation as spaces, single spaces, trimmed. */
export const normalizeText: (text: string) => string = rememberedByText(fold);

function fold(text: string): string {
  return withoutAccents(text)
    .replace(/œ/gi, "oe")
    .replace(/æ/gi, "ae")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/** "Résultats" → "resultat", "Commentaires" → "commentaire": the word without a plural mark. */
const INVARIABLE = new Set(["sens", "temps", "taux", "fois", "pays", "cours", "avis", "prix", "mois"]);

export function singular(word: string): string {
  if (word === "delais") return "delai";
  if (INVARIABLE.has(word)) return word;
  if (word.length > 3 && /[sx]$/.test(word)) return word.slice(0, -1);
  return word;
}

/** The words of a text, normalised and in the singular. */
export function wordsOf(text: string): string[] {
  return [...singularWords(text)];
}

const singularWords = rememberedByText((text: string): readonly string[] => {
  const normalized = normalizeText(text);
  return normalized === "" ? [] : normalized.split(" ").map(singular);
});

/**
 * A key under which two spellings of the same indicator name meet: case, accents,
 * apostrophe style, punctuation, spacing and plural marks ignored.
 */
export const nameKey: (text: string) => string = rememberedByText((text) => singularWords(text).join(""));
