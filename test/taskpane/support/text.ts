/**
 * French text is written with no-break spaces (before « : », inside « », in « 94 % »). Accessible names and
 * descriptions keep them as they are, so a test that writes the words with plain spaces matches them with these
 * patterns, where a space stands for any space.
 */
function pattern(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "[\\s\\u00a0\\u202f]");
}

/** The whole text, any space for a space. */
export function spaced(text: string): RegExp {
  return new RegExp(`^${pattern(text)}$`);
}

/** Somewhere in the text, any space for a space. */
export function spacedPart(text: string): RegExp {
  return new RegExp(pattern(text));
}

/** Text with its no-break spaces (U+00A0, U+202F) read as plain spaces, for whole-text comparisons. */
export function plain(text: string | null | undefined): string {
  return (text ?? "").replace(/[\u00a0\u202f]/g, " ");
}
