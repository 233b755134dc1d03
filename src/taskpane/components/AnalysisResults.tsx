/** What Analyser shows once the workbook is analysed: the counts by status, the call-answer rate, the indicators by thématique. */
import type { Analysis } from "../../domain/analysis/types";
import { IndicatorGroups } from "./IndicatorGroups";
import { RateComparison } from "./RateComparison";
import { StatusCounts } from "./StatusCounts";

export interface AnalysisResultsProps {
  readonly analysis: Analysis;
  /** The tolerance from the settings: a target missed by less is said to be within it. */
  readonly tolerance: number;
}

export function AnalysisResults({ analysis, tolerance }: AnalysisResultsProps) {
  return (
    <>
      <StatusCounts summary={analysis.summary} />
      {analysis.monthly !== null && <RateComparison analysis={analysis} />}
      <IndicatorGroups indicators={analysis.indicators} tolerance={tolerance} />
    </>
  );
}
