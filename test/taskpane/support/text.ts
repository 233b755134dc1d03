/**
 * French text is written with no-break spaces (before « : », inside « », in « 94 % »). Accessible names keep
 * them as they are, so a test that writes the words with plain spaces matches them with this pattern.
 */
export function spaced(text: string): RegExp {
  const escaped = text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "[\\s\\u00a0\\u202f]");
  return new RegExp(`^${escaped}$`);
}
