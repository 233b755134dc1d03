/**
 * Properties of the table reader and the analysis: any workbook is analysed without an exception,
 * every problem names a sheet and a cell, and the analysis is a pure function of the snapshot.
 */
import fc from "fast-check";
import { STATUSES } from "../../../src/domain/analysis/types";
import type { WorkbookSnapshot } from "../../../src/domain/snapshot";
import { analyzeWorkbook } from "../../../src/domain/analysis";
import { formatAnalysisText } from "../../../src/cli/render/analysis-text";
import { toAnalysisJson } from "../../../src/cli/render/analysis-json";
import { anyWorkbook, anyYear } from "../arbitraries/grids";
import { deepFreeze } from "../deep-freeze";
import { fuzzIt, type FuzzSettings } from "../fuzz-it";
import { expectLocatedInWorkbook, expectOnlyFiniteNumbers } from "../issue-expectations";

const optionsFor = (year: number | undefined): { year?: number } => (year === undefined ? {} : { year });

export function describeAnalysisProperties(settings: FuzzSettings): void {
  describe("the table reader and the analysis", () => {
    fuzzIt(
      "analyse any workbook without throwing, and say why in French when they cannot",
      fc.property(anyWorkbook, anyYear, (workbook: WorkbookSnapshot, year: number | undefined) => {
        const outcome = analyzeWorkbook(deepFreeze(workbook), optionsFor(year));
        if (!outcome.ok) expect(outcome.message.trim()).not.toBe("");
      }),
      settings,
    );

    fuzzIt(
      "name a sheet of the workbook and a cell for every problem found",
      fc.property(anyWorkbook, anyYear, (workbook: WorkbookSnapshot, year: number | undefined) => {
        const outcome = analyzeWorkbook(workbook, optionsFor(year));
        if (!outcome.ok) return;
        const names = workbook.sheets.map((sheet) => sheet.name);
        for (const issue of outcome.analysis.issues) expectLocatedInWorkbook(issue, names);
      }),
      settings,
    );

    fuzzIt(
      "are a pure function of the snapshot: the same frozen input twice gives deep-equal output",
      fc.property(anyWorkbook, anyYear, (workbook: WorkbookSnapshot, year: number | undefined) => {
        const pristine = structuredClone(workbook);
        const frozen = deepFreeze(workbook);
        const first = analyzeWorkbook(frozen, optionsFor(year));
        const second = analyzeWorkbook(frozen, optionsFor(year));
        expect(second).toEqual(first);
        expect(frozen).toEqual(pristine);
      }),
      settings,
    );

    fuzzIt(
      "give indicators from the workbook's sheets, one status each, counted in the summary",
      fc.property(anyWorkbook, anyYear, (workbook: WorkbookSnapshot, year: number | undefined) => {
        const outcome = analyzeWorkbook(workbook, optionsFor(year));
        if (!outcome.ok) return;
        const { indicators, summary } = outcome.analysis;
        for (const indicator of indicators) {
          const sheet = workbook.sheets.find((candidate) => candidate.name === indicator.sheet);
          expect(sheet).toBeDefined();
          expect(indicator.row).toBeGreaterThanOrEqual(sheet!.origin.row);
          expect(indicator.row).toBeLessThan(sheet!.origin.row + sheet!.cells.length);
          expect(STATUSES).toContain(indicator.status);
        }
        expect(STATUSES.reduce((total, status) => total + summary[status], 0)).toBe(indicators.length);
      }),
      settings,
    );

    fuzzIt(
      "turn into JSON with finite numbers only, and into a French text report, without throwing",
      fc.property(anyWorkbook, anyYear, (workbook: WorkbookSnapshot, year: number | undefined) => {
        const outcome = analyzeWorkbook(workbook, optionsFor(year));
        if (!outcome.ok) return;
        const json = toAnalysisJson(outcome.analysis);
        expectOnlyFiniteNumbers(json);
        expect(JSON.parse(JSON.stringify(json))).toEqual(json);
        expect(formatAnalysisText(outcome.analysis).trim()).not.toBe("");
      }),
      settings,
    );
  });
}
