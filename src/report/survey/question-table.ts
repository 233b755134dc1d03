/** The table of questions: n, satisfied ± margin, net satisfaction, mean, change, and the distribution in words. */
import type { SurveyAnalysis, SurveyQuestion } from "../../domain/survey";
import { formatMargin, formatPointsChange, formatSurveyRate, SMALL_SAMPLE } from "../../domain/survey";
import { formatNumberFr } from "../../domain/values";
import { NO_BREAK_SPACE as NBSP } from "../../domain/text/french";
import { heightForLines, linesNeeded, textCell } from "../cells";
import { VERDICT_STYLE } from "../styles";
import { SCALE_BANDS, bandCount } from "./bands";
import type { SurveySheetBuilder } from "./builder";
import { SURVEY_WORDS as W } from "./words";

export interface SurveyColumn {
  readonly header: string;
  readonly width: number;
  readonly show: (question: SurveyQuestion) => { readonly text: string; readonly style: string };
}

const signed = (value: number): string => `${value > 0 ? "+" : value < 0 ? "\u2212" : ""}${formatNumberFr(Math.abs(value), 0)}`;

function distribution(question: SurveyQuestion): string {
  return SCALE_BANDS[question.scale].map((band) => `${band.label}${NBSP}: ${formatNumberFr(bandCount(question, band), 0)}`).join(" · ");
}

function change(question: SurveyQuestion): { text: string; style: string } {
  if (question.change === null) return { text: W.noChange, style: VERDICT_STYLE.neutral };
  const shown = formatPointsChange(question.change);
  // A change within this year's margin of error may be chance alone: it is shown, in grey.
  const significant = question.margin !== null && Math.abs(question.change) > question.margin;
  const verdict = /^0\u00a0/.test(shown) || !significant ? "neutral" : question.change > 0 ? "better" : "worse";
  return { text: shown, style: VERDICT_STYLE[verdict] };
}

export function surveyColumns(survey: SurveyAnalysis): SurveyColumn[] {
  const rate = (q: SurveyQuestion) => (q.satisfactionRate === null ? "—" : formatSurveyRate(q.satisfactionRate));
  const small = (q: SurveyQuestion) => q.n < SMALL_SAMPLE;
  return [
    { header: W.columns.question, width: 46, show: (q) => ({ text: q.question, style: "text" }) },
    { header: W.columns.answers, width: 10, show: (q) => ({ text: formatNumberFr(q.n, 0), style: "value" }) },
    { header: W.columns.satisfied, width: 11, show: (q) => ({ text: rate(q), style: "survey-rate" }) },
    {
      header: W.columns.margin,
      width: 13,
      show: (q) => ({
        text: q.margin === null ? "—" : `${formatMargin(q.margin)}${small(q) ? `\n(${W.smallSample})` : ""}`,
        style: small(q) ? "survey-small-sample" : "muted",
      }),
    },
    { header: W.columns.net, width: 11, show: (q) => ({ text: q.netRate === null ? "—" : signed(q.netRate), style: "value" }) },
    {
      header: W.columns.mean,
      width: 10,
      show: (q) => ({ text: q.mean === null ? "—" : `${formatNumberFr(q.mean, 1)} / ${q.scale === "score_1_5" ? 5 : 10}`, style: "value" }),
    },
    { header: W.columns.change(survey.previousYear), width: 13, show: change },
    { header: W.columns.distribution, width: 44, show: (q) => ({ text: distribution(q), style: "comment" }) },
  ];
}

/** The table of questions, its header written again at the top of each printed page it continues on. */
export function planQuestionTable(builder: SurveySheetBuilder, survey: SurveyAnalysis, columns: readonly SurveyColumn[]): number {
  const writeHeader = (row: number): void => {
    columns.forEach((column, index) => builder.cells.push(textCell(row, index + 1, column.header, "header")));
    builder.height(row, 32);
  };
  const header = builder.row++;
  writeHeader(header);
  for (const question of survey.questions) {
    const shown = columns.map((column) => column.show(question));
    const lines = Math.max(1, ...shown.map((value, index) => linesNeeded(value.text, columns[index].width - 2)));
    builder.continueTable(heightForLines(lines), writeHeader);
    const row = builder.row++;
    shown.forEach((value, index) => builder.cells.push(textCell(row, index + 1, value.text, value.style)));
    builder.height(row, heightForLines(lines));
  }
  if (survey.questions.some((question) => question.change !== null)) builder.fullRow(W.changeNote, "note");
  return header;
}
