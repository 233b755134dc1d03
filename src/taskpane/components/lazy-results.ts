/**
 * What Analyser shows once it has a result (the year list, counts, indicators), in one chunk fetched while the
 * browser is idle after the first paint (prefetch), so the first paint does not wait for it.
 */
import { lazy } from "react";

const results = () => import(/* webpackChunkName: "analysis-results", webpackPrefetch: true */ "./analysis-results");

export const AnalysisResults = lazy(() => results().then((m) => ({ default: m.AnalysisResults })));
export const AnalyzedYearSelect = lazy(() => results().then((m) => ({ default: m.AnalyzedYearSelect })));
