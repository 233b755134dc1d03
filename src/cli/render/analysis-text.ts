/** The French text report of `analyze`, readable on an 80-column terminal. */
import type { Issue } from "../../domain/issues";
import { monthLabelOfKey as monthLabel } from "../../domain/telephony/months";
import { NO_BREAK_SPACE as NBSP, quoted } from "../../domain/text/french";
import { formatChange, formatNumberFr, formatQuantity, type Quantity, type Target } from "../../domain/values";
import { SEVERITY_LABELS, STATUS_LABELS, TEXT_REPORT } from "../../domain/analysis/messages";
import { STATUSES, type Analysis, type IndicatorAnalysis, type CombinedMonthly } from "../../domain/analysis/types";
import { wrap } from "./wrap";
import { formatMargin, formatSurveyRate, surveySentence } from "../../domain/survey/sentence";
import type { SurveyAnalysis } from "../../domain/survey/types";

const WIDTH = 80;
const COMPARATOR_SIGNS: Readonly<Record<string, string>> = { ">": ">", ">=": "≥", "<": "<", "<=": "≤" };

export function formatAnalysisText(analysis: Analysis): string {
  const sheets = [...new Set(analysis.indicators.map((i) => i.sheet))];
  const lines = [
    TEXT_REPORT.title(analysis.year),
    TEXT_REPORT.previousYear(analysis.previousYear),
    ...(sheets.length > 0 ? wrap(TEXT_REPORT.sources(sheets), WIDTH, "") : []),
    "",
    TEXT_REPORT.counts,
    ...STATUSES.map((status) => `  ${STATUS_LABELS[status].padEnd(12)} ${analysis.summary[status]}`),
    "",
    TEXT_REPORT.indicators,
    ...indicatorLines(analysis.indicators),
    "",
    ...monthlyLines(analysis.monthly),
    "",
    ...surveyLines(analysis.survey),
    ...issueLines(analysis.issues),
  ];
  return `${lines.join("\n")}\n`;
}

function indicatorLines(indicators: readonly IndicatorAnalysis[]): string[] {
  const lines: string[] = [];
  let theme: string | null | undefined;
  for (const indicator of indicators) {
    if (indicator.theme !== theme && indicator.theme !== null) lines.push("", ...wrap(indicator.theme, WIDTH, "  "));
    theme = indicator.theme;
    lines.push(...wrap(`${indicator.name} — ${STATUS_LABELS[indicator.status]}`, WIDTH, "    "));
    lines.push(...wrap(valuesLine(indicator), WIDTH, "      "));
    const extra = [changeText(indicator), nationalText(indicator)].filter((t): t is string => t !== null);
    if (extra.length > 0) lines.push(...wrap(extra.join(`${NBSP}; `), WIDTH, "      "));
  }
  return lines;
}

function valuesLine(indicator: IndicatorAnalysis): string {
  const parts = [
    `${TEXT_REPORT.result}${NBSP}: ${resultText(indicator)}`,
    `${TEXT_REPORT.target.toLowerCase()}${NBSP}: ${targetText(indicator)}`,
  ];
  const quantity = indicator.result?.quantity ?? null;
  if (indicator.gap !== null && quantity !== null) {
    parts.push(`${TEXT_REPORT.gap.toLowerCase()}${NBSP}: ${formatChange(indicator.gap, quantity)}`);
  }
  return parts.join(`${NBSP}; `);
}

function resultText(indicator: IndicatorAnalysis): string {
  if (indicator.result === null) return TEXT_REPORT.empty;
  if (indicator.result.quantity === null) {
    return indicator.status === "not_measured" ? `${TEXT_REPORT.notMeasured} (${indicator.result.raw})` : quoted(indicator.result.raw);
  }
  return formatQuantity(indicator.result.quantity);
}

function targetText(indicator: IndicatorAnalysis): string {
  if (indicator.target === null) return TEXT_REPORT.noTarget;
  const target = indicator.target.quantity;
  const asWritten = target === null || indicator.status === "invalid";
  return asWritten ? quoted(indicator.target.raw) : formatTarget(target);
}

