/**
 * Facts of written French that every reader, message and report shares, each stated once:
 * the no-break spaces, the names of months and days, the years we accept, accent folding.
 */

/** Before « : », « ; », « ? », « ! », « % » and inside « », as French typography wants. */
export const NO_BREAK_SPACE = "\u00A0";

/** Between groups of thousands ("1 520"), as Excel's French number formats write them. */
export const NARROW_NO_BREAK_SPACE = "\u202F";

/** «\u00A0text\u00A0»: a name or a value quoted in a sentence. */
export const quoted = (text: string): string => `«${NO_BREAK_SPACE}${text}${NO_BREAK_SPACE}»`;

/** "a", "a et b", "a, b et c". */
export function frenchList(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} et ${items[items.length - 1]}`;
}

/** The months in calendar order, as written in a sentence ("janvier 2021"). */
export const MONTH_NAMES = [
  "janvier", "février", "mars", "avril", "mai", "juin",
  "juillet", "août", "septembre", "octobre", "novembre", "décembre",
] as const;

/** Their usual abbreviations, as Excel's French "mmm" format and chart axes write them. */
export const MONTH_ABBREVIATIONS = [
  "janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc.",
] as const;

/** The days of the week from Sunday, as JavaScript's `getUTCDay()` counts them. */
export const DAY_NAMES = ["dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"] as const;
export const DAY_ABBREVIATIONS = ["dim.", "lun.", "mar.", "mer.", "jeu.", "ven.", "sam."] as const;

/**
 * The years a quality workbook can be about: Qual-e-pref and its forerunners (the Marianne charter)
 * are of this century. Anything outside is a typing slip, or a number that is not a year.
 */
export const PLAUSIBLE_YEARS = { first: 2000, last: 2099 } as const;

export function isPlausibleYear(year: number): boolean {
  return Number.isInteger(year) && year >= PLAUSIBLE_YEARS.first && year <= PLAUSIBLE_YEARS.last;
}

/** Every plausible year written as four digits in a text, in order ("Bilan 2020-2021" → 2020, 2021). */
export function yearsIn(text: string): number[] {
  const years: number[] = [];
  for (const match of text.matchAll(/(?<!\d)(\d{4})(?!\d)/g)) {
    const year = Number(match[1]);
    if (isPlausibleYear(year)) years.push(year);
  }
  return years;
}

/** True when the text is a plausible year and nothing else (2021, "2021", " 2021 "). */
export function isBareYear(text: string): boolean {
  const match = /^\s*(\d{4})\s*$/.exec(text);
  return match !== null && isPlausibleYear(Number(match[1]));
}

/** "Délai" → "Delai", "Œuvre" kept: combining accents removed, letters otherwise as written. */
export function withoutAccents(text: string): string {
  return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
}
