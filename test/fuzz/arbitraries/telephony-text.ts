/** Random telephony exports as pasted or saved: a header, month or day rows, separators, quotes, junk. */
import fc from "fast-check";
import { anyText } from "./cells";
import { HEADER_WORDS, MONTH_LABELS, PROTOTYPE_KEYS } from "./vocabulary";

const SEPARATORS = [";", "\t", ","] as const;
const LINE_ENDINGS = ["\n", "\r\n", "\r"] as const;

const figure: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.integer({ min: 0, max: 99999 }).map(String), weight: 6 },
  { arbitrary: fc.integer({ min: 1000, max: 99999 }).map((n) => n.toLocaleString("fr-FR")), weight: 2 },
  { arbitrary: fc.constantFrom("", "-5", "1 234", "1\u00a0234", "12,5", "1e9", "NaN", "Infinity", "#N/A", "\"1 520\"", "99999999999999999999"), weight: 2 },
  { arbitrary: anyText, weight: 1 },
);

const dayLabel: fc.Arbitrary<string> = fc
  .tuple(fc.integer({ min: 0, max: 32 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 2019, max: 2022 }))
  .map(([day, month, year]) => `${String(day).padStart(2, "0")}/${String(month).padStart(2, "0")}/${year}`);

const rowLabel: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constantFrom(...MONTH_LABELS), weight: 6 },
  { arbitrary: dayLabel, weight: 3 },
  { arbitrary: fc.constantFrom(...PROTOTYPE_KEYS), weight: 1 },
  { arbitrary: anyText, weight: 1 },
);

const headerLine: fc.Arbitrary<string[]> = fc.tuple(
  fc.constantFrom(...HEADER_WORDS.month),
  fc.constantFrom(...HEADER_WORDS.received),
  fc.constantFrom(...HEADER_WORDS.answered, ...HEADER_WORDS.lost),
);

const dataLine: fc.Arbitrary<string[]> = fc.oneof(
  { arbitrary: fc.tuple(rowLabel, figure, figure), weight: 8 },
  { arbitrary: fc.array(fc.oneof(rowLabel, figure), { maxLength: 6 }), weight: 1 },
);

export const anyTelephonyText: fc.Arbitrary<string> = fc
  .record({
    bom: fc.boolean(),
    separator: fc.constantFrom(...SEPARATORS),
    lineEnding: fc.constantFrom(...LINE_ENDINGS),
    titleLines: fc.array(anyText, { maxLength: 2 }),
    header: fc.option(headerLine, { freq: 6 }),
    lines: fc.array(dataLine, { maxLength: 40 }),
    trailingNewline: fc.boolean(),
  })
  .map(({ bom, separator, lineEnding, titleLines, header, lines, trailingNewline }) => {
    const rows = [...titleLines, ...(header ? [header.join(separator)] : []), ...lines.map((cells) => cells.join(separator))];
    return (bom ? "\uFEFF" : "") + rows.join(lineEnding) + (trailingNewline ? lineEnding : "");
  });

/** Any text at all, as a user might paste it. */
export const anyPastedText: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: anyTelephonyText, weight: 4 },
  { arbitrary: fc.string({ unit: "binary" }), weight: 1 },
  { arbitrary: anyText, weight: 1 },
);

export const anyBytes: fc.Arbitrary<Uint8Array> = fc.oneof(
  fc.uint8Array({ maxLength: 200 }),
  anyTelephonyText.map((text) => new TextEncoder().encode(text)),
  anyTelephonyText.map((text) => Uint8Array.from(text, (char) => char.charCodeAt(0) & 0xff)),
);