function formatTarget(target: Target): string {
  const sign = target.comparator === null ? "" : `${COMPARATOR_SIGNS[target.comparator]}${NBSP}`;
  const within = target.within === undefined ? "" : ` en ${formatQuantity(target.within)}`;
  return `${sign}${formatQuantity(target)}${within}`;
}

function changeText(indicator: IndicatorAnalysis): string | null {
  const quantity: Quantity | null = indicator.result?.quantity ?? null;
  if (indicator.previous === null || indicator.change === null || quantity === null) return null;
  const verdict =
    indicator.improved === null
      ? indicator.change === 0
        ? ` (${TEXT_REPORT.stable})`
        : ""
      : ` (${indicator.improved ? TEXT_REPORT.improved : TEXT_REPORT.worsened})`;
  return `${TEXT_REPORT.change(indicator.previous.year)}${NBSP}: ${formatChange(indicator.change, quantity)}${verdict}`;
}

function nationalText(indicator: IndicatorAnalysis): string | null {
  const quantity = indicator.result?.quantity ?? null;
  if (indicator.nationalAverage === null || quantity === null) return null;
  const average = formatQuantity({ ...quantity, value: indicator.nationalAverage });
  const verdict =
    indicator.betterThanNational === null
      ? ""
      : `, ${indicator.betterThanNational ? TEXT_REPORT.betterThanNational : TEXT_REPORT.worseThanNational}`;
  return `${TEXT_REPORT.national}${NBSP}: ${average}${verdict}`;
}

function monthlyLines(monthly: CombinedMonthly | null): string[] {
  if (monthly === null) return [TEXT_REPORT.noMonthly];
  const percent = (rate: number | null): string => (rate === null ? "—" : `${formatNumberFr(rate, 2)}${NBSP}%`);
  const several = monthly.sites.length > 1;
  const siteLines = several
    ? monthly.sites.flatMap((site) =>
        wrap(TEXT_REPORT.siteLine(site.name ?? site.sheet, formatNumberFr(site.received), formatNumberFr(site.answered), percent(site.annualRate)), WIDTH, "  "),
      )
    : [];
  return [
    several ? TEXT_REPORT.monthlySites(monthly.sites.length) : TEXT_REPORT.monthly(monthly.sheet),
    ...monthly.months.map(
      (m) => `  ${TEXT_REPORT.monthLine(monthLabel(m.month), formatNumberFr(m.received), formatNumberFr(m.answered), percent(m.rate))}`,
    ),
    ...wrap(TEXT_REPORT.annual(formatNumberFr(monthly.received), formatNumberFr(monthly.answered), percent(monthly.annualRate)), WIDTH, "  "),
    ...siteLines,
  ];
}

/** The survey in a few lines (the `survey` command gives the detail); nothing when the year has none. */
function surveyLines(survey: SurveyAnalysis | null): string[] {
  if (survey === null) return [];
  const overall =
    survey.overallRate === null || survey.overallMargin === null
      ? "—"
      : `${formatSurveyRate(survey.overallRate)} (${formatMargin(survey.overallMargin)})`;
  const lines = wrap(TEXT_REPORT.survey(survey.sheet, survey.respondents, overall), WIDTH, "");
  for (const question of survey.questions) {
    const sentence = surveySentence(question);
    if (sentence !== null) lines.push(...wrap(sentence, WIDTH, "    ").map((line, i) => (i === 0 ? `  - ${line.slice(4)}` : line)));
  }
  return [...lines, ""];
}

function issueLines(issues: readonly Issue[]): string[] {
  if (issues.length === 0) return [TEXT_REPORT.noIssues];
  return [
    TEXT_REPORT.issues(issues.length),
    ...issues.flatMap((issue) => [
      ...wrap(`${SEVERITY_LABELS[issue.severity]} — ${TEXT_REPORT.location(issue.sheet, issue.cell, issue.line)} — ${issue.code}`, WIDTH, "  "),
      ...wrap(issue.message, WIDTH, "    "),
    ]),
  ];
}
