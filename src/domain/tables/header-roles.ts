/** What a header cell announces: the role of its column in an indicator table. */
import { isBareYear, yearsIn } from "../text/french";
import { normalizeText, wordsOf } from "../text/normalize";
import { rememberedByText } from "../text/remember";

export type ColumnRole =
  | "theme"
  | "module"
  | "name"
  | "result"
  | "target"
  | "comment"
  | "unit"
  | "direction"
  | "national"
  | "previous"
  | "status"
  /** The year of each row, in a long table (`Année | Indicateur | Résultat`). */
  | "year";

export interface HeaderClass {
  readonly role: ColumnRole;
  /** The year the header names ("Résultat 2021", "2021", "Année 2021"), null when none. */
  readonly year: number | null;
}

interface RoleRule {
  readonly role: ColumnRole;
  readonly matches: (words: readonly string[], normalized: string) => boolean;
}

const hasAny =
  (...wanted: string[]) =>
  (words: readonly string[]): boolean =>
    words.some((word) => wanted.includes(word));

const isPreviousYearMark = (words: readonly string[], normalized: string): boolean =>
  /(^| )n 1( |$)/.test(normalized) || words.includes("precedent") || words.includes("precedente");

/** A column whose header is only one of these words holds each row's year. */
const YEAR_WORDS: ReadonlySet<string> = new Set(["annee", "exercice", "periode"]);

/** First rule that matches wins: the more specific words come first ("Valeur cible" is a target). */
const RULES: readonly RoleRule[] = [
  { role: "year", matches: (words) => words.length === 1 && YEAR_WORDS.has(words[0]) },
  { role: "national", matches: hasAny("national", "nationale", "nat") },
  { role: "target", matches: hasAny("cible", "objectif", "seuil", "attendu") },
  { role: "previous", matches: isPreviousYearMark },
  { role: "direction", matches: hasAny("sens") },
  { role: "status", matches: hasAny("statut") },
  { role: "comment", matches: hasAny("commentaire", "observation", "analyse", "remarque", "explication") },
  { role: "module", matches: hasAny("module") },
  { role: "theme", matches: hasAny("thematique", "theme", "domaine", "rubrique", "engagement") },
  { role: "unit", matches: hasAny("unite") },
  { role: "result", matches: hasAny("resultat", "valeur", "realise", "realisation") },
  { role: "name", matches: hasAny("indicateur", "libelle", "intitule") },
];

/** Header cells are short: a longer text is data or a paragraph, not a header. */
const MAX_HEADER_WORDS = 7;

/**
 * The role of a column from its header text, comparing without case, accents, plural,
 * punctuation or extra words. A bare year ("2021") or "Année 2021" is a result column for that year.
 */
export const classifyHeader: (text: string) => HeaderClass | null = rememberedByText(classify);

function classify(text: string): HeaderClass | null {
  const words = wordsOf(text);
  if (words.length === 0 || words.length > MAX_HEADER_WORDS) return null;
  const normalized = normalizeText(text);
  const years = yearsIn(normalized);
  const year = years.length > 0 ? years[years.length - 1] : null;
  if (isBareYear(text) || (year !== null && words.length === 2 && words[0] === "annee")) {
    return { role: "result", year };
  }
  const rule = RULES.find((candidate) => candidate.matches(words, normalized));
  return rule ? { role: rule.role, year } : null;
}
