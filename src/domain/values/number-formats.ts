/** What an Excel number format says about the number it shows: percent, time span, date, or unit text. */

export type FormatKind = "percent" | "time" | "date" | "plain";

/** The first section of the format (the one for positive numbers), without literals and colours. */
function codes(numberFormat: string): string {
  const firstSection = splitSections(numberFormat)[0] ?? "";
  return firstSection
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/[_*]./g, "")
    .replace(/\[(?!(h+|m+|s+)\])[^\]]*\]/gi, "")
    .toLowerCase();
}

/** The format's sections ("positive;negative;zero;text"), split on the semicolons outside quotes. */
export function splitSections(numberFormat: string): string[] {
  const sections: string[] = [];
  let current = "";
  let quoted = false;
  for (let index = 0; index < numberFormat.length; index += 1) {
    const character = numberFormat[index];
    if (character === '"') quoted = !quoted;
    if (character === "\\" && !quoted) {
      current += character + (numberFormat[index + 1] ?? "");
      index += 1;
      continue;
    }
    if (character === ";" && !quoted) {
      sections.push(current);
      current = "";
      continue;
    }
    current += character;
  }
  sections.push(current);
  return sections;
}

export function formatKind(numberFormat: string): FormatKind {
  const code = codes(numberFormat);
  if (code.trim() === "" || code === "general" || code === "standard" || code === "@") return "plain";
  if (code.includes("%")) return "percent";
  const withoutMeridiem = code.replace(/am\/pm|a\/p/g, "");
  if (/[dy]|jj|aa/.test(withoutMeridiem)) return "date";
  if (/[hs]/.test(withoutMeridiem) || /\[m+\]/.test(withoutMeridiem) || /m+:|:m+/.test(withoutMeridiem)) return "time";
  return "plain";
}

/** True when the format prints words or a literal "%" next to the number (`0" jours"`, `0\ \j`, `0" %"`), so its displayed text says the unit. */
export function hasLiteralText(numberFormat: string): boolean {
  const firstSection = splitSections(numberFormat)[0] ?? "";
  return /"[^"]*[\p{L}%][^"]*"|\\[\p{L}%]/u.test(firstSection);
}
