/** Properties of the telephony parser: any pasted text or saved bytes are read, every problem names its line. */
import fc from "fast-check";
import type { MonthlyAnalysis } from "../../../src/domain/analysis/types";
import type { SheetSnapshot } from "../../../src/domain/snapshot";
import { parseTelephonyText, readTelephonySheet } from "../../../src/domain/telephony";
import { decodeExportBytes } from "../../../src/cli/decode-export";
import { anySheet } from "../arbitraries/grids";
import { anyBytes, anyPastedText } from "../arbitraries/telephony-text";
import { deepFreeze } from "../deep-freeze";
import { fuzzIt, type FuzzSettings } from "../fuzz-it";
import { countLines, expectLocatedInText, expectLocatedInWorkbook, expectOnlyFiniteNumbers } from "../issue-expectations";

const anyOptions = fc.oneof(
  { arbitrary: fc.constant({}), weight: 2 },
  { arbitrary: fc.integer({ min: 2015, max: 2025 }).map((year) => ({ year })), weight: 1 },
);

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The monthly figures add up: valid months only, each once, answered within received, totals and rate consistent. */
function expectConsistent(monthly: MonthlyAnalysis): void {
  expectOnlyFiniteNumbers(monthly);
  const months = monthly.months.map((figures) => figures.month);
  expect(new Set(months).size).toBe(months.length);
  for (const figures of monthly.months) {
    expect(figures.month).toMatch(/^\d{4}-(0[1-9]|1[0-2])$/);
    expect(figures.received).toBeGreaterThanOrEqual(0);
    expect(figures.answered).toBeGreaterThanOrEqual(0);
    expect(figures.answered).toBeLessThanOrEqual(figures.received);
  }
  const received = monthly.months.reduce((sum, figures) => sum + figures.received, 0);
  const answered = monthly.months.reduce((sum, figures) => sum + figures.answered, 0);
  expect(monthly.received).toBeCloseTo(received, 6);
  expect(monthly.answered).toBeCloseTo(answered, 6);
  if (monthly.annualRate !== null) {
    // Rates are given to two decimals: within half a hundredth of the exact rate (52,875 → 52,88).
    expect(Math.abs(monthly.annualRate - (100 * answered) / received)).toBeLessThanOrEqual(0.005 + 1e-9);
  }
}

export function describeTelephonyProperties(settings: FuzzSettings): void {
  describe("the telephony parser", () => {
    fuzzIt(
      "reads any pasted text without throwing, and every problem names a line of that text",
      fc.property(anyPastedText, anyOptions, (text: string, options: { year?: number }) => {
        const reading = parseTelephonyText(text, deepFreeze(options));
        for (const issue of reading.issues) expectLocatedInText(issue, countLines(text));
        if (reading.year !== null) expect(Number.isInteger(reading.year)).toBe(true);
      }),
      settings,
    );

    fuzzIt(
      "keeps its monthly totals consistent: Σ answered ÷ Σ received over distinct, valid months",
      fc.property(anyPastedText, anyOptions, (text: string, options: { year?: number }) => {
        expectConsistent(parseTelephonyText(text, options).monthly);
      }),
      settings,
    );

    fuzzIt(
      "gives the same reading twice for the same text",
      fc.property(anyPastedText, anyOptions, (text: string, options: { year?: number }) => {
        expect(parseTelephonyText(text, options)).toEqual(parseTelephonyText(text, options));
      }),
      settings,
    );

    fuzzIt(
      "decodes any bytes without throwing",
      fc.property(anyBytes, (bytes: Uint8Array) => {
        expect(typeof decodeExportBytes(bytes)).toBe("string");
      }),
      settings,
    );

    fuzzIt(
      "decodes UTF-8 text, with or without a BOM, to that very text",
      fc.property(anyPastedText, fc.boolean(), (text: string, bom: boolean) => {
        fc.pre(!LONE_SURROGATE.test(text) && !text.startsWith("\uFEFF"));
        const bytes = new TextEncoder().encode((bom ? "\uFEFF" : "") + text);
        expect(decodeExportBytes(bytes)).toBe(text);
      }),
      settings,
    );

    fuzzIt(
      "reads any sheet without throwing, and every problem names that sheet and a cell",
      fc.property(anySheet, anyOptions, (sheet: SheetSnapshot, options: { year?: number }) => {
        const reading = readTelephonySheet(deepFreeze(sheet), options);
        if (reading === null) return;
        for (const issue of reading.issues) expectLocatedInWorkbook(issue, [sheet.name]);
        expectConsistent(reading.monthly);
      }),
      settings,
    );
  });
}
