/** Text clean-up shared by every reader of the value grammar. */
import { withoutAccents } from "../text/french";
import { rememberedByText } from "../text/remember";

/** Spaces Excel users type or paste: no-break (U+00A0), narrow no-break (U+202F), thin (U+2009), figure (U+2007). */
const ODD_SPACES = /[\u00A0\u202F\u2009\u2007\u2008\u200A\u3000\t\r\n]/g;
const ZERO_WIDTH = /[\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF\u0000-\u0008\u000B\u000C\u000E-\u001F]/g;

/**
 * Compatibility forms folded (NFKC: "９４ ％" → "94 %", "𝟗" → "9"), spaces made plain and single,
 * zero-width and direction marks dropped, ends trimmed; letters kept as written.
 */
export const tidy: (text: string) => string = rememberedByText((text) =>
  text.normalize("NFKC").replace(ZERO_WIDTH, "").replace(ODD_SPACES, " ").replace(/ {2,}/g, " ").trim(),
);

/** Lower case without accents, for comparing words ("Supérieur" → "superieur"). */
export const fold: (text: string) => string = rememberedByText((text) =>
  withoutAccents(tidy(text))
    .toLowerCase()
    .replace(/[\u2019\u2018`´]/g, "'"),
);

/** No value is spelled with more characters than this; longer text is read as unreadable at once. */
export const MAX_VALUE_TEXT_LENGTH = 200;
