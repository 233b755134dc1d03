/** Choosing a number format's section for a value, and what kind of value each section formats. */

/** The section for this value; signless when the section itself shows the sign (or hides it). */
export function chooseSection(sections: string[], value: number): { section: string; signless: boolean } | null {
  if (sections.some((s) => /\[[<>=]/.test(s))) return null; // conditional sections: not worth guessing
  if (value < 0 && sections.length >= 2) return { section: sections[1], signless: true };
  if (value === 0 && sections.length >= 3) return { section: sections[2], signless: true };
  return { section: sections[0], signless: false };
}

/** Removes colours and locales, keeps elapsed-time brackets and currency symbols. */
export function stripBrackets(section: string): string {
  return section.replace(/\[([^\]]*)\]/g, (whole, inner: string) => {
    if (/^(h+|m+|s+)$/i.test(inner)) return whole;
    const currency = /^\$([^-]*)(-.*)?$/.exec(inner);
    return currency ? currency[1] : "";
  });
}

export const withoutLiterals = (section: string): string => section.replace(/"[^"]*"/g, "").replace(/\\./g, "").replace(/_.|\*./g, "");

export function isDateSection(section: string): boolean {
  return /[ymdhs]|\[(h+|m+|s+)\]/i.test(withoutLiterals(section).replace(/general/gi, "").replace(/e\+|e-/gi, ""));
}
