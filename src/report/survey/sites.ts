/** « Par site »: a column per site, its respondents, its overall rate and each question's rate (with its n). */
import { formatSurveyRate, SMALL_SAMPLE, type SurveyAnalysis } from "../../domain/survey";
import { heightForLines, linesNeeded, textCell, wrappedLines } from "../cells";
import { formatNumberFr } from "../../domain/values";
import { DEFAULT_ROW_POINTS } from "../page-layout";
import type { SurveySheetBuilder } from "./builder";
import { SURVEY_WORDS as W } from "./words";

/** Beyond this many sites the table would not fit one page wide: the first ones are shown. */
export const MAX_SITE_COLUMNS = 7;

/**
 * The section starts a printed page when it would not end on the one it starts on; a table longer than a
 * page continues on the next ones, its header written again at the top of each.
 */
export function planSites(builder: SurveySheetBuilder, survey: SurveyAnalysis): void {
  const sites = survey.sites.slice(0, MAX_SITE_COLUMNS);
  if (sites.length === 0) return;
  builder.skip();
  // A site's name wraps in its column: « Sous-préfecture de Saint-Flour » takes four lines.
  const headerHeight = Math.max(32, heightForLines(Math.max(2, ...sites.map((site, index) => wrappedLines(site.name, builder.widths[index + 1])))));
  const questionHeights = survey.questions.map((question) => heightForLines(linesNeeded(question.question, builder.widths[0] - 2)));
  const sectionHeight = 22 + DEFAULT_ROW_POINTS + headerHeight + 2 * DEFAULT_ROW_POINTS + questionHeights.reduce((sum, height) => sum + height, 0);
  if (builder.usedOnPage() + sectionHeight > builder.pageCapacity) builder.pageBreaks.push(builder.row);
  builder.height(builder.fullRow(W.sitesTitle, "section"), 22);
  builder.fullRow(W.sitesNote, "note");
  const writeHeader = (row: number): void => {
    builder.cells.push(textCell(row, 1, W.columns.question, "header"));
    sites.forEach((site, index) => builder.cells.push(textCell(row, index + 2, site.name, "header")));
    builder.height(row, headerHeight);
  };
  writeHeader(builder.row++);
  const line = (label: string, style: string, values: readonly { text: string; small?: boolean }[]): number => {
    const row = builder.row++;
    builder.cells.push(textCell(row, 1, label, style));
    values.forEach((value, index) => builder.cells.push(textCell(row, index + 2, value.text, value.small ? "survey-small-sample" : "value")));
    return row;
  };
  line(W.sitesRespondents, "band", sites.map((site) => ({ text: formatNumberFr(site.respondents, 0) })));
  line(W.sitesOverall, "band", sites.map((site) => ({
    text: site.overallRate === null ? "—" : formatSurveyRate(site.overallRate),
    small: site.overallRate !== null && site.respondents < SMALL_SAMPLE,
  })));
  survey.questions.forEach((question, index) => {
    builder.continueTable(questionHeights[index], writeHeader);
    const row = line(question.question, "text", sites.map((site) => {
      const figures = site.questions[index];
      if (figures.satisfactionRate === null) return { text: "—" };
      return { text: W.siteCell(formatSurveyRate(figures.satisfactionRate), figures.n), small: figures.n < SMALL_SAMPLE };
    }));
    builder.height(row, questionHeights[index]);
  });
}
