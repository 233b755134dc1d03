/** Text folded for matching words: lower case, no accents, apostrophes unified, spaces collapsed. */
import { withoutAccents } from "../text/french";
import { rememberedByText } from "../text/remember";

export const foldText: (text: string) => string = rememberedByText((text) =>
  withoutAccents(text)
    .toLowerCase()
    .replace(/[\u2019\u2018`´]/g, "'")
    .replace(/\s+/g, " ")
    .trim(),
);

