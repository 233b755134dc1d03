/**
 * Number formats such as 0, 0.00, 0 %, # ##0, "0"" jours""": grouping, decimals, percent, literals; literals
 * among the integer's digit placeholders (`00\ 00\ 00\ 00\ 00`, `000-00-0000`) as Excel fills them: the
 * digits from the right, one per placeholder, those left over in the first.
 */
import { NARROW_NO_BREAK_SPACE } from "../../domain/text/french";
import { withoutLiterals } from "./sections";
import type { Token } from "./tokens";

const THOUSANDS = NARROW_NO_BREAK_SPACE;
const DECIMAL = ",";

/** An integer part's placeholder (0, # or ?) or the literal text between two. */
type Slot = { readonly placeholder: string } | { readonly literal: string };

interface NumberPattern {
  readonly prefix: string;
  /** Set when literals stand among the integer's placeholders: filled slot by slot instead of grouped. */
  readonly integerSlots: readonly Slot[] | null;
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
  let integer: string;
  if (pattern.integerSlots !== null) integer = fillSlots(integerPart.replace(/^0+/, ""), pattern.integerSlots);
  else {
    integer = integerPart.replace(/^0+/, "").padStart(pattern.minIntegerDigits, "0");
    if (pattern.grouping) integer = integer.replace(/\B(?=(\d{3})+(?!\d))/g, THOUSANDS);
  }
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
  const core = tokens.slice(first, last + 1);
  const point = core.findIndex((t) => t.kind === "code" && t.text === ".");
  const integerTokens = point < 0 ? core : core.slice(0, point);
  const decimalTokens = point < 0 ? [] : core.slice(point + 1);
  if (decimalTokens.some((t) => t.kind === "literal")) return null;
  const integerCode = codeOf(integerTokens);
  const decimalCode = codeOf(decimalTokens);
  const slots = integerSlots(integerTokens);
  if (slots !== null && integerCode.includes(",")) return null;
  const literal = (list: readonly Token[]): string => list.map((t) => t.text).join("");
  const outside = [...tokens.slice(0, first), ...tokens.slice(last + 1)];
  return {
    prefix: literal(tokens.slice(0, first)),
    integerSlots: slots,
    suffix: literal(tokens.slice(last + 1)),
    minIntegerDigits: (integerCode.match(/0/g) ?? []).length,
    minDecimals: (decimalCode.match(/0/g) ?? []).length,
    maxDecimals: (decimalCode.match(/[0#?]/g) ?? []).length,
    grouping: /[0#?][, ]+[0#?]/.test(integerCode),
    percents: outside.filter((t) => t.kind === "code" && t.text === "%").length,
  };
}

const SPACE = /^[ \u00a0\u202f]$/;

/** The integer part's codes, spaces between placeholders kept as spaces (a French `# ##0` groups thousands). */
function codeOf(list: readonly Token[]): string {
  return list.map((t) => (t.kind === "code" ? t.text : SPACE.test(t.text) ? " " : "|")).join("");
}

/**
 * The integer part slot by slot when literals stand among its placeholders, null when it groups or holds
 * none. Spaces group thousands in the French shape `# ##0`, three placeholders after each space, escaped or
 * not (LibreOffice saves a French `# ##0` as `#\ ##0`); elsewhere (`00 00 00 00 00`) they are literals, as
 * Excel shows them.
 */
function integerSlots(list: readonly Token[]): Slot[] | null {
  const code = codeOf(list);
  if (!/[ |]/.test(code)) return null;
  if (!code.includes("|") && code.split(/ +/).slice(1).every((group) => group.replace(/,/g, "").length === 3)) return null;
  const slots: Slot[] = [];
  for (const token of list) {
    if (token.kind === "code" && /[0#?]/.test(token.text)) slots.push({ placeholder: token.text });
    else if (token.kind === "literal") slots.push({ literal: token.text });
  }
  return slots;
}

/** Digits laid from the right, one per placeholder, the surplus in the first; `0` pads with 0, `?` with a space. */
function fillSlots(digits: string, slots: readonly Slot[]): string {
  const placeholders = slots.filter((slot) => "placeholder" in slot).length;
  let remaining = digits;
  let seen = 0;
  const shown: string[] = [];
  for (let index = slots.length - 1; index >= 0; index--) {
    const slot = slots[index];
    if ("literal" in slot) {
      shown.push(slot.literal);
      continue;
    }
    seen++;
    const take = seen === placeholders ? remaining.length : Math.min(1, remaining.length);
    const digit = remaining.slice(remaining.length - take);
    remaining = remaining.slice(0, remaining.length - take);
    shown.push(digit !== "" ? digit : slot.placeholder === "0" ? "0" : slot.placeholder === "?" ? " " : "");
  }
  return shown.reverse().join("");
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
