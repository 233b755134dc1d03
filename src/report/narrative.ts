/** The "Appréciation globale": a short assessment in the register of the seed, built from the facts only. */
import type { Analysis, IndicatorAnalysis } from "../domain/analysis/types";
import type { Issue } from "../domain/issues";
import { formatNumberFr } from "../domain/values";
import { changeAmount, resultText, targetText } from "./notation";
import { MAX_CHANGE_SENTENCES, MAX_NAMES_IN_SENTENCE, mostTelling } from "./selection";
import { seriesFacts, seriesSentences } from "./series-sentences";
import { statusKey } from "./verdicts";
import { NO_BREAK_SPACE as NBSP } from "../domain/text/french";
import { CORRECTION_REASONS, NARRATIVE_WORDS } from "./wording";

export interface Narrative {
  /** The overall sentences, as one paragraph. */
  readonly overall: string;
  /** One sentence per notable fact: each change against last year, the monthly rate, the checks. */
  readonly details: readonly string[];
}

/** Indicators judged against a target: met, not met, or to correct when they have one (an error on a result without target judges nothing). */
export function judgedCount(analysis: Analysis): number {
  return analysis.indicators.filter(
    (i) => i.status === "met" || i.status === "not_met" || (i.status === "invalid" && i.target !== null),
  ).length;
}

function overallSentence(analysis: Analysis, met: number, judged: number): string {
  if (judged === 0) return analysis.indicators.some((i) => i.target !== null) ? NARRATIVE_WORDS.nothingJudged : NARRATIVE_WORDS.noTarget;
  if (met === judged) return NARRATIVE_WORDS.allMet;
  const share = met / judged;
  if (share >= 0.75) return NARRATIVE_WORDS.mostlyMet(met, judged);
  if (share >= 0.5) return NARRATIVE_WORDS.halfMet(met, judged);
  return NARRATIVE_WORDS.fewMet(met, judged);
}

const concerns = (issue: Issue, indicator: IndicatorAnalysis): boolean =>
  issue.severity === "error" &&
  (issue.indicator === indicator.name ||
    (issue.sheet === indicator.sheet && (issue.cell === indicator.cells.result || issue.cell === indicator.cells.target)));

function correctionReason(indicator: IndicatorAnalysis, issues: readonly Issue[], checksSheet: string): string {
  const issue = issues.find((candidate) => concerns(candidate, indicator));
  const reason = issue ? CORRECTION_REASONS[issue.code] : undefined;
  if (!issue || !reason) return NARRATIVE_WORDS.seeChecks(checksSheet);
  const raw = issue.cell === indicator.cells.target ? indicator.target?.raw : indicator.result?.raw;
  return reason(raw ?? "");
}

function statusSentences(analysis: Analysis, checksSheet: string, tolerance: number): string[] {
  const withStatus = (status: IndicatorAnalysis["status"]) => analysis.indicators.filter((i) => i.status === status);
  const firstOf = (indicators: readonly IndicatorAnalysis[]) => indicators.slice(0, MAX_NAMES_IN_SENTENCE);
  const sentences: string[] = [];
  const notMet = withStatus("not_met");
  if (notMet.length > 0) {
    const items = firstOf(notMet).map((i) =>
      NARRATIVE_WORDS.notMetItem(i.name, resultText(i), targetText(i), statusKey(i, tolerance) === "tolerance"),
    );
    sentences.push(NARRATIVE_WORDS.notMet(items, notMet.length));
  }
  const invalid = withStatus("invalid");
  if (invalid.length > 0) {
    const items = firstOf(invalid).map((i) => NARRATIVE_WORDS.toCorrectItem(i.name, correctionReason(i, analysis.issues, checksSheet)));
    sentences.push(NARRATIVE_WORDS.toCorrect(items, invalid.length));
  }
  const notMeasured = withStatus("not_measured");
  if (notMeasured.length > 0) {
    sentences.push(NARRATIVE_WORDS.notMeasured(analysis.year, firstOf(notMeasured).map((i) => i.name), notMeasured.length));
  }
  return sentences;
}

/** How much a change tells: points for a rate, percent of last year's value for anything else; 0 when not notable. */
function changeWeight(indicator: IndicatorAnalysis): number {
  const change = indicator.change;
  if (change === null || change === 0 || changeAmount(indicator) === null) return 0;
  if (indicator.result?.quantity?.dimension === "percent") return Math.abs(change) >= 1 ? Math.abs(change) : 0;
  const previous = indicator.previous?.value;
  if (previous === null || previous === undefined || previous === 0) return Math.abs(change);
  const relative = (100 * Math.abs(change)) / Math.abs(previous);
  return relative >= 5 ? relative : 0;
}

/** The notable changes against last year, each carrying what the series says of it; the indicators told. */
function changeSentences(analysis: Analysis): { sentences: string[]; told: Set<IndicatorAnalysis> } {
  const previousYear = analysis.previousYear;
  if (previousYear === null) return { sentences: [], told: new Set() };
  const notable = analysis.indicators.filter((indicator) => changeWeight(indicator) > 0);
  const told = mostTelling(notable, changeWeight, MAX_CHANGE_SENTENCES);
  const sentences = told.map((indicator) => {
    const direction = (indicator.change ?? 0) > 0 ? "up" : "down";
    const facts = seriesFacts(analysis, indicator);
    return NARRATIVE_WORDS.change(indicator.name, resultText(indicator), direction, changeAmount(indicator) ?? "", previousYear, facts);
  });
  const all = notable.length > told.length ? [...sentences, NARRATIVE_WORDS.moreChanges(notable.length - told.length)] : sentences;
  return { sentences: all, told: new Set(told) };
}

function monthlySentence(analysis: Analysis): string[] {
  const monthly = analysis.monthly;
  if (!monthly || monthly.annualRate === null || monthly.months.length === 0) return [];
  const rate = (value: number): string => `${formatNumberFr(value, 1)}${NBSP}%`;
  const count = (value: number): string => formatNumberFr(value, 0);
  if (monthly.sites.length <= 1) {
    return [NARRATIVE_WORDS.monthlyRate(monthly.months.length, rate(monthly.annualRate), count(monthly.answered), count(monthly.received))];
  }
  return [
    NARRATIVE_WORDS.monthlyRateSites(monthly.sites.length, monthly.months.length, rate(monthly.annualRate), count(monthly.answered), count(monthly.received)),
    ...monthly.sites.flatMap((site) =>
      site.annualRate === null
        ? []
        : [NARRATIVE_WORDS.siteRate(site.name ?? site.sheet, rate(site.annualRate), count(site.answered), count(site.received), site.months.length)],
    ),
  ];
}

function checksSentence(analysis: Analysis, checksSheet: string): string[] {
  const errors = analysis.issues.filter((issue) => issue.severity === "error").length;
  const warnings = analysis.issues.length - errors;
  return analysis.issues.length === 0 ? [] : [NARRATIVE_WORDS.checks(errors, warnings, checksSheet)];
}

/** `tolerance`: a target missed by no more than this (in the indicator's unit) is said to be within it; 0 for never. */
export function writeNarrative(analysis: Analysis, checksSheet: string, tolerance = 0): Narrative {
  const overall = [overallSentence(analysis, analysis.summary.met, judgedCount(analysis)), ...statusSentences(analysis, checksSheet, tolerance)];
  const changes = changeSentences(analysis);
  return {
    overall: overall.join(" "),
    details: [...changes.sentences, ...seriesSentences(analysis, changes.told), ...monthlySentence(analysis), ...checksSentence(analysis, checksSheet)],
  };
}
