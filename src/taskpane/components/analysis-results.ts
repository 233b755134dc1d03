/** The chunk lazy-results.ts fetches. */
export { AnalysisResults } from "./AnalysisResults";
export { AnalyzedYearSelect } from "./AnalyzedYearSelect";
