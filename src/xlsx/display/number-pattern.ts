/** Number formats such as 0, 0.00, 0 %, # ##0, "0"" jours""": grouping, decimals, percent, literals. */
import { NARROW_NO_BREAK_SPACE } from "../../domain/text/french";
import { withoutLiterals } from "./sections";
import type { Token } from "./tokens";

const THOUSANDS = NARROW_NO_BREAK_SPACE;
const DECIMAL = ",";

interface NumberPattern {
  readonly prefix: string;
  readonly suffix: string;
  readonly minIntegerDigits: number;
  readonly minDecimals: number;
  readonly maxDecimals: number;
  readonly grouping: boolean;
  readonly percents: number;
}

export function formatNumberPattern(value: number, section: string): string | null {
  const pattern = readNumberPattern(section);
  if (pattern === null) return null;
  const scaled = value * 100 ** pattern.percents;
  const negative = scaled < 0;
  const fixed = Math.abs(scaled).toFixed(pattern.maxDecimals);
  const [integerPart, decimalPart = ""] = fixed.split(".");
  let decimals = decimalPart;
  while (decimals.length > pattern.minDecimals && decimals.endsWith("0")) decimals = decimals.slice(0, -1);
  let integer = integerPart.replace(/^0+/, "").padStart(pattern.minIntegerDigits, "0");
  if (pattern.grouping) integer = integer.replace(/\B(?=(\d{3})+(?!\d))/g, THOUSANDS);
  const number = decimals === "" ? integer : `${integer}${DECIMAL}${decimals}`;
  const sign = negative && Number(fixed) !== 0 ? "-" : "";
  return `${sign}${pattern.prefix}${number}${pattern.suffix}`;
}

function readNumberPattern(section: string): NumberPattern | null {
  if (/e[+-]/i.test(withoutLiterals(section)) || /\//.test(withoutLiterals(section))) return null;
  const tokens = tokenize(section);
  const digitIndexes = tokens.flatMap((t, i) => (t.kind === "code" && /[0#?]/.test(t.text) ? [i] : []));
  if (digitIndexes.length === 0) return null;
  const first = digitIndexes[0];
  const last = digitIndexes[digitIndexes.length - 1];
  const core = tokens
    .slice(first, last + 1)
    .map((t) => (t.kind === "code" ? t.text : /^[ \u00a0\u202f]$/.test(t.text) ? " " : "|"))
    .join("");
  if (core.includes("|")) return null;
  const [integerCode, decimalCode = ""] = core.split(".");
  const literal = (list: readonly Token[]): string => list.map((t) => t.text).join("");
  const outside = [...tokens.slice(0, first), ...tokens.slice(last + 1)];
  return {
    prefix: literal(tokens.slice(0, first)),
    suffix: literal(tokens.slice(last + 1)),
    minIntegerDigits: (integerCode.match(/0/g) ?? []).length,
    minDecimals: (decimalCode.match(/0/g) ?? []).length,
    maxDecimals: (decimalCode.match(/[0#?]/g) ?? []).length,
    grouping: /[0#?][, ]+[0#?]/.test(integerCode),
    percents: outside.filter((t) => t.kind === "code" && t.text === "%").length,
  };
}

/** Splits a number section into format codes and literal text (quoted, escaped, padding). */
function tokenize(section: string): Token[] {
  const tokens: Token[] = [];
  for (let i = 0; i < section.length; i++) {
    const char = section[i];
    if (char === '"') {
      const end = section.indexOf('"', i + 1);
      const stop = end < 0 ? section.length : end;
      tokens.push({ kind: "literal", text: section.slice(i + 1, stop) });
      i = stop;
    } else if (char === "\\") {
      tokens.push({ kind: "literal", text: section[i + 1] ?? "" });
      i++;
    } else if (char === "_") {
      tokens.push({ kind: "literal", text: " " });
      i++;
    } else if (char === "*") {
      i++;
    } else if (/[0#?.,%]/.test(char)) {
      tokens.push({ kind: "code", text: char });
    } else {
      tokens.push({ kind: "literal", text: char });
    }
  }
  return tokens;
}
