/** « Par site »: a column per site, its respondents, its overall rate and each question's rate (with its n). */
import { formatSurveyRate, SMALL_SAMPLE, type SurveyAnalysis } from "../../domain/survey";
import { heightForLines, linesNeeded, textCell } from "../cells";
import type { SurveySheetBuilder } from "./builder";
import { SURVEY_WORDS as W } from "./words";

/** Beyond this many sites the table would not fit one page wide: the first ones are shown. */
export const MAX_SITE_COLUMNS = 7;

export function planSites(builder: SurveySheetBuilder, survey: SurveyAnalysis): void {
  const sites = survey.sites.slice(0, MAX_SITE_COLUMNS);
  if (sites.length === 0) return;
  builder.skip();
  const first = builder.row;
  builder.height(builder.fullRow(W.sitesTitle, "section"), 22);
  builder.fullRow(W.sitesNote, "note");
  const header = builder.row++;
  builder.cells.push(textCell(header, 1, W.columns.question, "header"));
  sites.forEach((site, index) => builder.cells.push(textCell(header, index + 2, site.name, "header")));
  builder.height(header, 32);
  const line = (label: string, style: string, values: readonly { text: string; small?: boolean }[]): void => {
    const row = builder.row++;
    builder.cells.push(textCell(row, 1, label, style));
    values.forEach((value, index) => builder.cells.push(textCell(row, index + 2, value.text, value.small ? "survey-small-sample" : "value")));
  };
  line(W.sitesRespondents, "band", sites.map((site) => ({ text: String(site.respondents) })));
  line(W.sitesOverall, "band", sites.map((site) => ({
    text: site.overallRate === null ? "—" : formatSurveyRate(site.overallRate),
    small: site.overallRate !== null && site.respondents < SMALL_SAMPLE,
  })));
  survey.questions.forEach((question, index) => {
    line(question.question, "text", sites.map((site) => {
      const figures = site.questions[index];
      if (figures.satisfactionRate === null) return { text: "—" };
      return { text: W.siteCell(formatSurveyRate(figures.satisfactionRate), figures.n), small: figures.n < SMALL_SAMPLE };
    }));
    builder.height(builder.row - 1, heightForLines(linesNeeded(question.question, builder.widths[0] - 2)));
  });
  builder.keepTogether(first, builder.row - 1);
}
