/** Text folded for matching words: lower case, no accents, apostrophes unified, spaces collapsed. */
export function foldText(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[\u2019\u2018`´]/g, "'")
    .replace(/[\s\u00a0\u202f]+/g, " ")
    .trim();
}

/** A four-digit year (1900–2999) found in a free text such as a sheet name or a title, or null. */
export function yearIn(text: string): number | null {
  const match = /(?:^|\D)((?:19|2\d)\d{2})(?!\d)/.exec(text);
  return match ? Number(match[1]) : null;
}
