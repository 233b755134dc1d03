/** What Analyser shows once the workbook is analysed: the counts by status, the call-answer rate, the survey, the indicators by thématique. */
import type { Analysis } from "../../domain/analysis/types";
import { IndicatorGroups } from "./IndicatorGroups";
import { RateComparison } from "./RateComparison";
import { StatusCounts } from "./StatusCounts";
import { SurveySummary } from "./SurveySummary";
import type { WorkbookOperations } from "../../port";

export interface AnalysisResultsProps {
  readonly analysis: Analysis;
  /** The tolerance from the settings: a target missed by less is said to be within it. */
  readonly tolerance: number;
  /** Selects a survey problem's cell; without it the problems are listed only. */
  readonly selectCell?: WorkbookOperations["selectCell"];
}

export function AnalysisResults({ analysis, tolerance, selectCell }: AnalysisResultsProps) {
  return (
    <>
      <StatusCounts summary={analysis.summary} />
      {analysis.monthly !== null && <RateComparison analysis={analysis} />}
      {analysis.survey !== null && <SurveySummary survey={analysis.survey} selectCell={selectCell} />}
      <IndicatorGroups indicators={analysis.indicators} tolerance={tolerance} />
    </>
  );
}
