/** Text clean-up shared by every reader of the value grammar. */

/** Spaces Excel users type or paste: no-break (U+00A0), narrow no-break (U+202F), thin (U+2009), figure (U+2007). */
const ODD_SPACES = /[\u00A0\u202F\u2009\u2007\u2008\u200A\u3000\t\r\n]/g;
const ZERO_WIDTH = /[\u200B\u200C\u200D\uFEFF]/g;

/** Spaces made plain and single, zero-width characters dropped, ends trimmed; letters kept as written. */
export function tidy(text: string): string {
  return text.normalize("NFC").replace(ZERO_WIDTH, "").replace(ODD_SPACES, " ").replace(/ {2,}/g, " ").trim();
}

/** Lower case without accents, for comparing words ("Supérieur" → "superieur"). */
export function fold(text: string): string {
  return tidy(text)
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[\u2019\u2018`´]/g, "'");
}
