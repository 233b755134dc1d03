/** The « Enquête <année> » sheet: the overall rate, the questions, what to remember, per site, the distribution charts. */
import { formatMargin, formatSurveyRate, type SurveyAnalysis } from "../../domain/survey";
import type { PlannedSheet } from "../plan";
import { landscapePrint } from "../page-layout";
import { formatGeneratedAt } from "../wording";
import { SurveySheetBuilder } from "./builder";
import { planDistributionCharts } from "./distribution-charts";
import { planKeyPoints } from "./key-points";
import { planQuestionTable, surveyColumns } from "./question-table";
import { planSites } from "./sites";
import { SURVEY_WORDS as W } from "./words";

export interface SurveySheetContext {
  readonly sheetName: string;
  readonly year: number;
  readonly sourceName: string;
  readonly generatedAt: Date;
}

export function surveyHeadline(survey: SurveyAnalysis): string | null {
  if (survey.overallRate === null || survey.overallMargin === null) return null;
  return W.headline(formatSurveyRate(survey.overallRate), survey.respondents, formatMargin(survey.overallMargin));
}

function planHeading(builder: SurveySheetBuilder, survey: SurveyAnalysis, context: SurveySheetContext): void {
  builder.height(builder.fullRow(W.title(context.year), "title"), 30);
  builder.fullRow(W.subtitle(survey.sheet, context.sourceName, formatGeneratedAt(context.generatedAt)), "subtitle");
  builder.skip(1, 8);
  builder.height(builder.fullRow(surveyHeadline(survey) ?? W.noHeadline, "headline"), 24);
  const how = survey.overallQuestion === null ? W.overallPooled(survey.questions.length) : W.overallFromQuestion(survey.overallQuestion);
  builder.fullRow(how, "detail");
  builder.skip(1, 8);
}

export function planSurveySheet(survey: SurveyAnalysis, context: SurveySheetContext): PlannedSheet {
  const columns = surveyColumns(survey);
  const widths = columns.map((column) => column.width);
  const builder = new SurveySheetBuilder(context.sheetName, widths);
  planHeading(builder, survey, context);
  const headerRow = planQuestionTable(builder, survey, columns);
  builder.skip();
  planKeyPoints(builder, survey);
  planSites(builder, survey);
  planDistributionCharts(builder, survey);
  return {
    name: context.sheetName,
    role: "survey",
    year: context.year,
    cells: builder.cells,
    merges: builder.merges,
    columnWidths: widths.map((width, index) => ({ column: index + 1, width })),
    rowHeights: builder.heights,
    freeze: { rows: headerRow, columns: 0 },
    // The sites and the charts below have headers of their own: the questions' header is not repeated on their pages.
    print: { ...landscapePrint(headerRow), repeatRows: undefined },
    charts: builder.charts,
    pageBreaksBefore: builder.pageBreaks,
    showGridlines: false,
  };
}
