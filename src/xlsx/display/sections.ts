/** A number format's sections ("positive;negative;zero;text") and what kind of value each formats. */

export function splitSections(format: string): string[] {
  const sections: string[] = [];
  let current = "";
  let quoted = false;
  for (let i = 0; i < format.length; i++) {
    const char = format[i];
    if (char === '"') quoted = !quoted;
    if (char === "\\" && !quoted) {
      current += char + (format[i + 1] ?? "");
      i++;
      continue;
    }
    if (char === ";" && !quoted) {
      sections.push(current);
      current = "";
      continue;
    }
    current += char;
  }
  sections.push(current);
  return sections;
}

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
