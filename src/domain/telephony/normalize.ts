/** Text folded for matching words: lower case, no accents, apostrophes unified, spaces collapsed. */
import { withoutAccents } from "../text/french";

export function foldText(text: string): string {
  return withoutAccents(text)
    .toLowerCase()
    .replace(/[\u2019\u2018`´]/g, "'")
    .replace(/\s+/g, " ")
    .trim();
}

