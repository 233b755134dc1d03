/** The report planner: from an analysis to a plan of sheets, cells, styles and charts. Pure. */
import type { Analysis } from "../domain/analysis/types";
import type { PlannedSheet, ReportPlan } from "./plan";
import { planCharts } from "./charts";
import { planChecksSheet } from "./checks-sheet";
import { pickSheetNames } from "./sheet-names";
import { REPORT_STYLES } from "./styles";
import { planSummarySheet } from "./summary-sheet";
import { SHEET_NAMES } from "./wording";
import { planSurveySheet } from "./survey/survey-sheet";
import { SURVEY_SHEET_NAME } from "./survey/words";
import type { ExistingActionPlan } from "./action-plan/existing";
import { planActionPlan } from "./action-plan/sheet";
import { ACTION_PLAN_SHEET_NAME } from "./action-plan/words";
import type { PublicFigureKind } from "./public/kinds";
import { planPublicSheet } from "./public/sheet";
import { PUBLIC_SHEET_NAME } from "./public/words";

export type { ExistingActionPlan } from "./action-plan/existing";

export interface ReportOptions {
  /** The source workbook's file name, shown in the subtitles. */
  readonly sourceName: string;
  readonly generatedAt: Date;
  /** A not-met indicator within this gap (in its unit, points for %) shows amber; 0 turns it off. */
  readonly tolerance: number;
  /** True when the report is written into the source workbook: the checks link to the cells. */
  readonly linkToSource: boolean;
  /** Sheets already in the target workbook, never to be overwritten. */
  readonly existingSheetNames: readonly string[];
  /**
   * The action plan: absent, none is written (a plan that does not deal with it); null, the workbook has
   * none and it is created; else the user's sheet as read, to which only new indicators are appended.
   */
  readonly actionPlan?: ExistingActionPlan | null;
  /** The figures of the page for the public (« Affichage <année> »); absent, no such page. */
  readonly publicFigures?: readonly PublicFigureKind[];
}

export type { ReportPlan } from "./plan";
export { DEFAULT_PUBLIC_FIGURES, PUBLIC_FIGURE_KINDS, isPublicFigureKind, type PublicFigureKind } from "./public/kinds";

export function planReport(analysis: Analysis, options: ReportOptions): ReportPlan {
  const year = analysis.year;
  const names = pickSheetNames(
    {
      summary: SHEET_NAMES.summary(year),
      checks: SHEET_NAMES.checks(year),
      survey: SURVEY_SHEET_NAME(year),
      public: PUBLIC_SHEET_NAME(year),
      chartData: SHEET_NAMES.chartData(year),
      actionPlan: ACTION_PLAN_SHEET_NAME,
    },
    options.existingSheetNames,
  );
  const tolerance = Math.max(0, options.tolerance);
  const charts = planCharts(analysis, names.chartData, tolerance);
  const actions =
    options.actionPlan === undefined
      ? null
      : planActionPlan(analysis, options.actionPlan, { sheetName: names.actionPlan, sourceName: options.sourceName, generatedAt: options.generatedAt });
  const summary = planSummarySheet(analysis, {
    sheetName: names.summary,
    checksSheetName: names.checks,
    sourceName: options.sourceName,
    generatedAt: options.generatedAt,
    tolerance,
    linkToSource: options.linkToSource,
    charts: charts.charts,
    surveySheetName: analysis.survey === null ? null : names.survey,
    actionPlanLine: actions?.summaryLine ?? null,
  });
  const checks = planChecksSheet(analysis, {
    sheetName: names.checks,
    sourceName: options.sourceName,
    generatedAt: options.generatedAt,
    linkToSource: options.linkToSource,
  });
  const survey =
    analysis.survey === null
      ? []
      : [planSurveySheet(analysis.survey, { sheetName: names.survey, year, sourceName: options.sourceName, generatedAt: options.generatedAt })];
  const actionSheet = actions?.sheet ? [actions.sheet] : [];
  const publicPage =
    options.publicFigures === undefined
      ? null
      : planPublicSheet(analysis, { sheetName: names.public, generatedAt: options.generatedAt, figures: options.publicFigures });
  const sheets: PlannedSheet[] = [
    summary,
    checks,
    ...survey,
    ...(publicPage ? [publicPage] : []),
    ...actionSheet,
    ...(charts.sheet ? [charts.sheet] : []),
  ];
  return {
    year,
    styles: REPORT_STYLES,
    sheets,
    activeSheet: summary.name,
    ...(actions === null ? {} : { actionPlan: actions.actionPlan }),
  };
}
